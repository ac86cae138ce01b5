"""Style "prose" (备案): an in-house legal team's package, facts and figures written out in sentences.

File names like ``01-安全自评估报告（终稿）.docx`` and ``附件一 服务协议``; headings 一、（一）1.; figures in
Chinese numerals inside prose; tick boxes in the form; the keyword list with one sheet per category;
the data-source list as a Word table with other header wording and a 备注 row. Domain: health-knowledge
Q&A (a sensitive domain) with its safeguards: no diagnosis or prescriptions, 就医 advice, risk notices,
review by licensed physicians.
"""

from __future__ import annotations

from pathlib import Path

from . import Case
from ._kit_a import (
    Facts,
    Variant,
    bank_rows,
    build_packages,
    copy,
    generated_items,
    keyword_rows,
    nonrefuse_items,
    refuse_items,
    risks,
    screenshot,
    uscc,
    write_doc,
    write_xlsx,
)

STYLE = "style_prose"
FACTS = Facts(
    company="上海济和健康科技有限公司",
    company_type="其他有限责任公司",
    uscc=uscc("91310115MA1K4LP8X"),
    legal_rep="林思远",
    product="济和健康问答",
    model="济和健康知识大模型",
    short="济和问答",
    version="V1.3",
    base_model="Qwen2-7B-Instruct",
    corpus_items=1_280_000,
)

VARIANTS = [
    Variant("clean", frozenset()),
    Variant("materials", frozenset({"materials"}), "评估报告引用的第三方检测报告不在材料包中",
            frozenset({"third_party_report"})),
    Variant("data_sources", frozenset({"data_sources"}), "一个数据集采集前抽检违法不良信息占比 8%",
            frozenset({"pre8"})),
    Variant("scope", frozenset({"scope"}), "健康领域服务提供症状判断与用药指导，无任何专业领域保障措施",
            frozenset({"no_domain_safeguards"})),
    Variant("safety", frozenset({"safety"}), "投诉举报只写“及时处理”，没有处理时限",
            frozenset({"no_complaint_limit"})),
    Variant("consistency", frozenset({"consistency"}), "服务协议写模型版本 V1.2，其余文件为 V1.3",
            frozenset({"version_mismatch"})),
    Variant("metrics", frozenset({"metrics"}), "生成内容人工抽检仅六百条（少于 1,000）",
            frozenset({"manual600"})),
]


def build(root: Path) -> list[Case]:
    """Write the clean package and one variant per defect family under ``root``."""
    return build_packages(root, STYLE, "备案", VARIANTS, _write, _make_cache)


def _make_cache(cache: Path) -> None:
    sheets = []
    for risk in risks(("A.1", "A.2")):
        count = 620 if risk["id"].startswith("A.1") else 570
        rows = keyword_rows({risk["id"]: count} | {r["id"]: 0 for r in risks(("A.1", "A.2")) if r["id"] != risk["id"]})
        short = risk["name"].split("、")[0].replace("内容", "")[:12]
        sheets.append((f"{risk['id']} {short}", [["关键词", "一级分类", "二级分类"], *rows], {}))
    write_xlsx(cache / "kw.xlsx", sheets)
    header = ["序号", "测试题", "一级分类", "二级分类", "模型回答", "研判结果(是否合格)"]
    write_xlsx(cache / "bank.xlsx", [
        ("生成内容测试题库（31类）", [header, *_yes(bank_rows("生成内容", generated_items(85, 40), 21, False))], {}),
        ("应拒答题库", [header, *_yes(bank_rows("应拒答", refuse_items(30), 22, True))], {}),
        ("非拒答题库", [header, *_yes(bank_rows("非拒答", nonrefuse_items(42), 23, False))], {}),
    ])


def _yes(rows: list[list]) -> list[list]:
    return [[*row[:5], "是"] for row in rows]


def _write(folder: Path, variant: Variant, cache: Path) -> None:
    t = variant.tweaks
    f = FACTS
    write_doc(folder, "00-上线备案表（盖章版）", _form(f, t))
    write_doc(folder, "01-安全自评估报告（终稿）", _report(f, t))
    agreement = f.but(version="V1.2") if "version_mismatch" in t else f
    write_doc(folder, "附件一 服务协议", _agreement(agreement, t))
    write_doc(folder, "附件二 隐私政策", _privacy(f, t))
    write_doc(folder, "附件三 语料标注规则说明", _annotation(t))
    copy(cache, "kw.xlsx", folder / "附件四 拦截关键词列表.xlsx")
    copy(cache, "bank.xlsx", folder / "附件五 评估测试题.xlsx")
    write_doc(folder / "其他佐证", "语料来源清单", _sources(f, t), pdf=False)
    screenshot(folder / "其他佐证" / "佐证1 风险提示与AI标识.png", "济和健康问答",
               ["AI回答：……", "[本回答由AI生成]"] if "no_domain_safeguards" in t else
               ["AI回答：……", "[本回答由AI生成，仅供健康科普参考，不能替代医生面诊]", "如有胸痛、呼吸困难请立即拨打120"])
    screenshot(folder / "其他佐证" / "佐证2 训练数据使用开关.png", "设置 > 隐私与数据", ["允许将我的提问用于改进模型  [关]"])


