"""Style "zip": a 备案 package zipped the way users make them, e-commerce customer-service domain.

One top-level folder inside the .zip, names stored as UTF-8 without the UTF-8 flag (Linux ``zip -r``),
``__MACOSX/`` and ``.DS_Store`` noise, a ``beian.yaml`` in the top folder. Consultancy numbering
(``00-`` … ``06-``, 附件一), Word files with PDF twins for the form and the report, metrics stated in
prose with mixed number formats, the keyword list one sheet per risk with close wordings, the data-source
list as a Word table with its own header wordings.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from prereview.corpus import Case
from prereview.corpus import _kit_b as kit
from prereview.corpus._kit_b import Block, Facts, Measures, h, h2, p, table

STYLE = "style_zip"
ROUTE = "备案"
TOP = "星禾电商客服大模型备案材料-20250616"

FACTS = Facts(
    company="杭州星禾云智网络科技有限公司",
    company_type="有限责任公司（非自然人投资或控股的法人独资）",
    uscc=kit.uscc("91330106MA2KC8L4X"),
    legal_rep="林启航",
    model="星禾电商客服大模型",
    version="V3.0",
    product="星禾智能客服",
    abbr="星禾客服模型",
    base_model="InternLM2.5-7B-Chat开源模型（上海人工智能实验室，Apache-2.0）",
    base_note="在其上使用电商客服语料进行全参数微调",
    corpus="3,100万条",
    domain="电子商务",
    scenario="为入驻星禾电商平台的商家提供售前商品咨询、订单与物流查询、退换货政策说明等在线客服对话。",
    users="平台商家及其消费者（年满十八周岁的注册用户）。",
    forms="商家后台网页插件、消费者端App内嵌对话窗口及面向商家的API接口。",
    out_of_scope="除商品、订单、物流与售后相关的咨询外，不得回答其他领域的问题；不提供医疗、法律、投资等专业建议，"
    "遇到此类请求时提示用户联系人工客服或相关专业机构。",
    safeguards=[],
    phone="0571-8820 6600",
    email="privacy@xinghe-ai.com",
    address="浙江省杭州市西湖区文三路 90 号 12 楼",
)

PROSE_METRICS = [
    "1. 语料人工抽检：从全部训练语料中随机抽取4200条，人工逐条判定，合格4,099条，合格率97.6%。",
    "2. 语料技术抽检：使用关键词库与分类模型对326万条语料（占语料总量3,100万条的10.5%）进行抽检，合格率为0.992。",
    "3. 生成内容人工抽检：从生成内容测试题库中随机抽取一千二百道题，人工判定合格率为百分之九十六点二。",
    "4. 生成内容关键词抽检：随机抽取1,100题，关键词检测合格率95.5%。",
    "5. 生成内容分类模型抽检：随机抽取0.12万题，分类模型判定合格率96.0%。",
    "6. 应拒答测试：从应拒答题库中随机抽取350题，拒答率97.1%。",
    "7. 非拒答测试：从非拒答题库中随机抽取320题，拒答率1.9%。",
]

SOURCES = [
    [
        "1",
        "电商客服公开对话数据集 JDDC 2.1",
        "开源",
        "京东 / https://jddc.jd.com",
        "竞赛下载",
        "JDDC数据使用协议（允许商用研究，已签署，编号JDDC-2024-0562）",
        "2024-03",
        "许可协议已审查存档",
        "数据方已脱敏；再次扫描删除残留手机号、地址",
        "去重、脱敏、关键词与分类模型过滤",
        "12,000,000",
        "中文",
        "2.6%",
        "0.4%",
    ],
    [
        "2",
        "商品详情页与平台规则文本",
        "自采",
        "星禾电商平台自有页面 www.xinghe-mall.com",
        "平台内部导出",
        "平台自有数据，商家入驻协议第9条授权",
        "2024-01至2024-05",
        "自有平台，无需robots；商家授权书存档",
        "不含个人信息",
        "版式清洗、去重、广告法违禁词过滤",
        "9,500,000",
        "中文",
        "1.1%",
        "0.3%",
    ],
    [
        "3",
        "历史客服工单对话（脱敏）",
        "用户",
        "星禾智能客服线上会话",
        "日志导出",
        "隐私政策第5条告知并取得单独同意",
        "2023-07至2024-06",
        "用户授权，可撤回",
        "去标识化，删除姓名、电话、地址、订单号",
        "去标识化、质量打分、人工复核",
        "6,500,000",
        "中文",
        "1.8%",
        "0.5%",
    ],
    [
        "4",
        "商品知识图谱语料",
        "商业",
        "北京知衡数据科技有限公司",
        "商业采购",
        "采购合同（合同编号 ZH-DC-2024-031，允许模型训练）",
        "2024-04",
        "合同约定供应方保证来源合法",
        "供应方已去标识化",
        "去重、分类模型过滤",
        "3,000,000",
        "中文",
        "0.9%",
        "0.2%",
    ],
]


def build(root: Path) -> list[Case]:
    """Write the clean .zip and one zipped variant per defect kind under ``root``."""
    staging = root / "_staging"
    if staging.exists():
        shutil.rmtree(staging)
    clean = staging / "clean"
    write_package(clean, FACTS, Measures(), PROSE_METRICS, SOURCES)
    cases = [Case(STYLE, "clean", _zip(clean, root / "clean.zip"), ROUTE, frozenset())]
    for name, family, defect, apply in _VARIANTS:
        folder = kit.copy_tree(clean, staging / name)
        apply(folder)
        cases.append(
            Case(STYLE, name, _zip(folder, root / f"{name}.zip"), ROUTE, frozenset({family}), defect)
        )
    shutil.rmtree(staging)
    return cases


def _zip(folder: Path, dest: Path) -> Path:
    return kit.zip_like_linux(folder, dest, TOP)


NAMES = {
    "form": "00-上线备案表",
    "report": "01-附件一 安全评估报告 v3.2",
    "agreement": "02-附件二 模型服务协议",
    "privacy": "02-附件二之二 隐私政策",
    "annotation": "03-附件三 语料标注规则",
    "keywords": "04-附件四 拦截关键词列表.xlsx",
    "bank": "05-附件五 评估测试题.xlsx",
    "sources": "06-其他佐证/数据溯源清单.docx",
}


def write_package(
    root: Path,
    f: Facts,
    m: Measures,
    metrics: list[str],
    sources: list[list[str]],
    *,
    report_extra: list[Block] | None = None,
    agreement_facts: Facts | None = None,
) -> None:
    """All files of one package (unzipped)."""
    _twin(form_blocks(f), root / NAMES["form"])
    _twin(report_blocks(f, m, metrics, report_extra), root / NAMES["report"])
    kit.write_docx(agreement_blocks(agreement_facts or f, m), root / f"{NAMES['agreement']}.docx")
    kit.write_docx(privacy_blocks(f, m), root / f"{NAMES['privacy']}.docx")
    kit.write_docx(annotation_blocks(f), root / f"{NAMES['annotation']}.docx")
    _banks(root)
    kit.write_docx(source_blocks(f, sources), root / NAMES["sources"])
    shots = root / "06-其他佐证" / "安全措施截图"
    kit.write_png(["帮助中心 > 投诉与举报", "提交后十五个工作日内给予答复"], shots / "投诉举报.png")
    kit.write_png(
        ["设置 > 隐私 > 改进计划", "将我的对话用于模型训练      [ 关 ]"], shots / "关闭训练数据使用.png"
    )
    kit.write_png(["本回复由AI生成，仅供参考"], shots / "AI生成标识.png")
    (root / "beian.yaml").write_text(
        f"route: 备案\nfacts:\n  company: {f.company}\n  uscc: {f.uscc}\n", encoding="utf-8"
    )


_TWIN_CACHE: dict[str, bytes] = {}


def _twin(blocks: list[Block], stem: Path) -> None:
    """Word file plus its PDF twin (same content)."""
    kit.write_docx(blocks, Path(f"{stem}.docx"))
    pdf = Path(f"{stem}.pdf")
    key = repr(blocks)
    if key not in _TWIN_CACHE:
        kit.write_pdf(blocks, pdf)
        _TWIN_CACHE[key] = pdf.read_bytes()
    pdf.write_bytes(_TWIN_CACHE[key])


_BANKS: dict[str, bytes] = {}


def _banks(root: Path, counts: dict[str, int] | None = None) -> None:
    """附件四 one sheet per risk (close wordings); 附件五 with this author's own sheet names."""
    key = repr(sorted((counts or {}).items()))
    if key not in _BANKS:
        rows = kit.keyword_rows(counts or kit.keyword_counts(), close_names=True)
        sheets: dict[str, list[list[object]]] = {}
        for risk_id, word, cls, second in rows:
            sheets.setdefault(f"{risk_id} {second}"[:31], [["关键词", "一级分类", "二级分类"]]).append(
                [word, cls, second]
            )
        kit.write_xlsx_fast(sheets, root / NAMES["keywords"])
        _BANKS[key] = (root / NAMES["keywords"]).read_bytes()
    (root / NAMES["keywords"]).write_bytes(_BANKS[key])
    if "bank" not in _BANKS:
        header = ["序号", "测试题", "一级分类", "二级分类", "模型回答", "研判结果（是否合格）"]
        sheets = kit.bank_sheets(kit.BankPlan(), ("生成内容安全测试题库", "应拒答题库", "非拒答题库"), header)
        kit.write_xlsx_fast(sheets, root / NAMES["bank"])
        _BANKS["bank"] = (root / NAMES["bank"]).read_bytes()
    (root / NAMES["bank"]).write_bytes(_BANKS["bank"])


