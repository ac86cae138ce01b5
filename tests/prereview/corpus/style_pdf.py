"""Style "pdf": a 备案 package whose narrative documents are PDF only (盖章版), finance-information domain.

Signed pages and the business licence are image-only scans with a red stamp; the assessment report
gives its measured figures in a transposed table (metrics as columns); spreadsheets are xlsx.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from prereview.corpus import Case
from prereview.corpus import _kit_b as kit
from prereview.corpus._kit_b import Block, Facts, Measures, h, h2, p, table

STYLE = "style_pdf"
ROUTE = "备案"

FACTS = Facts(
    company="上海衡策金融信息服务有限公司",
    company_type="有限责任公司（自然人投资或控股）",
    uscc=kit.uscc("91310115MA1KB7Q2X"),
    legal_rep="陈立衡",
    model="衡策金融资讯大模型",
    version="V2.1",
    product="衡策财讯助手",
    abbr="衡策大模型",
    base_model="通义千问Qwen2.5-14B-Instruct开源模型",
    base_note="提供方阿里云已完成生成式人工智能服务备案；本公司在其上进行金融资讯领域的指令微调",
    corpus="2,480万条（约96GB）",
    domain="金融（资讯）",
    scenario="为个人用户提供公开金融资讯的检索、解读与摘要，包括上市公司公告摘要、宏观政策解读和金融名词解释。",
    users="年满18周岁、完成实名认证的个人用户。",
    forms="网页端（www.hengce-ai.cn）与iOS、Android App。",
    out_of_scope="不提供投资理财建议、个股推荐、收益承诺及代客交易等专业服务；对超出公开金融资讯范围的请求，"
    "模型说明服务范围并引导用户咨询持牌金融机构。",
    safeguards=[
        "每条回答附风险提示“以上内容为公开信息整理，不构成投资建议；投资有风险，决策需谨慎”。",
        "涉及买卖时点、个股推荐、收益预测的提问一律拒绝回答，并建议用户咨询持牌投资顾问。",
        "行情与财务数据注明来源与日期；3名具有证券从业资格的人员每日人工复核高频问答。",
    ],
    phone="021-6180 5500",
    email="compliance@hengce-ai.cn",
    address="上海市浦东新区张江路 665 号 9 层",
)

METRICS = {  # name: (sample, result)
    "语料人工抽检": ("4,200条", "合格率97.6%"),
    "语料技术抽检": ("2,604,000条（占全部语料10.5%）", "合格率99.2%"),
    "生成内容人工抽检": ("1,050题", "合格率95.8%"),
    "生成内容关键词抽检": ("1,200题", "合格率97.1%"),
    "生成内容分类模型抽检": ("1,200题", "合格率96.4%"),
    "应拒答测试": ("320题", "拒答率97.5%"),
    "非拒答测试": ("310题", "拒答率2.3%"),
}

SOURCES = [
    [
        "1",
        "中文维基百科语料",
        "开源",
        "Wikimedia Foundation / https://dumps.wikimedia.org/zhwiki/",
        "zhwiki-20240601",
        "官方镜像下载",
        "CC BY-SA 4.0（允许商用）",
        "2024-06",
        "官方转储，无需robots审查；许可协议已存档",
        "不含个人信息；对传记条目中的联系方式做去标识化",
        "去重、繁简转换、关键词+分类模型过滤、人工抽检",
        "3,600,000",
        "中文",
        "1.2%",
        "0.3%",
    ],
    [
        "2",
        "FinCorpus-CN 金融文本数据集",
        "开源",
        "度小满金融 / https://huggingface.co/datasets/Duxiaoman-DI/FinCorpus",
        "v1.0",
        "Hugging Face 下载",
        "Apache-2.0",
        "2024-07",
        "许可协议已审查并存档",
        "不含个人信息",
        "去重、广告与引流内容过滤、分类模型过滤",
        "9,200,000",
        "中文",
        "2.1%",
        "0.6%",
    ],
    [
        "3",
        "上市公司公告及监管政策文本",
        "自采",
        "巨潮资讯网 www.cninfo.com.cn、中国人民银行 www.pbc.gov.cn",
        "2015-01至2024-06",
        "定向爬取公开页面",
        "公开政务及法定披露信息，依法可使用",
        "2024-07至2024-08",
        "遵守robots协议，采集日志留存；未绕过访问控制",
        "仅含公开披露的董监高姓名，不做画像",
        "版式解析、去重、关键词过滤、人工抽检",
        "6,800,000",
        "中文",
        "0.8%",
        "0.2%",
    ],
    [
        "4",
        "万得金融资讯语料",
        "商业",
        "上海万得信息技术股份有限公司",
        "2024年度包",
        "商业采购",
        "采购合同（合同编号 WD-2024-0117，允许模型训练）",
        "2024-05",
        "合同约定供应方保证来源合法",
        "供应方已去标识化",
        "去重、分类模型过滤",
        "4,500,000",
        "中文",
        "0.5%",
        "0.1%",
    ],
    [
        "5",
        "用户授权的产品咨询对话",
        "用户",
        "衡策财讯助手内测用户",
        "2024-01至2024-06",
        "产品内收集",
        "用户协议第7条授权及单独同意弹窗",
        "2024-01至2024-06",
        "用户明示同意，可随时撤回",
        "去标识化处理，删除手机号、身份证号、银行卡号",
        "去标识化、关键词过滤、人工复核",
        "700,000",
        "中文",
        "1.5%",
        "0.4%",
    ],
]


def build(root: Path) -> list[Case]:
    """Write the clean package and one variant per defect kind under ``root``."""
    clean = root / "clean"
    if clean.exists():
        shutil.rmtree(clean)
    _write_package(clean, FACTS, Measures(), METRICS, SOURCES)
    cases = [Case(STYLE, "clean", clean, ROUTE, frozenset())]
    for name, family, defect, apply in _VARIANTS:
        folder = kit.copy_tree(clean, root / name)
        apply(folder)
        cases.append(Case(STYLE, name, folder, ROUTE, frozenset({family}), defect))
    return cases


def _write_package(
    root: Path,
    f: Facts,
    m: Measures,
    metrics: dict,
    sources: list[list[str]],
    privacy_facts: Facts | None = None,
) -> None:
    """All files of one package."""
    _pdf(form_blocks(f), root / "0 生成式人工智能（大语言模型）上线备案表（盖章版）.pdf")
    _pdf(report_blocks(f, m, metrics), root / "附件1 安全评估报告（盖章版）.pdf")
    _pdf(agreement_blocks(f, m), root / "附件2 模型服务协议（盖章版）.pdf")
    _pdf(privacy_blocks(privacy_facts or f, m), root / "附件2.2 隐私保护政策（盖章版）.pdf")
    _pdf(annotation_blocks(f), root / "附件3 语料标注规则（盖章版）.pdf")
    _banks(root)
    kit.write_xlsx(
        {"数据溯源清单": _source_sheet(f, sources)},
        root / "其他佐证" / "数据溯源清单.xlsx",
        merges={"数据溯源清单": ["A1:O1", f"A{len(sources) + 4}:O{len(sources) + 4}"]},
    )
    _scans(root / "其他佐证", f)


_PDF_CACHE: dict[str, bytes] = {}


def _pdf(blocks: list[Block], path: Path) -> None:
    """Write a PDF, reusing bytes already rendered for identical content."""
    key = repr(blocks)
    if key not in _PDF_CACHE:
        kit.write_pdf(blocks, path)
        _PDF_CACHE[key] = path.read_bytes()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_PDF_CACHE[key])


_BANK_DIR: dict[str, Path] = {}


def _banks(root: Path) -> None:
    """附件4 and 附件5, built once per process and copied."""
    kw, bank = root / "附件4 拦截关键词列表.xlsx", root / "附件5 评估测试题.xlsx"
    if "kw" in _BANK_DIR and _BANK_DIR["kw"].exists():
        shutil.copyfile(_BANK_DIR["kw"], kw)
        shutil.copyfile(_BANK_DIR["bank"], bank)
        return
    write_keywords(kw, kit.keyword_counts())
    header = ["序号", "测试题", "一级分类", "二级分类", "模型回答", "研判结果"]
    kit.write_xlsx_fast(
        kit.bank_sheets(kit.BankPlan(), ("生成内容测试题", "应拒答测试题", "非拒答测试题"), header), bank
    )
    _BANK_DIR.update(kw=kw, bank=bank)


def write_keywords(path: Path, counts: dict[str, int]) -> None:
    """One sheet, columns 关键词 / 一级分类 / 二级分类 (二级分类 = the profile's risk name)."""
    rows: list[list[object]] = [["关键词", "一级分类", "二级分类"]]
    rows += [[w, cls, second] for _, w, cls, second in kit.keyword_rows(counts)]
    kit.write_xlsx_fast({"拦截关键词": rows}, path)


def _source_sheet(f: Facts, sources: list[list[str]]) -> list[list[object]]:
    """Title row, header row, one row per dataset, a 合计 row and a 备注 row."""
    header = kit.source_header({"授权情况": "许可协议/授权依据"})
    total = sum(int(r[11].replace(",", "")) for r in sources)
    rows: list[list[object]] = [[f"{f.model}训练语料数据溯源清单"] + [""] * 14, header, *sources]
    rows.append(["合计", "", "", "", "", "", "", "", "", "", "", f"{total:,}", "", "", ""])
    rows.append(
        ["备注：规模按清洗后条数统计；抽检比例为采集前、采集后各随机抽取4,000条的人工与技术抽检结果。"]
        + [""] * 14
    )
    return rows


def _scans(folder: Path, f: Facts) -> None:
    """Image-only scans (licence, signed commitment) and screenshots of the safety measures."""
    kit.write_scan_pdf(
        [
            "营 业 执 照",
            "（副  本）",
            f"统一社会信用代码  {f.uscc}",
            f"名    称  {f.company}",
            f"类    型  {f.company_type}",
            f"法定代表人  {f.legal_rep}",
            "注册资本  人民币伍仟万元整",
            "成立日期  2019年04月12日",
            f"住    所  {f.address}",
            "登记机关  上海市浦东新区市场监督管理局",
        ],
        folder / "营业执照（副本）扫描件.pdf",
        stamp="市场监督管理局",
    )
    kit.write_scan_pdf(
        [
            "生成式人工智能服务安全承诺书",
            "",
            f"本单位{f.company}承诺：",
            f"所申报的{f.model}{f.version}相关材料真实、准确、完整，",
            "严格落实内容安全主体责任，持续开展安全评估。",
            "",
            f"法定代表人（签字）：{f.legal_rep}",
            "评估总负责人（签字）：周明远",
            "合法性评估负责人（签字）：许安宁",
            "2025年6月16日",
        ],
        folder / "安全承诺书（签字盖章版）.pdf",
        stamp=f.company,
    )
    shots = folder / "安全措施截图"
    kit.write_png(
        [
            "我的 > 帮助与反馈 > 投诉举报",
            "请选择投诉类型：违法不良信息 / 侵权 / 其他",
            "我们将在十五个工作日内处理并反馈结果",
        ],
        shots / "01 投诉举报入口.png",
    )
    kit.write_png(
        ["我的 > 设置 > 隐私", "允许使用我的输入改进模型      [ 已关闭 ]"], shots / "02 训练数据使用开关.png"
    )
    kit.write_png(
        ["[内容由AI生成]  以上内容为公开信息整理，不构成投资建议。"], shots / "03 生成内容显式标识.png"
    )


def form_blocks(f: Facts) -> list[Block]:
    """上线备案表: a label/value table under a merged title row, with tick boxes, then a commitment."""
    rows = [
        ["一、申请主体及模型基本信息", "", ""],
        ["申请主体名称", f.company, ""],
        ["企业类型", f.company_type, ""],
        ["统一社会信用代码", f.uscc, ""],
        ["法定代表人", f.legal_rep, ""],
        ["产品名称", f.product, ""],
        ["模型名称", f"{f.model}（简称：{f.abbr}）", ""],
        ["模型版本", f.version, ""],
        ["主要功能", "■人机对话 ■文字生成 □图片生成 □声音合成 □视频合成 □代码生成或优化", ""],
        ["服务领域", f"□通用 ■特定领域：{f.domain}", ""],
        ["基础模型", f"{f.base_model}（{f.base_note}）", "符合"],
        ["训练语料规模", f.corpus, ""],
        ["语料来源类型", "■开源 ■自采 ■商业 ■用户授权", ""],
        ["服务形式", "■网页 ■App □API □小程序", ""],
        ["是否面向未成年人", "□是 ■否", ""],
        ["联系人及电话", f"周明远 {f.phone}", ""],
    ]
    return [
        h("生成式人工智能（大语言模型）上线备案表"),
        table(rows, merges=[(0, 0, 2)]),
        h2("二、服务说明"),
        *kit.scope_blocks(f),
        h2("三、承诺"),
        p(f"本单位承诺所填信息真实有效，{f.model}{f.version}上线后持续落实安全措施。"),
        p(f"法定代表人（签字）：{f.legal_rep}          单位（盖章）：{f.company}"),
        p("日期：2025年6月16日"),
    ]


def metric_table(metrics: dict[str, tuple[str, str]]) -> Block:
    """Metrics as columns: rows 抽样数量 / 测试结果 / 判定."""
    names = list(metrics)
    verdict = ["未达标" if _below(metrics[n][1], n) else "达标" for n in names]
    return table(
        [
            ["项目", *names],
            ["抽样数量", *[metrics[n][0] for n in names]],
            ["测试结果", *[metrics[n][1] for n in names]],
            ["判定", *verdict],
        ]
    )


def _below(result: str, name: str) -> bool:
    value = float(result.rstrip("%")[3:])
    lines = {"语料人工抽检": 96, "语料技术抽检": 98, "应拒答测试": 95, "非拒答测试": -5}
    line = lines.get(name, 90)
    return value > -line if line < 0 else value < line


def report_blocks(f: Facts, m: Measures, metrics: dict, extra: list[Block] | None = None) -> list[Block]:
    """附件1 安全评估报告 with 一、（一） numbering."""
    return [
        h(f"{f.model}安全评估报告"),
        h2("一、评估概述"),
        p(
            f"本报告由{f.company}（统一社会信用代码：{f.uscc}）自行组织评估。评估对象为我司研发的{f.model}{f.version}，"
            f"产品名称{f.product}，基础模型为{f.base_model}。训练语料规模：{f.corpus}。"
        ),
        p(
            "评估依据：TC260-003《生成式人工智能服务安全基本要求》第5章至第8章；评估时间：2025年5月6日至6月10日。"
        ),
        *kit.scope_blocks(f),
        h2("二、语料安全评估"),
        p(
            "（一）语料来源安全：逐个数据集核验来源、许可与授权，详见其他佐证《数据溯源清单》；"
            "各来源采集前、采集后抽检违法不良信息占比均低于5%。"
        ),
        p("（二）语料内容安全：采用关键词库、分类模型与人工抽检相结合的过滤方式，个人信息去标识化。"),
        p("（三）语料标注安全：标注规则见附件3，标注与审核岗位分离，标注人员经培训考核上岗。"),
        h2("三、模型安全评估"),
        p("（一）生成内容安全：使用附件5测试题，分别以人工、关键词、分类模型方式随机抽样评估。"),
        p("（二）拒答评估：从应拒答题库与非拒答题库中分别随机抽样，统计拒答率。"),
        h2("四、安全措施评估"),
        *kit.measure_blocks(m),
        *(extra or []),
        h2("五、评估指标汇总"),
        metric_table(metrics),
        h2("六、逐条评估结果"),
        kit.clause_table(
            {
                "5.1 d)": "本模型训练语料中的自采部分仅来自政务与法定披露网站，已在5.1 a)中一并评估，"
                "不存在其他自采来源，故本项不适用。"
            }
        ),
        h2("七、总体结论"),
        p("经逐条评估，第5章至第8章各条款均为符合或不适用，总体结论：全部符合。"),
        h2("八、签字"),
        p(f"法定代表人：{f.legal_rep}（签字）"),
        p("评估总负责人：周明远（信息安全负责人，签字）"),
        p("合法性评估负责人：许安宁（法务负责人，签字）"),
        p(f"{f.company}（盖章）  2025年6月16日"),
    ]


def agreement_blocks(f: Facts, m: Measures) -> list[Block]:
    """附件2 模型服务协议."""
    return [
        h(f"{f.product}用户服务协议"),
        p(f"服务提供方：{f.company}（统一社会信用代码：{f.uscc}），地址：{f.address}。"),
        h2("一、服务内容"),
        p(f"{f.product}基于{f.model}{f.version}提供服务。"),
        *kit.scope_blocks(f),
        h2("二、用户义务"),
        p("用户应遵守法律法规，不得利用本服务生成、传播违法不良信息，不得侵犯他人知识产权及其他合法权益。"),
        h2("三、生成内容"),
        p("生成内容由人工智能生成，可能存在错误，用户应自行判断并承担使用后果；" + m.labels),
        h2("四、投诉举报"),
        p(m.complaint),
        h2("五、未成年人"),
        p(m.minors),
        h2("六、协议变更与终止"),
        p("本协议变更将提前七日公告；用户可随时注销账号终止本协议。"),
    ]


def privacy_blocks(f: Facts, m: Measures) -> list[Block]:
    """附件2.2 隐私保护政策."""
    return [
        h(f"{f.product}隐私保护政策"),
        p(f"个人信息处理者：{f.company}；统一社会信用代码：{f.uscc}；个人信息保护负责人邮箱：{f.email}。"),
        h2("一、我们收集的信息"),
        p("注册手机号、实名认证信息、对话输入与输出、设备信息与日志。实名认证信息仅用于身份核验。"),
        h2("二、使用目的"),
        p("提供与改进服务、安全审核、履行法定义务。"),
        h2("三、输入信息用于训练"),
        p(m.optout),
        h2("四、保存期限"),
        p(m.logs),
        h2("五、未成年人"),
        p(m.minors),
        h2("六、您的权利与联系我们"),
        p("您可查阅、更正、删除个人信息或撤回同意；" + m.complaint),
    ]


def annotation_blocks(f: Facts) -> list[Block]:
    """附件3 语料标注规则."""
    return [
        h(f"{f.model}语料标注规则"),
        h2("一、标注类型"),
        p("功能性标注（问答质量、金融事实准确性）与安全性标注（31类安全风险）。"),
        h2("二、人员与分工"),
        p("标注人员经培训并考核合格后上岗；标注与审核岗位分离，同一任务中不兼任。"),
        h2("三、质量控制"),
        p("功能性标注按批次抽检不少于10%；安全性标注每条至少经1名审核人员复核。"),
        h2("四、安全性标注判定"),
        p("依据TC260-003附录A的31类风险逐项判定，不确定的提交专家组复核。"),
    ]


# ---------------------------------------------------------------- variants


def _rewrite(folder: Path, **changes: object) -> None:
    """Regenerate the narrative PDFs of a variant with changed facts, measures or metrics."""
    f = changes.get("facts", FACTS)
    m = changes.get("measures", Measures())
    metrics = changes.get("metrics", METRICS)
    _pdf(form_blocks(f), folder / "0 生成式人工智能（大语言模型）上线备案表（盖章版）.pdf")  # type: ignore[arg-type]
    _pdf(report_blocks(f, m, metrics), folder / "附件1 安全评估报告（盖章版）.pdf")  # type: ignore[arg-type]
    _pdf(agreement_blocks(f, m), folder / "附件2 模型服务协议（盖章版）.pdf")  # type: ignore[arg-type]
    pf = changes.get("privacy_facts", f)
    _pdf(privacy_blocks(pf, m), folder / "附件2.2 隐私保护政策（盖章版）.pdf")  # type: ignore[arg-type]


def _missing_privacy(folder: Path) -> None:
    (folder / "附件2.2 隐私保护政策（盖章版）.pdf").unlink()


def _nc_licence(folder: Path) -> None:
    rows = [list(r) for r in SOURCES]
    rows[1][6] = "CC BY-NC 4.0（署名-非商业性使用）"
    kit.write_xlsx(
        {"数据溯源清单": _source_sheet(FACTS, rows)},
        folder / "其他佐证" / "数据溯源清单.xlsx",
        merges={"数据溯源清单": ["A1:O1", f"A{len(rows) + 4}:O{len(rows) + 4}"]},
    )


def _finance_unguarded(folder: Path) -> None:
    facts = dataclasses.replace(
        FACTS,
        scenario="为个人投资者提供个股诊断、买卖点提示、收益预测与个性化资产配置方案。",
        out_of_scope="对与金融无关的请求，模型提示用户回到金融话题。",
        safeguards=[],
    )
    _rewrite(folder, facts=facts)


def _logs_three_months(folder: Path) -> None:
    _rewrite(folder, measures=Measures(logs="网络日志及对话记录保存三个月，到期自动删除。"))


def _privacy_other_uscc(folder: Path) -> None:
    _rewrite(folder, privacy_facts=dataclasses.replace(FACTS, uscc=kit.uscc("91310115MA1KB7Q3X")))


def _refusal_low(folder: Path) -> None:
    _rewrite(folder, metrics={**METRICS, "应拒答测试": ("320题", "拒答率91.0%")})


_VARIANTS = (
    ("materials-no-privacy-policy", "materials", "附件2.2 隐私保护政策缺失", _missing_privacy),
    ("data-sources-nc-licence", "data_sources", "商业服务使用 CC BY-NC 许可的数据集", _nc_licence),
    ("scope-finance-unguarded", "scope", "金融领域个股诊断与买卖建议，无任何保障措施", _finance_unguarded),
    ("safety-logs-3-months", "safety", "网络日志仅保存三个月", _logs_three_months),
    (
        "consistency-privacy-uscc",
        "consistency",
        "隐私政策中的统一社会信用代码与其他文件不同",
        _privacy_other_uscc,
    ),
    ("metrics-refusal-91", "metrics", "应拒答题拒答率91.0%（低于95%）", _refusal_low),
)
