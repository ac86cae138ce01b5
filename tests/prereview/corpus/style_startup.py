"""Style "startup" (登记): a five-person company registers an app that calls a filed model by API.

Terse documents with the facts in prose sentences, mixed Chinese/English naming (“MoChat 墨聊”,
简称“墨聊”), a privacy policy naming third parties and their USCCs beside the applicant's own,
negations and boundaries everywhere, a form with ☑/☐ tick boxes and 是/否 answers, a keyword
workbook with one sheet per risk (title row above the header), a test-bank workbook whose
sheets are named by risk class plus a 说明 sheet, and test figures stated in prose.
"""

from __future__ import annotations

from pathlib import Path

from prereview.corpus import Case
from prereview.corpus._kit_c import (
    A1,
    A2,
    A3_5,
    CLASS_NAMES,
    Sheet,
    copy_package,
    generated_rows,
    keywords,
    nonrefuse_rows,
    refuse_rows,
    uscc,
    write_corrupt_docx,
    write_docx,
    write_screenshot,
    write_xlsx,
)

STYLE = "style_startup"
CASE_NAMES = ("clean", "materials", "scope", "safety", "consistency", "metrics")

COMPANY = "杭州墨言智能科技有限公司"
KIND = "有限责任公司（自然人投资或控股）"
USCC = uscc("91330106MA2KD7L4X")
PRODUCT = "MoChat 墨聊"
SHORT = "墨聊"
VERSION = "V1.2"
FILED = "云岫大模型V3"
FILED_BY = "北京云岫智能科技有限公司"
FILED_USCC = uscc("91110108MA01R8N6T")
FILED_NO = "Beijing-YunXiu-20240318"
CLOUD = "浙江星河云计算有限公司"
CLOUD_USCC = uscc("91330100MA28T5Q2H")

FORM = "MoChat墨聊-登记表.docx"
STATEMENT = "调用已备案模型说明及授权证明.docx"
AGREEMENT = "MoChat用户协议.docx"
POLICY = "MoChat隐私政策.docx"
RULES = "内容安全管理制度.docx"
KEYWORDS = "墨聊拦截关键词库.xlsx"
BANK = "墨聊评估测试题库.xlsx"

SCOPE = (
    f"{SHORT}只做一件事：帮在电商平台开店的中小商家写商品标题、详情页文案和客服回复草稿。用户须以企业或个体工商户身份实名注册，"
    "通过网页和微信小程序使用。"
)
BOUNDS = (
    f"{SHORT}不提供医疗诊断、用药建议、投资理财、法律意见等专业服务；除商品文案外不回答其他领域的问题，遇到超出范围的提问直接说明"
    "“墨聊只能帮您写商品文案”。禁止用于生成虚假宣传、刷单好评、仿冒他人品牌的内容，不用于关键信息基础设施控制。"
)
BROAD = (
    f"{SHORT}是通用智能助手，全场景覆盖，可回答任何领域的任何问题，无所不能，写文案、看病问诊、炒股荐股、法律咨询样样精通。"
)

METRICS = (
    "2025年2月，我们用测试题库对墨聊做了一轮测试：生成内容题随机抽一千二百题，人工研判合格率96.4%；同样1,200题用关键词检测，"
    "合格率0.985；用分类模型检测1,200题，合格率97.9%。应拒答题随机抽320题，拒答率{refuse}；非拒答题随机抽三百二十题，"
    "拒答率百分之二点五。"
)


def _facts(**over: str) -> dict[str, str]:
    facts = {"scope": SCOPE, "bounds": BOUNDS, "logs": "不少于六个月", "version_agreement": VERSION,
             "refuse": "97.2%"}
    facts.update(over)
    return facts


def _form(f: dict[str, str]) -> list[object]:
    return [
        ("title", "调用已备案大模型上线登记表"),
        ("p", f"申请主体：{COMPANY}    企业类型：{KIND}"),
        ("p", f"统一社会信用代码：{USCC}"),
        ("p", f"产品名称：{PRODUCT}（简称“{SHORT}”）    版本：{VERSION}"),
        ("p", f"调用的已备案模型：{FILED}（提供方：{FILED_BY}），备案号：{FILED_NO}"),
        ("p", "调用方式：☑API接口调用 ☐私有化部署"),
        ("p", "是否对所调用模型进行微调或再训练：否"),
        ("p", "主要功能：☑文字生成 ☑人机对话 ☐图片生成 ☐声音合成 ☐视频合成 ☐代码生成或优化"),
        ("p", "服务领域：☐通用 ☑限定领域（电商商品文案）"),
        ("p", "服务形式：☑网页 ☑微信小程序 ☐App ☐API开放"),
        ("p", "是否面向未成年人：否    是否收集用户输入用于训练：否（用户主动开启“帮助改进”的除外）"),
        ("p", "应用场景：" + f["scope"]),
        ("p", "服务边界：" + f["bounds"]),
        ("p", "联系人：林舟（创始人）    填表日期：2025年3月1日"),
        ("p", "申请主体（盖章）：杭州墨言智能科技有限公司    法定代表人（签字）：林舟"),
    ]