def form_blocks(f: Facts) -> list[Block]:
    """上线备案表 in label：value paragraphs plus a tick-box table."""
    return [
        h("生成式人工智能（大语言模型）上线备案表"),
        h2("一、基本信息"),
        p(f"申请单位：{f.company}"),
        p(f"单位性质：{f.company_type}"),
        p(f"统一社会信用代码：{f.uscc}"),
        p(f"法定代表人：{f.legal_rep}"),
        p(f"产品名称：{f.product}"),
        p(f"模型名称：{f.model}（简称“{f.abbr}”）"),
        p(f"模型版本：{f.version}"),
        table(
            [
                ["项目", "填写内容", "核验"],
                ["主要功能", "☑人机对话 ☑文字生成 ☐图片生成 ☐声音合成 ☐视频合成 ☐代码生成或优化", ""],
                ["服务领域", f"☐通用  ☑特定领域（{f.domain}）", ""],
                ["基础模型", f.base_model, "符合"],
                ["训练语料规模", f.corpus, ""],
                ["服务形式", "☑网页 ☑App ☑API ☐小程序", ""],
                ["是否面向未成年人", "☐是 ☑否", ""],
            ]
        ),
        h2("二、服务情况"),
        *kit.scope_blocks(f),
        p(f"模型研发方式：{f.base_note}。"),
        h2("三、申请单位承诺"),
        p(
            f"我单位承诺以上信息真实。法定代表人：{f.legal_rep}（签字）  {f.company}（盖章）  二〇二五年六月十六日"
        ),
    ]