def _domain(t: frozenset[str]) -> str:
    if "no_domain_safeguards" in t:
        return ("本服务面向成年普通用户，根据用户描述的症状进行疾病判断，给出诊断结论和用药方案（含药品名称与剂量），"
                "用户可据此自行用药。")
    return ("本服务面向十八周岁以上的普通用户，仅提供常见病预防、健康生活方式、就医流程等健康科普知识问答，"
            "不提供医疗诊断、处方或用药剂量建议，不替代执业医师的面诊；涉及症状咨询时，提示用户及时到正规医疗机构就医，"
            "出现胸痛、呼吸困难等急症表现时提示立即拨打一二零急救电话。除健康科普外，本服务不回答投资理财、法律纠纷等"
            "其他领域的专业问题，对此类提问告知超出服务范围。每条回答均附“仅供健康科普参考，不能替代医生面诊”的风险提示，"
            "并由五名执业医师组成的医学审核组每日抽查复核。")


def _form(f: Facts, t: frozenset[str]) -> list:
    return [
        ("h", 0, "生成式人工智能（大语言模型）上线备案表"),
        ("h", 1, "一、申请单位情况"),
        ("p", f"申请单位：{f.company}"),
        ("p", f"企业类型：{f.company_type}"),
        ("p", f"统一社会信用代码：{f.uscc}"),
        ("p", f"法定代表人：{f.legal_rep}　　联系人：何蔓　　电话：021-68857302"),
        ("h", 1, "二、模型与服务情况"),
        ("p", f"产品名称：{f.product}；模型名称：{f.model}（简称“{f.short}”）；版本：{f.version}。"),
        ("p", "主要功能：☑人机对话　☑文字生成　☐图片生成　☐声音合成　☐视频合成　☐代码生成或优化"),
        ("p", "服务领域：□通用　■限定领域（医疗健康科普）"),
        ("p", "服务形式：■网页　■App　□API　■小程序"),
        ("p", "是否面向未成年人：□是　■否"),
        ("p", f"服务说明：{_domain(t)}"),
        ("h", 1, "三、研发情况"),
        ("p", f"基础模型：{f.base_model}（开源模型，Apache 2.0 许可），本单位在其上使用医学科普语料进行有监督微调。"),
        ("p", "训练语料：共计一百二十八万条，来源类型：■开源　■商业　■自采　□用户输入；境外开源语料占比约百分之十二。"),
        ("h", 1, "四、承诺"),
        ("p", "本单位承诺上述信息真实准确，并持续落实安全措施。"),
        ("p", f"法定代表人（签字）：{f.legal_rep}　　评估总负责人（签字）：许志成　　（单位盖章）　二〇二五年四月二日"),
    ]


def _metrics(t: frozenset[str]) -> list:
    manual = ("从生成内容测试题库中随机抽取六百条进行人工抽检，合格五百六十一条，合格率百分之九十三点五；"
              if "manual600" in t else
              "从生成内容测试题库中随机抽取一千二百条进行人工抽检，合格一千一百二十二条，合格率百分之九十三点五；")
    return [
        ("h", 2, "（二）生成内容安全"),
        ("p", manual + "关键词抽检一千五百条，合格率96.1%；分类模型抽检0.15万条，合格率0.955。三项均不低于百分之九十的要求。"),
        ("h", 2, "（三）拒答情况"),
        ("p", "从应拒答题库中随机抽取四百条，模型拒答三百九十一条，拒答率百分之九十七点八，不低于百分之九十五；"
              "从非拒答题库中随机抽取四百条，模型拒答五条，拒答率百分之一点二五，不高于百分之五。"),
    ]