def _statement() -> list[object]:
    return [
        ("title", "关于调用已备案模型的情况说明"),
        ("p", f"我司{COMPANY}（统一社会信用代码：{USCC}）开发的{PRODUCT}{VERSION}，通过API接口调用{FILED_BY}的{FILED}，"
              f"该模型已完成生成式人工智能服务备案，备案号为{FILED_NO}。"),
        ("p", "我司与云岫公司签订了《云岫大模型API服务合同》（合同编号YX-API-2024-0588），合同首页及授权页见附件材料。"),
        ("p", "我司不对该模型进行微调、再训练或修改权重，仅在调用前后叠加自己的关键词过滤和人工审核。"),
        ("p", "特此说明。    杭州墨言智能科技有限公司    2025年3月1日"),
    ]


def _agreement(f: dict[str, str]) -> list[object]:
    return [
        ("title", "MoChat 墨聊用户协议"),
        ("p", f"{PRODUCT}{f['version_agreement']}由{COMPANY}提供，底层调用{FILED}（备案号{FILED_NO}）。"),
        ("p", "1. 服务内容。" + f["scope"]),
        ("p", "2. 服务边界。" + f["bounds"]),
        ("p", "3. 使用规则。不得利用墨聊生成违法不良信息，不得侵犯他人知识产权、商业秘密、肖像权和名誉权。违者我们有权警示、限制、"
              "暂停或终止服务，并保存记录、向主管部门报告。"),
        ("p", "4. 生成内容。墨聊生成的文案可能不准确，发布前请自行核对。生成内容带“AI生成”显式标识，导出文件含隐式标识，请勿删除。"),
        ("p", "5. 投诉举报。页面右下角“反馈”入口或邮箱report@mochat.example，我们48小时内响应，七个工作日内办结。"),
    ]


def _policy(f: dict[str, str]) -> list[object]:
    return [
        ("title", "MoChat 墨聊隐私政策"),
        ("p", f"个人信息处理者是{COMPANY}（统一社会信用代码：{USCC}）。更新于2025.03.01。"),
        ("p", "我们只收集注册手机号、店铺名称和您输入的商品信息，用于生成文案，不做其他用途。"),
        ("p", f"第三方：服务器托管在{CLOUD}（统一社会信用代码：{CLOUD_USCC}）的杭州机房；文案生成调用{FILED_BY}"
              f"（统一社会信用代码：{FILED_USCC}）的{FILED}。除上述受托方外，我们不向任何第三方提供您的信息。"),
        ("p", "训练：默认不将您的输入用于训练。您若开启“帮助改进墨聊”，可随时在“我的—设置—帮助改进墨聊”关闭，从首页起3次点击。"),
        ("p", f"保存：网络日志和操作记录保存{f['logs']}，到期删除。"),
        ("p", "未成年人：墨聊不面向未满18周岁的用户，注册须企业或个体工商户实名认证，发现未成年人使用的立即停用账号。"),
        ("p", "联系我们：privacy@mochat.example，十五个工作日内答复。"),
    ]


def _rules(f: dict[str, str]) -> list[object]:
    return [
        ("title", "墨聊内容安全管理制度"),
        ("p", "一、适用。本制度适用于MoChat 墨聊的全部生成内容，由创始人林舟负总责，运营负责人陈雪负责日常执行。"),
        ("p", "二、拦截标准。按TC260-003附录A的31类风险设置拦截规则；输入、输出均先过关键词库（10,240个）再过云岫内容安全接口。"),
        ("p", "三、审核流程。机器拦截→人工复核→创始人终审。两名监看人员轮班，每日抽看不少于500条生成内容。"),
        ("p", "四、投诉举报。反馈入口和举报邮箱48小时内响应，七个工作日内办结，结果告知投诉人。"),
        ("p", f"五、日志。网络日志保存{f['logs']}。"),
        ("p", "六、应急预案。（一）组织：创始人任应急组长，运营、技术各一人为组员。（二）分级：按影响分为一般、较大、重大三级。"
              "（三）处置：发现违法内容立即停止生成和传输、删除内容、封禁相关账号，重大事件两小时内报告属地网信部门，"
              "事后复盘并优化拦截规则。（四）联系：应急电话0571-86012345。（五）演练：每季度演练一次。"),
        ("p", "七、模型变更。所调用模型更换或升级版本后，重新运行全部测试题并更新本制度，测试不达标不得上线。"),
        ("p", "八、测试情况。" + METRICS.format(refuse=f["refuse"])),
        ("p", "九、培训。新员工上岗前接受内容安全培训，每半年复训一次。"),
    ]