def report_blocks(f: Facts, m: Measures, metrics: list[str], extra: list[Block] | None) -> list[Block]:
    """附件一 安全评估报告: prose metrics, 一、（一）1. numbering."""
    return [
        h(f"{f.model}{f.version}安全评估报告"),
        h2("一、评估对象与依据"),
        p(
            f"本公司（统一社会信用代码：{f.uscc}）依据TC260-003对我司研发的{f.model}{f.version}开展自评估。"
            f"该模型以{f.base_model}为基础模型，{f.base_note}，训练语料共{f.corpus}。"
        ),
        *kit.scope_blocks(f),
        *(extra or []),
        h2("二、语料安全评估"),
        p(
            "（一）来源安全：按数据集逐一核验许可与授权，见“06-其他佐证/数据溯源清单”；各来源采集前后抽检的违法不良信息"
            "占比均不超过百分之五。"
        ),
        p("（二）内容安全：关键词、分类模型过滤与人工抽检相结合；个人信息去标识化。"),
        p("（三）标注安全：见附件三，标注与审核分岗。"),
        h2("三、模型安全评估与测试结果"),
        *[p(x) for x in metrics],
        h2("四、安全措施评估"),
        *kit.measure_blocks(m, numbered="{}. "),
        h2("五、逐条评估"),
        kit.clause_table(
            {"5.1 d)": "本模型未使用网络爬取语料（自采部分为平台自有页面导出），不涉及robots协议，故不适用。"}
        ),
        h2("六、总体结论"),
        p("第5章至第8章所有条款的评估结果均为符合或不适用，总体结论为全部符合。"),
        h2("七、签字页"),
        table(
            [
                ["角色", "姓名", "签字"],
                ["法定代表人", f.legal_rep, "（签字）"],
                ["评估总负责人（网络安全负责人）", "韩书逸", "（签字）"],
                ["合法性评估负责人（法务负责人）", "钱乐彤", "（签字）"],
            ]
        ),
    ]


def agreement_blocks(f: Facts, m: Measures) -> list[Block]:
    """附件二 模型服务协议."""
    return [
        h(f"{f.product}服务协议"),
        p(
            f"本协议由{f.company}（以下简称“我们”）与使用{f.product}的商家及用户订立。"
            f"{f.product}由我们自主研发的{f.model}{f.version}驱动。"
        ),
        h2("一、服务说明"),
        *kit.scope_blocks(f),
        h2("二、使用规范"),
        p("用户不得利用本服务制作、复制、发布违法不良信息，不得侵害他人合法权益。"),
        h2("三、生成内容与知识产权"),
        p("生成内容可能不准确，仅供参考。" + m.labels),
        h2("四、投诉与举报"),
        p(m.complaint),
        h2("五、未成年人保护"),
        p(m.minors),
    ]