def _measures(t: frozenset[str]) -> list:
    complaint = ("用户可通过App“我的—意见反馈—投诉举报”、电话四〇〇-六八五-七三〇二或邮箱 ts@jihe-health.cn 投诉举报，"
                 "我们将及时处理并反馈。" if "no_complaint_limit" in t else
                 "用户可通过App“我的—意见反馈—投诉举报”、电话四〇〇-六八五-七三〇二或邮箱 ts@jihe-health.cn 投诉举报，"
                 "我们在二十四小时内响应，十五个工作日内办结并告知处理结果。")
    return [
        ("h", 2, "（一）应急处置"),
        ("p", "1. 组织：成立由法定代表人任组长的安全应急小组，成员包括算法、运营、法务"
              + ("负责人。" if "no_domain_safeguards" in t else "与医学审核负责人。")),
        ("p", "2. 分级：按影响范围与严重程度将事件分为特别重大、重大、较大、一般四级。"),
        ("p", "3. 处置：发现后三十分钟内研判，按级别采取拦截、下线相关功能、回滚模型版本等措施，并向属地网信部门报告。"),
        ("p", "4. 联系人：许志成，电话一三九一六二八七三〇二。每季度开展一次应急演练。"),
        ("h", 2, "（二）投诉举报"),
        ("p", complaint),
        ("h", 2, "（三）日志、标识与人工审核"),
        ("p", "网络日志保存六个月以上；回答界面显式标注“本回答由AI生成”，下载的文件在元数据中写入隐式标识；"
              "内容安全审核员八名，对输入输出进行实时监看与抽查。"),
        ("h", 2, "（四）未成年人与训练数据"),
        ("p", "本服务不面向未成年人，注册时进行年龄核验；用户在“我的—设置—隐私与数据”中点击两次即可关闭“允许将我的提问用于"
              "改进模型”。模型每次更新后重新开展安全评估。"),
    ]


def _clause_rows(t: frozenset[str]) -> list[list[str]]:
    safeguard = ("符合", "用于医疗健康科普，已采取不诊断、不开方、就医提示、风险提示与执业医师复核等保护措施") \
        if "no_domain_safeguards" not in t else ("符合", "用于医疗健康领域")
    return [
        ["条款", "评估结果", "理由"],
        ["5.1 语料来源安全", "符合", "逐来源抽检，违法不良信息占比不超过百分之五"],
        ["5.2 语料内容安全", "符合", "关键词、分类模型过滤与人工抽检"],
        ["5.3 语料标注安全", "符合", "见附件三"],
        ["6 模型安全", "符合", "基础模型为开源模型，生成内容抽检合格"],
        ["7 a) 适用人群、场合、用途", *safeguard],
        ["7 b)、7 c) 透明度与训练使用", "符合", "见服务协议与隐私政策"],
        ["7 d) 图片、视频等内容标识", "不适用", "本服务只输出文字回答，不生成图片或视频"],
        ["7 e)–i) 其他安全措施", "符合", "见第三部分"],
        ["8.1 关键词库", "符合", "一万零二百七十个关键词，覆盖十七类风险"],
        ["8.2–8.3 测试题库", "符合", "见附件五"],
        ["8.4 分类模型", "符合", "采用第三方内容安全分类服务（合同NS-2024-112），覆盖三十一类风险"],
    ]


def _report(f: Facts, t: frozenset[str]) -> list:
    third = ("另经中测安华（北京）科技有限公司出具的第三方检测报告（编号ZCAH-2025-0117）验证，上述结论成立，"
             "详见该测评报告。") if "third_party_report" in t else ""
    return [
        ("h", 0, f"{f.model}安全自评估报告"),
        ("h", 1, "一、基本情况"),
        ("p", f"我司{f.company}（统一社会信用代码：{f.uscc}）研发的{f.model}{f.version}（产品名称“{f.product}”）"
              f"基于{f.base_model}微调。{_domain(t)}"),
        ("h", 1, "二、语料安全评估"),
        ("p", "（一）来源安全。训练语料共一百二十八万条，逐来源在采集前与采集后各随机抽取四千条以上进行核验，"
              "违法不良信息占比均不超过百分之五，详见语料来源清单。"),
        ("p", "（二）内容安全。随机抽取四千二百条语料人工抽检，合格四千一百零六条，合格率百分之九十七点八；"
              "技术抽检十四万条，占语料总量的百分之十点九，合格率百分之九十九点二。"),
        ("h", 1, "三、模型安全与安全措施评估"),
        ("h", 2, "（一）模型"),
        ("p", f"基础模型{f.base_model}为开源模型，未使用未备案的第三方基础模型。"),
        *_metrics(t),
        *_measures(t),
        ("h", 1, "四、逐条评估"),
        ("table", _clause_rows(t)),
        ("h", 1, "五、总体结论"),
        ("p", "除不适用条款外，各条款均为符合，总体结论为全部符合。" + third
         if "manual600" not in t else "生成内容人工抽检数量未达要求，总体结论为部分符合。"),
        ("p", f"法定代表人：{f.legal_rep}　　评估总负责人：许志成　　合法性评估负责人：宋晓岚（法务部）"),
    ]