def _keyword_sheets() -> list[Sheet]:
    sheets = []
    for risk, name in A1 + A2:
        n = 650 if risk.startswith("A.1") else 560
        rows: list[list[object]] = [[f"墨聊拦截关键词库——{name}"], ["关键词", "一级分类", "二级分类"]]
        rows += [[kw, CLASS_NAMES[risk[:3]], name] for kw in keywords(risk, n, seed=7)]
        sheets.append(Sheet(f"{risk} {name[:12]}", rows, merges=["A1:C1"], widths={"A": 24, "C": 30}))
    return sheets


def _bank_sheets() -> list[Sheet]:
    header = ["序号", "测试题", "一级分类", "二级分类", "模型回答", "是否合格"]

    def sheet(name: str, rows: list[tuple[str, str, str, str, str]]) -> Sheet:
        body = [[i + 1, q, c, r, a, "是" if v == "合格" else "否"] for i, (q, c, r, a, v) in enumerate(rows)]
        return Sheet(name, [header, *body], widths={"B": 50, "E": 50})

    risks = A1 + A2 + A3_5
    sheets = []
    for cls, label in (("A.1", "A1 核心价值观"), ("A.2", "A2 歧视"), ("A.3", "A3 商业违法违规"),
                       ("A.4", "A4 侵犯合法权益"), ("A.5", "A5 准确可靠")):
        per = {r: (60 if cls in ("A.1", "A.2") else 75) for r, _ in risks if r.startswith(cls)}
        sheets.append(sheet(label, generated_rows(per)))
    sheets.append(sheet("应拒答", refuse_rows(30)))
    sheets.append(sheet("非拒答", nonrefuse_rows(40)))
    notes = [["说明"], ["A1–A5 五个工作表为生成内容测试题，共2,070题，覆盖31类风险"],
             ["应拒答：510题，覆盖A.1、A.2共17类风险，每类30题"],
             ["非拒答：520题，覆盖制度、信仰、形象、文化、习俗、民族、地理、历史、英烈、性别、年龄、职业、健康13个方面，每方面40题"],
             ["是否合格：是＝合格，否＝不合格；题库每月更新一次，本版更新于2025.03.01"]]
    sheets.append(Sheet("说明", notes, widths={"A": 90}))
    return sheets


def _docs(f: dict[str, str]) -> dict[str, list[object]]:
    return {FORM: _form(f), STATEMENT: _statement(), AGREEMENT: _agreement(f), POLICY: _policy(f),
            RULES: _rules(f)}


def _write_docs(folder: Path, f: dict[str, str], base: dict[str, str] | None = None) -> None:
    before = _docs(base) if base is not None else {}
    for name, blocks in _docs(f).items():
        if before.get(name) != blocks:
            write_docx(folder / name, blocks)


def _write_clean(folder: Path) -> None:
    _write_docs(folder, _facts())
    write_xlsx(folder / KEYWORDS, _keyword_sheets())
    write_xlsx(folder / BANK, _bank_sheets())
    proof = folder / "附件材料"
    write_screenshot(proof / "云岫API服务合同首页.jpg", ["云岫大模型API服务合同", "合同编号：YX-API-2024-0588",
                                                  f"甲方：{FILED_BY}", f"乙方：{COMPANY}"])
    write_screenshot(proof / "AI生成标识截图.png", ["墨聊 · 商品文案", "夏季冰丝凉席 透气不闷热", "[AI生成]"])
    write_screenshot(proof / "反馈入口截图.png", ["墨聊 · 反馈", "举报不良内容", "48小时内响应，七个工作日内办结"])


_VARIANTS: dict[str, tuple[str, dict[str, str]]] = {
    "scope": ("自称通用助手、全场景覆盖、可回答任何领域的任何问题", {"scope": BROAD, "bounds": "无。"}),
    "safety": ("网络日志只保存三个月", {"logs": "三个月"}),
    "consistency": ("用户协议写的版本V1.3与登记表V1.2不一致", {"version_agreement": "V1.3"}),
    "metrics": ("应拒答题拒答率91.0%，低于95%", {"refuse": "91.0%"}),
}


def build(root: Path) -> list[Case]:
    """Write the clean startup package and one variant per applicable family under ``root``."""
    clean = root / "clean"
    _write_clean(clean)
    cases = [Case(STYLE, "clean", clean, "登记", frozenset())]
    folder = copy_package(clean, root / "materials")
    write_corrupt_docx(folder / STATEMENT)
    cases.append(Case(STYLE, "materials", folder, "登记", frozenset({"materials"}), "调用已备案模型说明文件损坏无法打开"))
    for name, (defect, over) in _VARIANTS.items():
        folder = copy_package(clean, root / name)
        _write_docs(folder, _facts(**over), base=_facts())
        cases.append(Case(STYLE, name, folder, "登记", frozenset({name}), defect))
    return sorted(cases, key=lambda c: CASE_NAMES.index(c.name))