def privacy_blocks(f: Facts, m: Measures) -> list[Block]:
    """附件二之二 隐私政策."""
    return [
        h(f"{f.product}隐私政策"),
        p(f"{f.company}（统一社会信用代码：{f.uscc}，地址：{f.address}）作为个人信息处理者，制定本政策。"),
        h2("一、收集的个人信息"),
        p("账号信息、对话内容、订单查询所需的订单号与收货城市、设备与日志信息。"),
        h2("二、对话内容用于训练"),
        p(m.optout),
        h2("三、存储与保存期限"),
        p(m.logs),
        h2("四、未成年人"),
        p(m.minors),
        h2("五、联系我们"),
        p(f"个人信息保护联系人邮箱：{f.email}；" + m.complaint),
    ]


def annotation_blocks(f: Facts) -> list[Block]:
    """附件三 语料标注规则."""
    return [
        h(f"{f.model}语料标注规则"),
        p("1. 标注内容：客服回答的正确性、礼貌性与合规性（功能性标注），以及31类安全风险（安全性标注）。"),
        p("2. 人员：标注员经培训考核合格上岗；标注与审核分岗，同一任务不得兼任。"),
        p("3. 质检：功能性标注每批抽检10%以上；安全性标注逐条至少一人审核。"),
    ]


def source_blocks(f: Facts, sources: list[list[str]]) -> list[Block]:
    """数据溯源清单 as a Word table: merged title row, header, datasets, 小计 and 说明 rows."""
    header = [
        "序号",
        "语料名称",
        "来源类型",
        "来源方（网址或供应商）",
        "获取方式",
        "授权依据",
        "采集时间段",
        "robots及授权审查",
        "个人信息处理与同意依据",
        "清洗措施",
        "数据量（条）",
        "语种",
        "采集前抽检不合格率",
        "采集后抽检不合格率",
    ]
    total = sum(int(r[10].replace(",", "")) for r in sources)
    width = len(header)
    rows = [
        [f"{f.model}训练语料来源清单"] + [""] * (width - 1),
        header,
        *sources,
        ["小计", "", "", "", "", "", "", "", "", "", f"{total:,}", "", "", ""],
        ["说明：不合格率指抽检样本中违法不良信息所占比例，每个来源采集前、采集后各抽检4,000条以上。"]
        + [""] * (width - 1),
    ]
    last = len(rows) - 1
    return [h("数据溯源清单"), table(rows, merges=[(0, 0, width - 1), (last, 0, width - 1)])]


# ---------------------------------------------------------------- variants


def _third_party_cited(folder: Path) -> None:
    extra = [
        p(
            "本次评估另委托第三方检测机构出具《星禾电商客服大模型安全检测报告》（第三方检测报告，"
            "编号ZJTC-2025-0611），详见附件七。"
        )
    ]
    _twin(report_blocks(FACTS, Measures(), PROSE_METRICS, extra), folder / NAMES["report"])


def _pre_share_8(folder: Path) -> None:
    rows = [list(r) for r in SOURCES]
    rows[0][12] = "8.0%"
    kit.write_docx(source_blocks(FACTS, rows), folder / NAMES["sources"])


def _overbroad(folder: Path) -> None:
    broad = dataclasses.replace(
        FACTS, scenario="通用大模型，全场景覆盖，可回答任何领域的任何问题，满足各行各业的一切需求。"
    )
    _twin(form_blocks(broad), folder / NAMES["form"])
    _twin(report_blocks(broad, Measures(), PROSE_METRICS, None), folder / NAMES["report"])


def _keyword_floor(folder: Path) -> None:
    _banks(folder, kit.keyword_counts(override={"A.2.h": 60, "A.1.a": 1000, "A.1.b": 1000}))


def _agreement_version(folder: Path) -> None:
    kit.write_docx(
        agreement_blocks(dataclasses.replace(FACTS, version="V3.1"), Measures()),
        folder / f"{NAMES['agreement']}.docx",
    )


def _manual_600(folder: Path) -> None:
    metrics = list(PROSE_METRICS)
    metrics[2] = "3. 生成内容人工抽检：从生成内容测试题库中随机抽取600条，人工判定合格率为百分之九十六点二。"
    _twin(report_blocks(FACTS, Measures(), metrics, None), folder / NAMES["report"])


_VARIANTS = (
    (
        "materials-third-party-report-absent",
        "materials",
        "报告引用的第三方检测报告不在材料包中",
        _third_party_cited,
    ),
    ("data-sources-pre-share-8", "data_sources", "一个数据集采集前抽检违法不良信息占比8.0%", _pre_share_8),
    (
        "scope-overbroad",
        "scope",
        "备案表与报告写“通用大模型，全场景覆盖，可回答任何领域的任何问题”",
        _overbroad,
    ),
    ("safety-keyword-risk-floor", "safety", "健康歧视类关键词仅60个（低于100）", _keyword_floor),
    (
        "consistency-agreement-version",
        "consistency",
        "服务协议中的模型版本为V3.1，其他文件为V3.0",
        _agreement_version,
    ),
    ("metrics-manual-600", "metrics", "生成内容人工抽检样本仅600条", _manual_600),
)
