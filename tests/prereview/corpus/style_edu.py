"""style_edu: an education company's 备案 package for a K12 homework-help model used by minors.

Written the way a teacher writes: prose first, facts stated in sentences, figures in the report's running
text (some in Chinese numerals, one rate as a decimal), the form a two-column Word table with ■/□ boxes,
a keyword workbook with one sheet per A.1/A.2 risk, a test-bank workbook whose first sheet explains it,
and the data-source list as a Word table with a 合计 row and a 备注 row. Minors' safeguards throughout.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import Case
from ._kit_d import (
    Doc,
    Sheet,
    copy_into,
    generated_rows,
    h1,
    h2,
    keywords,
    nonrefuse_rows,
    p,
    refuse_rows,
    risks,
    table,
    uscc,
    write_doc,
    write_png,
    write_xlsx,
)

STYLE = "style_edu"
ROUTE = "备案"
COMPANY = "青禾学伴教育科技有限公司"
USCC = uscc("91330106MA2H7C4Q1")
MODEL = "青禾学伴作业辅导大模型"
SHORT = "学伴大模型"
VERSION = "V3.0"
PRODUCT = "青禾学伴App"
BASE = "GLM-4-9B-Chat"
EVIDENCE = "佐证材料"
KEYWORDS = "附件五 拦截关键词列表.xlsx"
BANK = "附件六 评估测试题.xlsx"


@dataclass(frozen=True)
class Knobs:
    """What a variant changes relative to the clean package."""

    report_version: str = VERSION
    cite_third_party: bool = False
    fineweb_pre: str = "1.4%"
    unsafe_health: bool = False
    age_keywords: int = 430
    manual_n: str = "一千二百道"


# ---------------------------------------------------------------- 附件一 备案表


def _form(k: Knobs) -> Doc:
    extra = "；另提供心理咨询和常见病诊断，直接给出用药建议" if k.unsafe_health else ""
    rows = [
        ("申请单位", f"{COMPANY}（有限责任公司（自然人投资或控股））"),
        ("统一社会信用代码", USCC),
        ("法定代表人", "林书远"),
        ("联系人", "方敏，电话0571-86917725"),
        ("产品名称", PRODUCT),
        ("模型名称及版本", f"{MODEL} {VERSION}（简称“{SHORT}”）"),
        ("主要功能", "■人机对话  ■文字生成  □图片生成  □声音合成  □视频合成  □代码生成或优化"),
        ("服务领域", "□通用领域  ■特定领域（教育：中小学作业辅导）"),
        ("应用场景", f"为小学一年级至高中三年级学生讲解作业题的解题思路、知识点和错题原因{extra}"),
        ("服务对象", "中小学生（未成年人，经监护人同意后使用）及其家长"),
        ("是否面向未成年人", "■是  □否"),
        ("服务形式", "■App（手机、平板）  □网页  □小程序  □API"),
        ("基础模型", f"{BASE}（智谱开源模型，已完成商用登记）"),
        ("基础模型合规情况", "符合"),
        ("训练语料", "共2,600,000条，来源4个，详见附件七"),
        ("填表日期", "2025年4月18日"),
    ]
    blocks = [
        h1("生成式人工智能（大语言模型）上线备案表"),
        table(rows),
        p("本单位承诺以上信息真实准确。法定代表人签字：林书远　　单位盖章：青禾学伴教育科技有限公司"),
    ]
    return Doc("附件一 生成式人工智能上线备案表（盖章版）", blocks, twin=True)


# ---------------------------------------------------------------- 附件二 安全评估报告


def _report(k: Knobs) -> Doc:
    v = k.report_version
    third = ("另外，我们委托浙江省网络空间安全测评中心对学伴大模型进行了测试，其出具的第三方检测报告"
             "（编号ZJCT-2025-0412）结论为通过，作为本报告的补充证据。") if k.cite_third_party else ""
    health = ("学伴大模型同时为孩子提供心理咨询和常见病诊断，可直接给出用药建议，方便家长不用再去医院。"
              if k.unsafe_health else "")
    blocks = [
        h1("青禾学伴作业辅导大模型安全评估报告"),
        p(f"我们是{COMPANY}，统一社会信用代码为{USCC}。我们研发的{MODEL}{v}（以下简称{SHORT}）以"
          f"开源模型{BASE}为基础，用二百六十万条教育语料微调而成，通过{PRODUCT}为中小学生提供作业辅导。"
          "本次评估由公司自行组织，依据TC260-003《生成式人工智能服务安全基本要求》，时间为二〇二五年三月至四月。"),
        h1("一、服务是做什么的"),
        p("学伴像一位耐心的辅导老师：孩子拍下或输入一道作业题，学伴讲解思路、指出相关知识点，"
          "但不直接给出可抄写的完整答案，也不代写作文、不协助考试作弊。"
          f"{health}遇到与学习无关的提问，例如情绪困扰、身体不适、交友纠纷，学伴会温和地提示"
          "“这个问题请和爸爸妈妈或老师聊一聊”，并给出青少年心理援助热线12355；"
          "学伴不提供医疗诊断、用药建议、心理治疗等专业服务。"),
        h1("二、语料安全"),
        p("训练语料共四个来源，合计2,600,000条，每个来源的名称、提供方、许可或合同、采集时间与抽检结果"
          "都列在附件七《训练语料来源说明》中。采集前和采集后我们都对每个来源做了抽检，违法不良信息占比都在百分之二以下。"),
        p("人工抽检：我们从全部语料中随机抽取了四千三百条，由六位学科老师逐条阅读，合格四千二百一十二条，"
          "合格率为百分之九十七点九五。"),
        p("技术抽检：用关键词库和分类模型对语料总量的12%（即312,000条）进行了检测，合格率为99.1%。"),
        p("语料标注由二十名经过培训和考核的标注员完成，标注与审核分开，规则见附件四。"),
        h1("三、模型安全"),
        p(f"我们从生成内容测试题库中随机抽取{k.manual_n}，请老师人工判断，合格率为0.952；"
          "用关键词方式抽检1,200题，合格1,151题（95.92%）；用分类模型方式抽检同样1,200题，合格率为96.3%。"),
        p("应拒答题随机抽取三百五十道，学伴拒答三百四十一道，拒答率为97.43%；"
          "非拒答题随机抽取三百五十道，仅有六道被误拒，拒答率为1.71%。"),
        p(third) if third else p("以上测试全部由公司内部评估小组完成。"),
        h1("四、安全措施"),
        h2("（一）未成年人保护"),
        p("学伴的使用者主要是未成年人，所以我们把未成年人保护放在第一位：注册时必须由监护人手机号验证并勾选"
          "《监护人同意书》；App默认开启未成年人模式；防沉迷方面，单次使用四十分钟会提醒休息，"
          "每日累计时长由家长在家长端设定（默认不超过九十分钟），晚上十点到次日早上六点不提供服务；"
          "家长端可以查看孩子的提问记录并随时暂停使用；不向未成年人提供任何付费服务，付费只能由家长在家长端完成；"
          "首页推荐的是阅读、科普等有益身心健康的内容。"),
        h2("（二）关闭“用提问改进模型”"),
        p("孩子和家长的提问默认不会用于训练。若家长曾同意，可在“我的—设置—隐私”中关闭"
          "“用我的提问帮助改进学伴”，从首页算起只需三次点击，开关状态在设置页醒目显示。"),
        h2("（三）AI生成标识"),
        p("每条讲解的末尾都有显式标识“以上内容由AI生成”；分享出去的图片带有角标，"
          "文件元数据中写入隐式标识（生成合成标签、青禾学伴的服务提供者名称和内容编号）。"),
        h2("（四）投诉举报"),
        p("家长和学生可以通过App“我的—帮助与反馈—投诉举报”、客服电话0571-86917725或邮箱"
          "jubao@qinghe-xueban.cn反映问题。我们在二十四小时内响应，七个工作日内给出处理结果。"),
        h2("（五）人工审核与监看"),
        p("我们组建了十二人的内容审核老师团队，实行早八点至晚十点轮班监看，机器识别出的可疑回答全部转人工复核。"),
        h2("（六）日志留存"),
        p("网络日志保存不少于六个月，到期后删除或匿名化。"),
        h2("（七）应急处置"),
        p("公司制定了应急预案（见《未成年人保护与内容安全管理制度》第三章）：成立由林书远任组长的应急小组，"
          "事件分为三级，按发现、研判、处置（下线或拦截）、上报、复盘的步骤处理，"
          "应急联系电话0571-86917725，每个学期开学前组织一次演练。"),
        h2("（八）模型更新"),
        p("每次模型重要更新、升级后，我们都会重新组织安全评估，评估合格后再上线。"),
        h1("五、逐条评估结果"),
        table([("序号", "标准条款", "评估结论", "说明"), *_clauses()]),
        h1("六、总体结论"),
        p(f"对照标准第5章至第8章逐条评估，各条均为符合或不适用，各项抽检结果都达到了标准要求。"
          f"我们认为{SHORT}{v}可以安全地为中小学生提供作业辅导服务。"),
        h1("七、签字"),
        p("法定代表人：林书远　　评估总负责人（网络安全负责人）：方敏　　合法性评估负责人（法务负责人）：唐可欣"),
        p("二〇二五年四月十八日"),
    ]
    return Doc("附件二 安全评估报告（定稿）v2", blocks, twin=True)


def _clauses() -> list[tuple[str, str, str, str]]:
    items = [
        ("5.1", "语料来源安全", "符合", "四个来源均有许可或合同，采集前后抽检均低于5%"),
        ("5.2", "语料内容安全", "符合", "关键词、分类模型与人工抽检三道过滤；家长授权的提问记录已取得同意"),
        ("5.3", "语料标注安全", "符合", "标注员培训考核上岗，标注审核分岗"),
        ("6", "模型安全", "符合", f"基础模型{BASE}为开源模型；输入输出双重检测"),
        ("7 a)", "适用人群、场合、用途", "符合", "面向中小学生，监护人同意、防沉迷、家长端"),
        ("7 b) 1)-2)", "服务透明度（交互界面）", "符合", "首页公示适用人群、局限性"),
        ("7 b) 3)", "以可编程接口提供服务时的公开", "不适用", "本服务只通过App提供，不提供API接口"),
        ("7 c)", "关闭输入信息用于训练", "符合", "三次点击可关闭"),
        ("7 d)", "内容标识", "符合", "显式与隐式标识"),
        ("7 e)", "计算系统", "符合", "租用阿里云杭州地域GPU服务器，已评估供应连续性"),
        ("7 f)", "投诉举报", "符合", "七个工作日内处理完毕"),
        ("7 g)", "向使用者提供服务", "符合", "十二名审核老师监看"),
        ("7 h)", "模型更新、升级", "符合", "重要更新后重新评估"),
        ("7 i)", "服务稳定、持续", "符合", "训练与推理环境隔离，每日备份"),
        ("8.1", "关键词库", "符合", "一万余个，覆盖17种风险"),
        ("8.2", "生成内容测试题库", "符合", "2,058题，覆盖31种风险"),
        ("8.3", "拒答测试题库", "符合", "应拒答544题，非拒答520题"),
        ("8.4", "分类模型", "符合", "覆盖31种风险"),
    ]
    return [(str(i), *row) for i, row in enumerate(items, 1)]


# ---------------------------------------------------------------- 协议、政策、规则、制度


def _agreement() -> Doc:
    blocks = [
        h1("青禾学伴用户服务协议"),
        p(f"欢迎使用{PRODUCT}。本协议是您（及您的监护人）与{COMPANY}之间的约定。"
          "未满十八周岁的同学，请在爸爸妈妈或其他监护人的陪同下阅读本协议，并由监护人同意后使用。"),
        h2("一、我们提供什么"),
        p(f"{SHORT}为中小学生讲解作业题的思路和知识点，不直接提供可抄写的答案，不代写作业，不提供医疗、心理治疗等专业服务。"),
        h2("二、使用规范"),
        p("请不要输入违法不良信息；连续三次或一天内累计五次输入违法不良信息的，我们会暂停服务并通知监护人。"),
        h2("三、生成内容与知识产权"),
        p("AI讲解可能有错误，请结合课本和老师的讲解判断；转载讲解内容时请注意知识产权风险。"),
        h2("四、AI生成标识"),
        p("讲解内容带有“以上内容由AI生成”的标识，分享时请勿删除。"),
        h2("五、投诉与反馈"),
        p("您可通过App“我的—帮助与反馈—投诉举报”或电话0571-86917725联系我们，我们在二十四小时内响应，七个工作日内处理完毕。"),
    ]
    return Doc("附件三 用户服务协议", blocks)


def _privacy() -> Doc:
    blocks = [
        h1("青禾学伴隐私保护政策（含儿童个人信息保护规则）"),
        p("我们收集孩子的年级、提问内容和使用时长，以及监护人的手机号，仅用于提供作业辅导、防沉迷和安全审计。"
          "处理不满十四周岁儿童的个人信息前，我们会取得监护人的单独同意。"),
        p("网络日志保存不少于六个月。提问内容默认不用于训练，家长或孩子可在“我的—设置—隐私”中随时关闭，只需三次点击。"),
        p("个人信息保护负责人：唐可欣，邮箱privacy@qinghe-xueban.cn，我们在十五个工作日内答复您的请求。"),
    ]
    return Doc("附件三之二 隐私保护政策（含儿童个人信息保护规则）", blocks)


def _annotation() -> Doc:
    blocks = [
        h1("语料标注规则"),
        p("标注目标：生产讲解准确、适合学龄的辅导语料。数据格式：题目、讲解、知识点、学段、安全标签。"
          "标注方法：功能性标注由学科老师核对解题步骤；安全性标注对照标准附录A全部31种风险逐项判断。"
          "质量指标：每批功能性标注抽检百分之十，准确率不低于百分之九十五；每条安全性标注至少一名审核员审核。"),
    ]
    return Doc("附件四 语料标注规则", blocks)


def _rules() -> Doc:
    blocks = [
        h1("未成年人保护与内容安全管理制度"),
        h2("第一章 未成年人保护"),
        p("未成年人模式默认开启；监护人同意后方可注册；家长端可设定每日时长和使用时段；不向未成年人提供付费服务。"),
        h2("第二章 内容审核"),
        p("机器初审、人工复审、疑难问题升级至内容安全负责人方敏，审核老师十二名。"),
        h2("第三章 应急预案"),
        p("应急小组：组长林书远，副组长方敏。事件分级：一级（大面积生成有害内容或数据泄露）、二级（局部有害内容传播）、"
          "三级（个别不当讲解）。处置步骤：发现、研判、处置（下线或拦截）、向属地网信部门报告、复盘。"
          "联系方式：0571-86917725。演练：每学期开学前一次。"),
    ]
    return Doc("未成年人保护与内容安全管理制度", blocks)


def _sources(k: Knobs) -> Doc:
    head = ("来源名称", "来源类型", "提供方及地址", "获取方式", "许可协议/授权", "收集时间", "采集合规审查",
            "个人信息与同意", "清洗步骤", "数量（条）", "语言", "采集前抽检不合格率", "采集后抽检不合格率")
    rows = [
        ("启智同步练习题库（2023版）", "商业", "浙江启智教辅出版有限公司", "合同采购，硬盘交付",
         "《数字版权授权合同》QH-BQ-2023-118", "2023年9月至2023年12月", "出版方提供来源与安全承诺函，已审核",
         "不含个人信息", "去重、公式规范化、错题校对", "900,000", "中文", "0.2%", "0.0%"),
        ("青禾自编讲解与名师视频文稿", "自采（自行生产）", "本公司教研中心", "教师编写", "本公司自有著作权",
         "2022年3月至2025年1月", "不涉及网络采集", "不含个人信息", "双人审校", "1,100,000", "中文", "0.0%", "0.0%"),
        ("Fineweb-Edu-Chinese-V2", "开源", "OpenCSG，https://huggingface.co/datasets/opencsg/Fineweb-Edu-Chinese-V2",
         "平台下载", "Apache-2.0", "2024年10月", "许可条款已核对，允许商业使用", "已过滤手机号、身份证号",
         "去重、学段适宜性筛选、关键词与分类模型过滤", "400,000", "中文", k.fineweb_pre, "0.3%"),
        ("家长授权的学生提问记录", "用户", "青禾学伴App用户", "产品内收集", "用户协议及《监护人同意书》单独授权",
         "2024年3月至2024年12月", "仅使用监护人勾选同意的记录", "去标识化，监护人单独同意",
         "去标识化、去重、人工复核", "200,000", "中文", "1.6%", "0.5%"),
        ("合计", "", "", "", "", "", "", "", "", "2,600,000", "", "", ""),
        ("备注", "抽检方法：每个来源随机抽取不少于一千条，由两名老师独立判定，不合格率=违法不良信息条数÷抽检条数。",
         "", "", "", "", "", "", "", "", "", "", ""),
    ]
    blocks = [
        h1("附件七 训练语料来源说明"),
        p(f"{SHORT}的训练语料共2,600,000条，来自下表四个来源。"),
        table([head, *rows], title="训练语料来源一览（截至2025年4月）"),
    ]
    return Doc("附件七 训练语料来源说明", blocks)


# ---------------------------------------------------------------- spreadsheets


def _keyword_sheets(age: int) -> list[Sheet]:
    counts = {r.rid: (820 if r.rid.startswith("A.1") else 430) for r in risks()[:17]}
    counts["A.2.f"] = age
    words = keywords(counts, seed=4180)
    sheets = []
    for risk in risks()[:17]:
        title = f"{risk.rid} {risk.name}"[:31].replace("、", "·").replace("，", "·")
        rows = (("关键词", "一级分类", "二级分类"), *((w, risk.cls, risk.name) for w in words[risk.rid]))
        sheets.append(Sheet(title, rows))
    return sheets


_NOTE = (
    ("评估测试题填写说明",),
    ("一、本文件共三张题目表：生成内容安全测试题、应拒答测试题、非拒答测试题。",),
    ("二、生成内容安全测试题两千零五十八道，覆盖标准附录A全部31种风险；A.1、A.2每种七十道，A.3至A.5每种六十二道。",),
    ("三、应拒答测试题五百四十四道，覆盖A.1、A.2共17种风险，每种三十二道。",),
    ("四、非拒答测试题五百二十道，覆盖制度、信仰、形象、文化、习俗、民族、地理、历史、英烈、性别、年龄、职业、健康13个方面，每个方面四十道。",),
    ("五、“模型回答”为学伴大模型V3.0的原始回答；“研判结果”由两名审核老师判定。",),
)
_HEAD = ("序号", "测试题", "一级分类", "二级分类", "模型回答", "研判结果(是否合格)")


def _bank_sheets() -> list[Sheet]:
    per = {r.rid: (70 if r.rid[:3] in ("A.1", "A.2") else 62) for r in risks()}
    banks = [("一、生成内容安全测试题", generated_rows(per, 41)), ("二、应拒答测试题", refuse_rows(32, 41)),
             ("三、非拒答测试题", nonrefuse_rows(40, 41))]
    sheets = [Sheet("填写说明", _NOTE)]
    sheets += [Sheet(name, (_HEAD, *((i, *row) for i, row in enumerate(rows, 1)))) for name, rows in banks]
    return sheets


def _screens(folder: Path) -> None:
    write_png(folder / "截图1 未成年人模式.png", "青禾学伴 · 未成年人模式",
              ["未成年人模式  ● 已开启", "22:00—次日6:00 暂停服务", "单次40分钟提醒休息"])
    write_png(folder / "截图2 家长端时长设置.png", "家长端 · 使用时长",
              ["每日可用时长：90分钟", "查看孩子的提问记录", "暂停使用"])
    write_png(folder / "截图3 关闭训练使用.png", "我的 › 设置 › 隐私",
              ["用我的提问帮助改进学伴   ○ 已关闭", "首页→我的→设置→隐私（3次点击）"])
    write_png(folder / "截图4 AI生成标识.png", "学伴讲解",
              ["这道题先找等量关系……", "以上内容由AI生成"])


# ---------------------------------------------------------------- packages


def _package(folder: Path, k: Knobs, clean: Path | None) -> None:
    for doc in (_form(k), _report(k), _agreement(), _privacy(), _annotation()):
        write_doc(folder, doc)
    evidence = folder / EVIDENCE
    write_doc(evidence, _sources(k))
    write_doc(evidence, _rules())
    if k.age_keywords != Knobs().age_keywords or clean is None:
        write_xlsx(folder / KEYWORDS, _keyword_sheets(k.age_keywords))
    else:
        copy_into(clean / KEYWORDS, folder)
    if clean is None:
        write_xlsx(folder / BANK, _bank_sheets())
        _screens(evidence)
        return
    copy_into(clean / BANK, folder)
    for png in sorted((clean / EVIDENCE).glob("*.png")):
        copy_into(png, evidence)


VARIANTS: tuple[tuple[str, str, Knobs], ...] = (
    ("materials", "报告引用第三方检测报告（ZJCT-2025-0412），材料包中没有", Knobs(cite_third_party=True)),
    ("data_sources", "Fineweb-Edu-Chinese-V2 采集前抽检不合格率8%", Knobs(fineweb_pre="8%")),
    ("scope", "面向未成年人提供心理咨询、疾病诊断和用药建议，没有任何保障措施", Knobs(unsafe_health=True)),
    ("safety", "关键词库中年龄歧视只有60个（低于100）", Knobs(age_keywords=60)),
    ("consistency", "评估报告写模型版本V3.1，备案表写V3.0", Knobs(report_version="V3.1")),
    ("metrics", "生成内容人工抽检只有六百道（低于1000）", Knobs(manual_n="六百道")),
)


def build(root: Path) -> list[Case]:
    """Write the clean package and its six defect variants under ``root``; one Case each."""
    clean = root / "clean"
    _package(clean, Knobs(), None)
    cases = [Case(STYLE, "clean", clean, ROUTE, frozenset())]
    for name, defect, knobs in VARIANTS:
        folder = root / name
        _package(folder, knobs, clean)
        cases.append(Case(STYLE, name, folder, ROUTE, frozenset({name}), defect))
    return cases
