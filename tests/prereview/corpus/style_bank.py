"""Style "bank" (备案): a bank's compliance team files a retail-customer knowledge assistant.

Bank file-naming convention (``附件1：…``, ``附件2-1 …``, a versioned form, a stamped scan),
heavy tables: a data-source sheet with a two-row merged header, 万/亿 and 千分位 figures,
rates as 0.976 and 97.6 %, a clause table with 符合/不符合/不适用, a results table with a
“差距/备注” column, dates as 2025.03.01 and 2025年3月1日. Finance is a sensitive domain: the
clean package carries its safeguards. Screenshots live in ``证明材料/``.
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
    Table,
    copy_package,
    generated_rows,
    keywords,
    nonrefuse_rows,
    refuse_rows,
    uscc,
    write_docx,
    write_image_pdf,
    write_screenshot,
    write_xlsx,
)

STYLE = "style_bank"
CASE_NAMES = ("clean", "materials", "data_sources", "scope", "safety", "consistency", "metrics")

BANK = "澄江银行"
COMPANY = "澄江银行股份有限公司"
USCC = uscc("91320281MA1X7K3B2")
OTHER_USCC = uscc("91320281MA1X7K3C5")
PRODUCT = "澄江银行“小澄”智能客服助手"
MODEL = "澄江金融知识大模型"
SHORT = "澄智"
VERSION = "V2.0"
BASE = "Qwen2-7B-Instruct"

FORM = f"{BANK}-生成式人工智能服务备案申请表-v1.3.docx"
FORM_SCAN = f"{BANK}-生成式人工智能服务备案申请表（盖章版）.pdf"
REPORT = "附件1：生成式人工智能服务安全自评报告.docx"
AGREEMENT = "附件2-1 用户服务协议.docx"
POLICY = "附件2-2 个人信息保护政策.docx"
LABELS = "附件3 数据标注规范.docx"
KEYWORDS = "附件4 敏感词库.xlsx"
BANKS = "附件5 安全测试题集.xlsx"
SOURCES = "附件6 训练语料来源说明.xlsx"
RULES = "附件7 生成式人工智能服务内容安全管理制度（含应急预案）.docx"

SAFEGUARDS = (
    "本服务输出的内容仅供参考，不构成任何投资建议、理财建议或对收益的承诺；不提供股票、基金等具体产品的买卖推荐，"
    "不代客户作出投资决策。涉及账户资金、理财产品适当性及投诉纠纷的问题，本服务提示风险并转接人工客服或持证理财经理处理；"
    "涉及产品收益的回答一律附加“理财非存款、产品有风险、投资须谨慎”的风险提示，并由人工坐席抽查复核。"
)
SCOPE = (
    "本服务面向本行已实名开户的18周岁以上个人客户，通过手机银行App和网上银行网页提供，"
    "用于解答本行零售业务的办理流程、收费标准、网点信息和已公开产品说明等问题。"
)
OUT_OF_SCOPE = (
    "除本行零售业务咨询外，本服务不回答其他领域的问题；不提供医疗诊断、法律意见、投资理财建议等专业服务，"
    "不用于关键信息基础设施控制或自动化决策。超出范围的提问，本服务明确告知无法回答并引导至人工客服。"
)
BROAD_SCOPE = (
    "本服务面向本行已实名开户的18周岁以上个人客户，通过手机银行App和网上银行网页提供，"
    "为客户提供个性化投资理财建议、基金及股票买卖推荐、贷款方案测算和资产配置方案。"
)


def _facts(**over: object) -> dict[str, object]:
    facts: dict[str, object] = {
        "uscc_policy": USCC,
        "scope": SCOPE,
        "out_of_scope": OUT_OF_SCOPE,
        "safeguards": SAFEGUARDS,
        "gen_manual_n": "1,200题",
        "third_party": "",
    }
    facts.update(over)
    return facts


# ---------------------------------------------------------------- documents


def _form(f: dict[str, object]) -> list[object]:
    rows = [
        ["一、申请主体及产品基本信息", "", "", ""],
        ["申请主体名称", COMPANY, "统一社会信用代码", USCC],
        ["企业性质", "股份有限公司（非上市）", "行业主管部门", "国家金融监督管理总局"],
        ["产品名称", PRODUCT, "模型名称", f"{MODEL}（简称“{SHORT}”）"],
        ["模型版本", VERSION, "基础模型", f"{BASE}（开源模型，经本行微调；未调用已备案模型）"],
        ["主要功能", "☑人机对话 ☑文字生成 ☐图片生成 ☐声音合成 ☐视频合成 ☐代码生成或优化", "", ""],
        ["服务领域", "☐通用 ■限定领域：金融（银行零售业务咨询）", "", ""],
        ["服务形式", "☑App（手机银行） ☑网页（网上银行） ☐API ☐小程序", "", ""],
        ["服务对象", "本行已实名开户的18周岁以上个人客户；☐面向未成年人", "", ""],
        ["应用场景", str(f["scope"]), "", ""],
        ["训练语料", "共计2,680万条（约86GB）；来源类型：☑开源 ☑自采 ☑商业 ☑用户", "境外开源语料占比", "24.3%"],
        ["标注语料", "指令微调标注数据12.6万条，标注规则见附件3", "", ""],
        ["推理算力", "本行自有数据中心部署，国产AI加速服务器16台，不使用第三方云", "", ""],
        ["拟上线时间", "2025年4月", "填表日期", "2025.03.01"],
    ]
    merges = [(0, 0, 0, 3)] + [(r, 1, r, 3) for r in (5, 6, 7, 8, 9, 11, 12)]
    blocks: list[object] = [("title", "生成式人工智能（大语言模型）上线备案表"), Table(rows, merges)]
    if f["safeguards"]:
        blocks.append(("p", "金融领域安全保障：" + str(f["safeguards"])))
    blocks += [
        ("p", "服务边界：" + str(f["out_of_scope"])),
        ("h2", "二、自愿承诺"),
        ("p", f"本单位承诺所填信息真实、准确、完整，{MODEL}{VERSION}上线后将持续落实生成式人工智能服务安全要求。"),
        ("p", "法定代表人（签字）：王建平        评估总负责人（签字）：李卫东        单位（盖章）"),
        ("p", "2025年3月1日"),
    ]
    return blocks


def _report(f: dict[str, object]) -> list[object]:
    results = Table(
        [
            ["评估项", "样本量", "结果", "标准要求", "结论", "差距/备注"],
            ["语料人工抽检合格率", "4,200条", "97.6%", "≥4000条，≥96%", "符合", "高于要求1.6个百分点"],
            ["语料技术抽检合格率", "300万条（占语料总量11.2%）", "0.993", "≥10%，≥98%", "符合", "关键词+分类模型"],
            ["生成内容人工抽检合格率", str(f["gen_manual_n"]), "0.962", "≥1000题，≥90%", "符合", "—"],
            ["生成内容关键词抽检合格率", "2,030题", "98.1%", "≥1000题，≥90%", "符合", "—"],
            ["生成内容分类模型抽检合格率", "2,030题", "0.975", "≥1000题，≥90%", "符合", "—"],
            ["应拒答题拒答率", "510题", "97.8%", "≥300题，≥95%", "符合", "11题未拒答已复测"],
            ["非拒答题拒答率", "520题", "1.9%", "≥300题，≤5%", "符合", "—"],
        ]
    )
    clauses = Table(
        [
            ["条款", "要求", "评估结果", "说明/理由"],
            ["5.1", "语料来源安全（来源管理、搭配、可追溯）", "符合", "逐数据集溯源，采集前后抽检违法不良信息均不超过5%，见附件6"],
            ["5.2", "语料内容安全（过滤、知识产权、个人信息）", "符合", "关键词+分类模型过滤，个人信息去标识化处理"],
            ["5.3", "语料标注安全（标注人员、规则、核验）", "符合", "标注规则见附件3，标注人员经考核上岗"],
            ["6", "模型安全（生成内容安全性、准确性、可靠性）", "符合", "见本报告第三部分测试结果"],
            ["基础模型", "使用基础模型的合法性", "符合", f"{BASE}采用Apache-2.0许可，允许商用"],
            ["7 a)", "服务适用人群、场合、用途；未成年人保护", "符合", "仅面向18周岁以上实名客户，实名核验阻止未成年人使用"],
            ["7 a)", "面向未成年人的防沉迷及监护设置", "不适用", "本服务不面向未成年人，不提供未成年人模式"],
            ["7 b)", "服务透明度", "符合", "首页及协议公示适用人群、局限性和模型概要"],
            ["7 c)", "收集使用者输入信息用于训练", "符合", "提供关闭开关，从首页起3次点击可关闭"],
            ["7 d)", "图片、视频等内容标识", "符合", "对话界面显式标识“内容由AI生成”，并写入隐式元数据标识"],
            ["7 e)", "算力及芯片供应链安全；宜支持可信启动", "不符合", "现有加速卡不支持硬件可信启动（推荐性条款）；已采用镜像签名校验等效措施，计划2025年12月前完成替换"],
            ["7 f)", "投诉举报渠道及处理时限", "符合", "热线、App在线客服，十五个工作日内答复"],
            ["7 g)", "拒答策略及监看人员", "符合", "内容审核团队12人，7×24小时监看"],
            ["7 h)", "模型更新升级", "符合", "重要更新升级后重新开展安全评估"],
            ["7 i)", "服务稳定、持续", "符合", "训练与推理环境隔离，数据及模型每日备份"],
            ["8.1", "关键词库", "符合", "共11,000个，覆盖17类风险，每周更新，见附件4"],
            ["8.2", "生成内容测试题库", "符合", "2,030题，覆盖31类风险，每月更新，见附件5"],
            ["8.3", "拒答测试题库", "符合", "应拒答510题、非拒答520题，见附件5"],
            ["8.4", "分类模型", "符合", "行内自研分类模型，覆盖31类风险"],
        ]
    )
    blocks: list[object] = [
        ("title", "生成式人工智能服务安全自评报告"),
        ("p", f"评估对象：{MODEL}{VERSION}（产品名称：{PRODUCT}）    评估单位：{COMPANY}"),
        ("p", "评估时间：2025.02.10—2025.03.01    评估方式：自评估"),
        ("h1", "一、评估概述"),
        ("p", f"本行（统一社会信用代码：{USCC}）依据TC260-003《生成式人工智能服务安全基本要求》，对{SHORT}模型的语料安全、"
              "模型安全和安全措施逐条开展自评估。"),
        ("h2", "（一）服务范围"),
        ("p", str(f["scope"])),
        ("p", str(f["out_of_scope"])),
    ]
    if f["safeguards"]:
        blocks += [("h2", "（二）金融领域安全保障"), ("p", str(f["safeguards"]))]
    blocks += [
        ("h1", "二、语料安全评估"),
        ("h2", "（一）语料来源安全"),
        ("p", "1. 训练语料共计2,680万条，来源包括开源、自采、商业采购和用户数据，逐数据集情况见附件6《训练语料来源说明》。"),
        ("p", "2. 采集前、采集后分别抽检各来源语料，违法不良信息占比最高为1.2%，均未超过5%。"),
        ("h2", "（二）语料内容安全"),
        ("p", "1. 人工抽检：从全部训练语料中随机抽取4,200条，合格4,099条，合格率97.6%。"),
        ("p", "2. 技术抽检：采用关键词库与分类模型随机抽取300万条（占语料总量11.2%），合格率0.993。"),
        ("h2", "（三）语料标注安全"),
        ("p", "标注人员经培训考核后上岗，功能性标注与安全性标注分别制定规则，见附件3《数据标注规范》。"),
        ("h1", "三、模型安全评估"),
        ("p", "按附件5测试题集对模型进行测试，结果如下表："),
        results,
    ]
    if f["third_party"]:
        blocks.append(("p", str(f["third_party"])))
    blocks += [
        ("h1", "四、安全措施评估"),
        ("p", "1. 未成年人保护：服务仅面向18周岁以上实名开户客户，注册时实名核验，不向未成年人提供服务。"),
        ("p", "2. 训练使用退出：客户可在手机银行App“我的—设置—隐私设置”中关闭“对话内容用于模型优化”，从首页起3次点击。"),
        ("p", "3. 生成内容标识：对话界面显式标注“本回答由AI生成”，导出文件写入隐式标识元数据。"),
        ("p", "4. 投诉举报：客服热线、App在线客服“投诉建议”入口，十五个工作日内处理并答复。"),
        ("p", "5. 网络日志：对话及操作日志留存不少于六个月。"),
        ("p", "6. 人工监看：内容审核团队12人，7×24小时监看并复核高风险回答。"),
        ("p", "7. 模型更新：模型重要更新、升级后重新开展安全评估，评估通过后方可上线。"),
        ("p", "8. 应急处置：见附件7《内容安全管理制度（含应急预案）》。"),
        ("h1", "五、逐条评估结果"),
        clauses,
        ("h1", "六、总体结论"),
        ("p", "经逐条评估，除7 e)推荐性条款已采取等效措施并制定整改计划外，其余条款均为符合或不适用，"
              f"{MODEL}{VERSION}满足TC260-003的要求，具备上线条件。"),
        ("p", "法定代表人：王建平（签字）    评估总负责人（首席信息安全官）：李卫东（签字）    "
              "合法性评估负责人（总法律顾问）：赵琳（签字）"),
        ("p", "2025年3月1日"),
    ]
    return blocks


def _agreement(f: dict[str, object]) -> list[object]:
    blocks: list[object] = [
        ("title", "澄江银行“小澄”智能客服助手用户服务协议"),
        ("p", f"本协议由您与{COMPANY}（以下简称“本行”）订立。本行研发的{MODEL}{VERSION}为本服务提供技术支持。"),
        ("h1", "一、服务内容"),
        ("p", str(f["scope"])),
        ("p", str(f["out_of_scope"])),
    ]
    if f["safeguards"]:
        blocks += [("h1", "二、风险提示"), ("p", str(f["safeguards"]))]
    blocks += [
        ("h1", "三、使用规范"),
        ("p", "您应依法使用本服务，不得利用本服务生成、传播违法不良信息，不得侵犯他人知识产权、肖像权、名誉权、隐私权等合法权益。"
              "对违反本协议的用户，本行将依法采取警示、限制功能、暂停或终止服务等措施，保存有关记录并向主管部门报告。"),
        ("h1", "四、生成内容与知识产权"),
        ("p", "本服务生成的内容可能存在错误或不完整，请以本行官方公告及柜面答复为准。生成内容均添加“本回答由AI生成”显式标识和隐式标识，"
              "您不得删除、篡改或隐匿上述标识。"),
        ("h1", "五、投诉与举报"),
        ("p", "您可通过客服热线400-880-1234或手机银行App“我的—在线客服—投诉建议”进行投诉举报，本行自受理之日起十五个工作日内处理并答复。"),
        ("p", "本协议自2025年3月1日起生效。"),
    ]
    return blocks


def _policy(f: dict[str, object]) -> list[object]:
    return [
        ("title", "澄江银行“小澄”智能客服助手个人信息保护政策"),
        ("p", f"个人信息处理者：{COMPANY}（统一社会信用代码：{f['uscc_policy']}）    更新日期：2025年3月1日"),
        ("h1", "一、我们收集的个人信息"),
        ("p", "为提供咨询服务，本行收集您的对话输入内容、设备信息和手机银行登录信息，仅用于解答您的问题和保障服务安全。"),
        ("h1", "二、输入信息用于模型优化"),
        ("p", "经您同意，本行可将去标识化后的对话内容用于模型优化。您可在手机银行App“我的—设置—隐私设置”中关闭"
              "“对话内容用于模型优化”开关（从首页起3次点击），关闭后不再将您的输入用于训练。"),
        ("h1", "三、保存期限"),
        ("p", "网络日志及对话记录保存不少于六个月，超出期限后删除或匿名化处理；法律、行政法规另有规定的从其规定。"),
        ("h1", "四、未成年人保护"),
        ("p", "本服务不面向未满18周岁的未成年人。本行通过实名核验识别用户年龄，发现未成年人使用的，终止服务并删除相关信息。"),
        ("h1", "五、您的权利与联系方式"),
        ("p", "您可查阅、复制、更正、删除个人信息，或通过客服热线400-880-1234联系本行个人信息保护负责人，本行将在十五个工作日内答复。"),
    ]


def _labels() -> list[object]:
    return [
        ("title", "数据标注规范"),
        ("h1", "一、适用范围"),
        ("p", f"本规范适用于{MODEL}指令微调及安全对齐语料的标注工作，标注语料共12.6万条。"),
        ("h1", "二、标注人员"),
        ("p", "标注人员由本行员工担任，经安全培训和考核合格后上岗，定期复训，并与本行签订保密协议。"),
        ("h1", "三、标注规则"),
        ("p", "（一）功能性标注：按业务类别、问题意图、标准答案三个维度标注。（二）安全性标注：按TC260-003附录A的31类安全风险判定。"),
        ("h1", "四、标注核验"),
        ("p", "功能性标注逐批人工抽检不少于10%，安全性标注逐条双人复核，核验不合格的批次整批重标。"),
    ]


def _rules() -> list[object]:
    return [
        ("title", "生成式人工智能服务内容安全管理制度（含应急预案）"),
        ("h1", "一、组织机构"),
        ("p", "本行成立生成式人工智能安全领导小组，由分管副行长任组长，信息科技部、消费者权益保护部、法律合规部参加；"
              "内容审核团队12人实行7×24小时监看。"),
        ("h1", "二、内容审核流程"),
        ("p", "输入与输出均经关键词库和分类模型过滤，命中高风险的转人工复核；模型重要更新、升级后重新开展安全评估。"),
        ("h1", "三、应急预案"),
        ("h2", "（一）事件分级"),
        ("p", "按影响范围分为一级（特别重大）、二级（重大）、三级（较大）、四级（一般）四个等级。"),
        ("h2", "（二）处置流程"),
        ("p", "1. 发现：监看人员或投诉举报发现违法不良内容。2. 处置：立即停止生成和传输，删除有关内容，必要时下线服务。"
              "3. 报告：一级、二级事件2小时内报告属地网信部门。4. 整改：通过模型优化训练等措施整改，复盘后恢复服务。"),
        ("h2", "（三）联系方式与演练"),
        ("p", "应急值班电话0510-86051234，值班邮箱ai-safety@example.cn；每半年至少组织一次应急演练。"),
        ("h1", "四、日志管理"),
        ("p", "网络日志保存六个月以上，定期审计。"),
    ]


# ---------------------------------------------------------------- workbooks


def _keyword_sheet(short_risk: str | None = None) -> Sheet:
    rows: list[list[object]] = [["序号", "关键词", "一级分类", "二级分类"]]
    for risk, name in A1 + A2:
        n = 700 if risk.startswith("A.1") else 600
        if risk == short_risk:
            n = 80
        cls = CLASS_NAMES[risk[:3]]
        for kw in keywords(risk, n, seed=31):
            rows.append([len(rows), kw, cls, name])
    return Sheet("敏感词库", rows, widths={"B": 24, "C": 30, "D": 36})


def _bank_sheets() -> list[Sheet]:
    per = {r: 70 for r, _ in A1 + A2} | {r: 60 for r, _ in A3_5}
    header = ["序号", "测试题", "一级分类", "二级分类", "模型回答", "研判结果（是否合格）"]
    out = []
    for name, rows in (
        ("生成内容测试题", generated_rows(per)),
        ("应拒答测试题", refuse_rows(30)),
        ("非拒答测试题", nonrefuse_rows(40)),
    ):
        out.append(Sheet(name, [header] + [[i + 1, *r] for i, r in enumerate(rows)], widths={"B": 50, "E": 50}))
    return out


_DATASETS = [
    ["1", "行内零售业务知识库（2024版）", "自采", "行内知识管理系统导出", "本行", "KB-2024.12",
     "本行自有数据，内部授权文件澄银发〔2024〕112号", "2019.01.01—2024.12.31", "不涉及爬取；经数据管理部授权审查",
     "不含客户个人信息", "去重、过期条目剔除、敏感词过滤", "1,200万条", "中文", "0.2%", "0.001"],
    ["2", "中文维基百科语料 zhwiki-20240601", "开源", "官方dump下载 https://dumps.wikimedia.org/zhwiki/20240601/",
     "Wikimedia Foundation", "20240601", "CC BY-SA 4.0（允许商用）", "2024年6月1日",
     "遵守robots协议，仅下载官方发布文件", "已剔除个人页面及联系方式", "繁简转换、去重、关键词及分类模型过滤",
     "500万条", "中文", "1.2%", "0.3%"],
    ["3", "金融资讯语料（采购）", "商业", "数据供应商交付", "金信数据科技有限公司", "2024Q4",
     "采购合同 HT-2024-0317，含商用授权", "2022.01.01—2024.12.31", "供应商出具合法来源承诺及授权链证明",
     "供应商承诺不含个人信息，本行复核", "去重、广告及低质内容剔除", "6,500,000条", "中文", "0.9%", "0.002"],
    ["4", "客服历史对话（去标识化）", "用户", "客服系统导出", "本行", "2024.12",
     "依《个人信息保护政策》第二条取得客户同意", "2023.01.01—2024.12.31", "内部数据，经个人信息保护影响评估",
     "去标识化处理，单独同意", "脱敏、去重、敏感词过滤", "180万条", "中文", "0.8%", "0.2%"],
    ["5", "COIG 中文通用指令数据集", "开源", "Hugging Face 下载 https://huggingface.co/datasets/BAAI/COIG",
     "北京智源人工智能研究院", "v1", "Apache-2.0", "2024年9月", "遵守平台使用条款",
     "不含个人信息", "去重、人工抽检、分类模型过滤", "0.015亿条", "中文", "0.6%", "0.1%"],
]


def _sources_sheet(licence5: str = "Apache-2.0") -> Sheet:
    top = ["序号", "数据集名称", "来源类型", "获取方式", "发布方/供应商", "版本", "授权依据", "采集时间段",
           "robots协议/授权审查", "个人信息处理及同意依据", "清洗措施", "规模", "语种", "抽检情况", ""]
    sub = [""] * 13 + ["采集前违法不良信息占比", "采集后违法不良信息占比"]
    data = [list(r) for r in _DATASETS]
    data[4][6] = licence5
    rows: list[list[object]] = [["附件6 训练语料来源说明（截至2025.03.01）"] + [""] * 14, top, sub, *data]
    rows.append(["合计", "", "", "", "", "", "", "", "", "", "", "2,680万条（约86GB）", "", "", ""])
    rows.append(["备注：抽检比例以抽检条数计；规模单位“万条”“亿条”均为条数。"] + [""] * 14)
    merges = ["A1:O1", "N2:O2"] + [f"{c}2:{c}3" for c in "ABCDEFGHIJKLM"] + ["A9:K9", "A10:O10"]
    return Sheet("语料来源", rows, merges=merges, widths={"B": 30, "G": 30})


# ---------------------------------------------------------------- packages


def _docs(f: dict[str, object]) -> dict[str, list[object]]:
    return {FORM: _form(f), REPORT: _report(f), AGREEMENT: _agreement(f), POLICY: _policy(f),
            LABELS: _labels(), RULES: _rules()}


def _write_docs(folder: Path, f: dict[str, object], base: dict[str, object] | None = None) -> None:
    """Write the Word documents; with ``base`` only those whose content differs from it."""
    before = _docs(base) if base is not None else {}
    for name, blocks in _docs(f).items():
        if before.get(name) != blocks:
            write_docx(folder / name, blocks)


def _write_clean(folder: Path) -> None:
    _write_docs(folder, _facts())
    write_image_pdf(folder / FORM_SCAN, [
        "生成式人工智能（大语言模型）上线备案表", f"申请主体名称：{COMPANY}", f"统一社会信用代码：{USCC}",
        f"模型名称：{MODEL}（简称“{SHORT}”）  版本：{VERSION}", "法定代表人（签字）：王建平", "2025年3月1日",
    ], seal=BANK)
    write_xlsx(folder / KEYWORDS, [_keyword_sheet()])
    write_xlsx(folder / BANKS, _bank_sheets())
    write_xlsx(folder / SOURCES, [_sources_sheet()])
    shots = folder / "证明材料"
    write_screenshot(shots / "01 投诉建议入口截图.png", ["手机银行 · 在线客服", "投诉建议", "受理后十五个工作日内答复"])
    write_screenshot(shots / "02 AI生成标识截图.png", ["小澄智能客服", "您好，请问有什么可以帮您？", "本回答由AI生成"])
    write_screenshot(shots / "03 关闭模型优化开关截图.png", ["隐私设置", "对话内容用于模型优化  [关]", "首页→我的→设置→隐私设置"])


_THIRD_PARTY = "另：模型安全测试结果已经第三方检测机构复测，详见《生成式人工智能服务第三方安全测评报告》（报告编号CJTC-2025-0217）。"

_VARIANTS: dict[str, tuple[str, dict[str, object]]] = {
    "materials": ("报告引用的第三方测评报告不在材料包中", {"third_party": _THIRD_PARTY}),
    "scope": ("金融领域提供投资建议且无任何风险提示、转人工等保障", {"scope": BROAD_SCOPE, "safeguards": "",
                                                             "out_of_scope": "本服务不用于关键信息基础设施控制。"}),
    "consistency": ("个人信息保护政策中的统一社会信用代码与申请表不一致", {"uscc_policy": OTHER_USCC}),
    "metrics": ("生成内容人工抽检仅600题，低于1000题", {"gen_manual_n": "600题"}),
}


def build(root: Path) -> list[Case]:
    """Write the clean bank package and one variant per defect family under ``root``."""
    clean = root / "clean"
    _write_clean(clean)
    cases = [Case(STYLE, "clean", clean, "备案", frozenset())]
    for name, (defect, over) in _VARIANTS.items():
        folder = copy_package(clean, root / name)
        _write_docs(folder, _facts(**over), base=_facts())
        cases.append(Case(STYLE, name, folder, "备案", frozenset({name}), defect))
    folder = copy_package(clean, root / "data_sources")
    write_xlsx(folder / SOURCES, [_sources_sheet("CC BY-NC 4.0（署名-非商业性使用）")])
    cases.append(Case(STYLE, "data_sources", folder, "备案", frozenset({"data_sources"}),
                      "COIG数据集按非商业许可CC BY-NC 4.0用于商业服务"))
    folder = copy_package(clean, root / "safety")
    write_xlsx(folder / KEYWORDS, [_keyword_sheet(short_risk="A.2.h")])
    cases.append(Case(STYLE, "safety", folder, "备案", frozenset({"safety"}), "健康歧视类关键词仅80个，低于100个"))
    return sorted(cases, key=lambda c: CASE_NAMES.index(c.name))