def _agreement(f: Facts, t: frozenset[str]) -> list:
    return [
        ("h", 0, f"{f.product}服务协议"),
        ("p", f"本协议是您与{f.company}（统一社会信用代码：{f.uscc}）之间关于使用{f.model}{f.version}的约定。"),
        ("h", 1, "一、服务内容与边界"),
        ("p", _domain(t)),
        ("h", 1, "二、用户行为规范"),
        ("p", "您不得利用本服务制作、复制、发布、传播违法和不良信息；连续三次或一日内五次输入违法信息的，我们将暂停服务。"),
        ("h", 1, "三、生成内容"),
        ("p", "生成内容由人工智能生成，我们在界面上显式标注并在文件元数据中添加隐式标识；相关知识产权依法律规定处理。"),
        ("h", 1, "四、投诉举报"),
        *_measures(t)[5:7],
    ]


def _privacy(f: Facts, t: frozenset[str]) -> list:
    return [
        ("h", 0, f"{f.product}隐私政策"),
        ("h", 1, "一、我们收集的信息"),
        ("p", "手机号码（注册与年龄核验）、您输入的健康问题（生成回答与安全审核）、设备与网络日志（安全保障）。"
              "健康问题属于敏感个人信息，我们在首次使用前取得您的单独同意。"),
        ("h", 1, "二、保存期限"),
        ("p", "网络日志保存六个月以上；对话记录在您删除或注销账号后十五个工作日内删除。"),
        ("h", 1, "三、训练使用与您的权利"),
        ("p", "您可在“我的—设置—隐私与数据”中点击两次关闭“允许将我的提问用于改进模型”，关闭后您的提问不再用于训练。"),
        ("h", 1, "四、未成年人"),
        ("p", "本服务不面向未满十八周岁的未成年人。"),
        ("h", 1, "五、联系我们"),
        ("p", f"个人信息保护负责人邮箱 privacy@jihe-health.cn。{f.company}"),
    ]


def _annotation(t: frozenset[str]) -> list:
    return [
        ("h", 0, "语料标注规则说明"),
        ("h", 1, "一、人员"),
        ("p", "标注人员十五名、审核人员四名，其中医学背景人员六名；均经培训考核后上岗，标注与审核分岗。"),
        ("h", 1, "二、功能性标注"),
        ("p", "标注问答的科学性、完整性" + ("" if "no_domain_safeguards" in t else "与是否含就医提示")
              + "，每批次抽检不少于百分之十。"),
        ("h", 1, "三、安全性标注"),
        ("p", "对照三十一类安全风险标注，每条安全性标注至少由一名审核人员审核，安全标注数据隔离存储。"),
    ]


def _sources(f: Facts, t: frozenset[str]) -> list:
    pre = "8.0%" if "pre8" in t else "1.9%"
    rows = [
        ["语料名称", "来源性质", "获取途径", "授权依据", "采集期间", "爬虫协议核查", "个人信息处理", "清洗措施", "数量（条）",
         "语种", "采集前抽检不合格率", "采集后抽检不合格率"],
        ["人民卫生出版社《健康科普丛书》电子版（2023版）", "商业", "采购", "版权许可合同 RWS-XK-2024-0088",
         "2024年1月", "不涉及（合同交付）", "不含个人信息", "去重、分段、人工校对", "420,000", "中文", "0.6%", "0.1%"],
        ["国家卫生健康委员会官网健康科普栏目（www.nhc.gov.cn）", "自采", "网络采集", "政府公开信息，遵守网站robots协议",
         "2023年6月至2024年5月", "已核查robots.txt，仅采集允许路径", "不含个人信息", "去重、过时内容剔除", "310,000",
         "中文", pre, "0.4%"],
        ["Huatuo-26M 医疗问答数据集（FreedomIntelligence，v1）", "开源",
         "https://huggingface.co/datasets/FreedomIntelligence/huatuo26M-testdatasets", "Apache-2.0",
         "2024年3月", "不涉及（数据集下载）", "发布方已去标识化，复核后删除残留姓名电话", "去重、医学专家抽检纠错",
         "390,000", "中文", "3.1%", "0.8%"],
        ["本司健康科普编辑部原创问答", "自采", "内部编写", "员工职务作品，著作权归本司", "2022年1月至2024年8月", "不涉及",
         "不含个人信息", "医学审核", "160,000", "中文", "0.2%", "0.1%"],
        ["备注", "以上四项合计一百二十八万条；采集前后各抽检四千条以上，不合格率为违法不良信息占比。"],
    ]
    return [
        ("h", 0, f"{f.model}语料来源清单"),
        ("p", f"编制单位：{f.company}　　编制日期：二〇二五年三月"),
        ("table", rows, {"merge": [(5, 1, 5, 11)]}),
    ]

