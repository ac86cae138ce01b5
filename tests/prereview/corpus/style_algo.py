"""Style "algo": an 算法备案 package (生成合成类, 服务提供者) for a government-service Q&A assistant.

The four system templates as Word files with consultancy numbering (01-04), a scanned signed copy of
the commitment next to its Word draft, header fields of the self-assessment in a label/value table.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, replace
from pathlib import Path

from prereview.corpus import Case
from prereview.corpus import _kit_b as kit
from prereview.corpus._kit_b import Block, h, h2, p, table

STYLE = "style_algo"
ROUTE = "算法备案"


@dataclass(frozen=True)
class Algo:
    """The facts of an algorithm filing."""

    company: str
    uscc: str
    legal_rep: str
    officer: str
    algorithm: str
    product: str
    field: str
    scenario: str
    boundary: str
    users: str


ALGO = Algo(
    company="苏州政通数智科技有限公司",
    uscc=kit.uscc("91320594MA27KX5P3"),
    legal_rep="顾文涛",
    officer="沈静怡",
    algorithm="政通政务问答生成算法",
    product="苏州政务服务智能问答助手",
    field="政务服务",
    scenario="在苏州市政务服务网“智能客服”栏目及“苏服办”App中，为办事群众解答社保、公积金、户籍、"
    "营业执照等事项的办理条件、所需材料和办理流程，并给出对应的线下窗口与办事指南链接。",
    boundary="不作出行政许可、审批或处罚决定，不替代人工受理，不用于关键信息基础设施控制；不提供法律意见与医疗诊断；"
    "除政务事项咨询外，对其他请求说明服务范围并引导拨打12345热线。",
    users="在苏州办理政务服务事项的个人与企业经办人，日均咨询约1.2万人次。",
)

FILES = {
    "commit": "01 算法备案承诺书.docx",
    "commit_scan": "01 算法备案承诺书（签字盖章扫描件）.pdf",
    "duty": "02 落实算法安全主体责任基本情况.docx",
    "self": "03 算法安全自评估报告（生成合成类-服务提供者）.docx",
    "public": "04 拟公示内容.docx",
}


def build(root: Path) -> list[Case]:
    """Write the clean package and one variant per defect kind under ``root``."""
    clean = root / "clean"
    if clean.exists():
        shutil.rmtree(clean)
    write_package(clean, ALGO)
    cases = [Case(STYLE, "clean", clean, ROUTE, frozenset())]
    for name, family, defect, apply in _VARIANTS:
        folder = kit.copy_tree(clean, root / name)
        apply(folder)
        cases.append(Case(STYLE, name, folder, ROUTE, frozenset({family}), defect))
    return cases


def write_package(
    root: Path, a: Algo, *, self_facts: Algo | None = None, public_facts: Algo | None = None
) -> None:
    """The four documents (and the scanned commitment)."""
    kit.write_docx(commitment_blocks(a), root / FILES["commit"])
    kit.write_scan_pdf(_commitment_lines(a), root / FILES["commit_scan"], stamp=a.company)
    kit.write_docx(duty_blocks(a), root / FILES["duty"])
    kit.write_docx(self_blocks(self_facts or a), root / FILES["self"])
    kit.write_docx(public_blocks(public_facts or a), root / FILES["public"])


def _commitment_lines(a: Algo) -> list[str]:
    return [
        "算法备案承诺书",
        "",
        f"本单位{a.company}（统一社会信用代码：{a.uscc}）郑重承诺：",
        "一、所填报的备案信息真实、准确、完整；",
        "二、严格落实算法安全主体责任，健全管理制度；",
        "三、备案信息发生变更的，在十个工作日内办理变更手续；",
        "四、不利用算法备案编号从事广告宣传。",
        "",
        f"法定代表人（签字）：{a.legal_rep}",
        "单位（盖章）",
        "2025年5月20日",
    ]


def commitment_blocks(a: Algo) -> list[Block]:
    """算法备案承诺书."""
    lines = _commitment_lines(a)
    return [h(lines[0]), *[p(x) for x in lines[2:] if x]]


def duty_blocks(a: Algo) -> list[Block]:
    """落实算法安全主体责任基本情况."""
    return [
        h("落实算法安全主体责任基本情况"),
        table(
            [
                ["主体名称", a.company],
                ["统一社会信用代码", a.uscc],
                ["法定代表人", a.legal_rep],
                ["算法安全责任人", f"{a.officer}（首席信息安全官）"],
                ["联系电话", "0512-6652 3810"],
            ]
        ),
        h2("一、算法安全责任人及工作机构"),
        p(
            f"我司设立算法安全管理委员会，由法定代表人{a.legal_rep}任主任，算法安全责任人{a.officer}负责日常工作，"
            "下设算法审核组（5人）、内容安全组（8人）、应急值守组（4人）。"
        ),
        h2("二、算法安全管理制度"),
        p("（一）算法安全自评估制度：算法上线前及每次重大更新前开展自评估，形成评估报告。"),
        p("（二）安全监测制度：对算法输出进行7×24小时监测，异常结果自动告警并转人工复核。"),
        p(
            "（三）应急处置制度：分四级响应，发现严重问题两小时内下线相关功能并报告属地网信部门；每半年演练一次。"
        ),
        p("（四）违法违规处置制度：建立违法不良信息特征库，对违规输出及时处置并留存记录不少于六个月。"),
        p("（五）用户申诉与投诉举报：在服务页面提供申诉入口，十五个工作日内答复。"),
        p("（六）科技伦理审查与数据安全管理：算法迭代须经伦理审查，训练数据来源合法、个人信息去标识化。"),
        h2("三、技术保障措施"),
        p("输入输出双向内容审核、生成内容显式标识“由AI生成”、人工复核高风险回答、日志留存与审计。"),
    ]


def self_blocks(a: Algo) -> list[Block]:
    """算法安全自评估报告 with its header fields."""
    header = table(
        [
            ["算法安全自评估报告（生成合成类-服务提供者）", ""],
            ["主体名称", a.company],
            ["算法名称", a.algorithm],
            ["统一社会信用代码", a.uscc],
            ["算法类型", "生成合成类（深度合成）"],
            ["应用领域", a.field],
            ["使用场景", a.scenario],
            ["算法上线情况", "已上线（2025年4月起试运行）"],
            ["评估日期", "2025年5月12日"],
            ["报告日期", "2025年5月18日"],
        ],
        merges=[(0, 0, 1)],
    )
    return [
        header,
        h("一、算法基本情况"),
        p(f"服务范围：{a.scenario}"),
        p(f"服务边界：{a.boundary}"),
        p(f"服务对象及规模：{a.users}"),
        p("社会影响：提高政务咨询效率，减少群众往返；回答均附办事指南原文链接，便于核实。"),
        p(
            "软硬件与部署：部署于苏州市政务云（境内），推理服务器8台，每台配GPU加速卡8张；训练与推理环境隔离。"
        ),
        h("二、算法风险描述及防范措施"),
        table(
            [
                ["风险", "防范措施"],
                ["生成不准确的政策信息", "检索增强，仅依据政府公开的办事指南生成，并附原文链接"],
                ["生成违法不良信息", "输入输出关键词与分类模型双重审核，高风险回答转人工"],
                ["个人信息泄露", "对话中的身份证号、手机号自动掩码，日志访问审计"],
            ]
        ),
        p(
            "安全保障措施：制定应急处置预案（四级响应、两小时内下线并报告、每半年演练）；在服务页面提供投诉举报入口，"
            "十五个工作日内答复；网络日志留存不少于六个月；生成内容添加显式标识，并在导出文件元数据中写入隐式标识；"
            "设专职人员对高风险回答进行人工复核。"
        ),
        h("三、算法详情"),
        p("（一）算法流程：问题理解→政务知识库检索→答案生成→安全审核→添加标识后输出。"),
        p("（二）算法数据：苏州市各部门公开的办事指南与政策文件约3.2万篇，经去重与人工校对。"),
        p("（三）算法模型：基于已备案的基础大模型进行检索增强生成，不对外提供模型调用。"),
        p("（四）干预策略：敏感问题固定回复，超出范围的问题引导至人工或12345热线。"),
        p("（五）结果标签：所有生成内容在界面标注“本回答由AI生成，仅供参考，以办事指南为准”。"),
        h("四、服务详情"),
        p(f"{a.product}以网页与App形式提供，用户输入问题后获得生成的答复与办事指南链接。"),
        h("五、自评估结论"),
        p(f"经评估，{a.algorithm}风险可控，安全措施有效，符合算法备案要求。"),
    ]


def public_blocks(a: Algo) -> list[Block]:
    """拟公示内容: 基本原理 / 运行机制 / 应用场景 / 目的意图."""
    return [
        h("拟公示内容"),
        p(f"算法名称：{a.algorithm}"),
        p(f"备案主体：{a.company}"),
        h2("一、基本原理"),
        p("算法基于大语言模型，结合政务知识库检索，对用户的政务咨询生成自然语言答复。"),
        h2("二、运行机制"),
        p(
            "用户输入问题后，算法检索公开的办事指南，依据检索结果生成答复，经内容安全审核并添加AI生成标识后输出。"
        ),
        h2("三、应用场景"),
        p(a.scenario),
        *([p(a.boundary)] if a.boundary else []),
        h2("四、目的意图"),
        p("帮助群众快速了解政务事项的办理要求，提升政务服务便利度。"),
    ]


# ---------------------------------------------------------------- variants


def _missing_duty(folder: Path) -> None:
    (folder / FILES["duty"]).unlink()


def _self_other_uscc(folder: Path) -> None:
    kit.write_docx(self_blocks(replace(ALGO, uscc=kit.uscc("91320594MA27KX6P3"))), folder / FILES["self"])


def _public_overbroad(folder: Path) -> None:
    broad = replace(
        ALGO, scenario="通用生成式大模型，全场景覆盖，可回答任何领域的任何问题，适用于各行各业。", boundary=""
    )
    kit.write_docx(public_blocks(broad), folder / FILES["public"])


_VARIANTS = (
    ("materials-no-duty-statement", "materials", "缺少《落实算法安全主体责任基本情况》", _missing_duty),
    (
        "consistency-self-assessment-uscc",
        "consistency",
        "自评估报告中的统一社会信用代码与其他文件不同",
        _self_other_uscc,
    ),
    (
        "scope-overbroad-disclosure",
        "scope",
        "拟公示内容的应用场景写成“全场景覆盖，可回答任何领域的任何问题”",
        _public_overbroad,
    ),
)
