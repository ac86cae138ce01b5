"""Templates of the four 算法备案 documents (生成合成类 service provider), with 【请填写】 placeholders.

The contents follow what the filing system at beian.cac.gov.cn asks for (requirements.md §5):
the commitment, the provider's algorithm-security responsibilities, the self-assessment report
with its header and sections, and the text to be made public.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

P = "【请填写】"
Blocks = list[tuple[str, object]]

SUBJECT_FIELDS = ("主体名称", "统一社会信用代码", "法定代表人", "算法安全责任人及联系方式")
REPORT_HEADER = ("主体名称", "算法名称", "统一社会信用代码", "算法类型", "应用领域", "使用场景", "上线状态", "评估日期", "报告日期")
COMMITMENTS = (
    "所填报的备案信息与上传的材料真实、准确、完整，不存在虚假、隐瞒或误导性内容。",
    "落实算法安全主体责任，建立健全算法安全管理制度与技术保障措施。",
    "不利用算法生成合成或传播法律、行政法规禁止的信息，对生成合成内容进行显著标识。",
    "算法备案信息发生变更的，在变更之日起 10 个工作日内办理变更手续；终止服务的，在 20 个工作日内办理注销手续。",
    "不以算法备案为名义进行商业宣传或夸大宣传。",
)
RESPONSIBILITIES = (
    ("算法安全责任人与管理机构", "算法安全责任人的姓名、职务与职责；算法安全管理机构与专职人员配备情况"),
    ("算法安全自评估制度", "开展自评估的时机、方法、内容与记录，以及模型或算法更新后的重新评估"),
    ("安全监测与日志留存", "对算法运行与生成合成内容的日常监测手段、监测频次与日志留存期限"),
    ("安全事件应急处置", "应急组织、事件分级、处置流程、联系人与联系方式、演练安排"),
    ("违法和不良信息处置", "识别、拦截、处置违法和不良信息的机制，对违规用户的处置措施"),
    ("用户权益保护与投诉举报", "投诉举报渠道、处理规则与处理时限，用户选择与关闭算法服务的方式"),
    ("数据安全与个人信息保护", "训练数据与用户数据的管理、个人信息保护措施"),
    ("生成合成内容标识", "显式标识与隐式标识的添加方式"),
)
ASSESSMENT_SECTIONS = (
    ("一、算法概述", ("适用范围", "服务对象", "用户规模", "社会影响", "软硬件设施及部署位置")),
    ("二、算法风险描述与防范措施", ("主要安全风险", "风险防范措施", "风险处置机制")),
    ("三、算法详情", ("算法流程", "算法数据（训练数据与输入数据）", "算法模型", "干预策略", "结果标识")),
    ("四、服务详情", ("服务简介", "算法在服务中的使用情况")),
    ("五、评估结论", ("自评估结论",)),
)
DISCLOSURE = ("算法基本原理", "算法运行机制", "算法应用场景", "算法目的意图")


def _table(fields: tuple[str, ...], presets: dict[str, str] | None = None) -> list[list[str]]:
    presets = presets or {}
    return [["项目", "内容"]] + [[f, presets.get(f, P)] for f in fields]


def _commitment() -> tuple[str, Blocks]:
    fields = (*SUBJECT_FIELDS[:2], "算法名称", SUBJECT_FIELDS[2])
    blocks: Blocks = [("table", _table(fields)), ("p", "本单位就上述算法的备案郑重承诺：")]
    blocks += [("p", f"{i}. {text}") for i, text in enumerate(COMMITMENTS, 1)]
    blocks += [("p", "如有违反，愿意承担相应的法律责任。"), ("p", f"法定代表人（签字）：{P}"), ("p", f"单位（盖章）：{P}"),
               ("p", f"日期：{P}")]
    return "算法备案承诺书", blocks


def _responsibility() -> tuple[str, Blocks]:
    blocks: Blocks = [("h", "一、主体基本情况"), ("table", _table(SUBJECT_FIELDS))]
    for i, (name, what) in enumerate(RESPONSIBILITIES, 2):
        blocks += [("h", f"{_cn(i)}、{name}"), ("p", f"（写明{what}。）"), ("p", f"{name}：{P}")]
    blocks += [("p", f"单位（盖章）：{P}"), ("p", f"日期：{P}")]
    return "落实算法安全主体责任基本情况", blocks


def _self_assessment() -> tuple[str, Blocks]:
    blocks: Blocks = [("table", _table(REPORT_HEADER, {"算法类型": "生成合成类（深度合成）"}))]
    for heading, items in ASSESSMENT_SECTIONS:
        blocks.append(("h", heading))
        blocks += [("p", f"{item}：{P}") for item in items]
    return "算法安全自评估报告", blocks


def _disclosure() -> tuple[str, Blocks]:
    blocks: Blocks = [("p", "以下内容将在备案系统中向社会公示，请使用通俗易懂的语言，不写入商业秘密与个人信息。")]
    for i, name in enumerate(DISCLOSURE, 1):
        blocks += [("h", f"{_cn(i)}、{name}"), ("p", f"{name}：{P}")]
    return "拟公示内容", blocks


def _cn(n: int) -> str:
    return "一二三四五六七八九十"[n - 1]


def algorithm_files() -> Iterator[tuple[str, str, Any]]:
    """(relative path, kind, payload) for the four 算法备案 documents."""
    yield "1 算法备案承诺书.docx", "docx", _commitment()
    yield "2 落实算法安全主体责任基本情况.docx", "docx", _responsibility()
    yield "3 算法安全自评估报告.docx", "docx", _self_assessment()
    yield "4 拟公示内容.docx", "docx", _disclosure()


__all__ = ["algorithm_files"]
