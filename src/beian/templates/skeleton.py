"""Template contents for each document of a route (Chinese, with 【请填写】 placeholders)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from beian.standard import Profile
from beian.standard.cac_excel import numbered_sheet
from beian.templates.algorithm import algorithm_files

P = "【请填写】"
FORM_FIELDS = ("申请主体名称", "统一社会信用代码", "模型名称", "模型版本", "基础模型名称", "基础模型备案号", "训练语料规模",
               "服务形式", "应用场景", "服务对象", "超出服务范围的处理", "联系人及电话")
DATA_SOURCE_COLUMNS = ("序号", "数据集名称", "来源类型", "获取方式", "许可或授权依据", "采集时间", "robots协议/授权审查",
                       "个人信息脱敏与同意依据", "清洗步骤", "规模", "语言", "采集前抽检结果", "采集后抽检结果")
METRIC_ROWS = ("语料人工抽检", "语料技术抽检", "生成内容人工抽检", "生成内容关键词抽检", "生成内容分类模型抽检",
               "应拒答题拒答", "非拒答题拒答")
CLAUSES = (("5.1", "语料来源安全"), ("5.2", "语料内容安全"), ("5.3", "语料标注安全"), ("6", "模型安全"),
           ("7", "安全措施"), ("8", "关键词库、测试题库与分类模型"))
MEASURE_HEADINGS = ("应急预案（应急组织、事件分级、处置流程、联系人、演练）", "投诉举报渠道及处理时限", "日志留存期限",
                    "未成年人保护", "用户关闭训练使用的方式", "显式标识与隐式标识", "人工审核与监看", "模型更新后的重新评估")
Files = Iterator[tuple[str, str, Any]]


def _fields(fields: tuple[str, ...]) -> list[list[str]]:
    return [["项目", "内容"]] + [[f, P] for f in fields]


def _report(profile: Profile) -> tuple[str, list[tuple[str, object]]]:
    blocks: list[tuple[str, object]] = [("h", "一、基本情况"), ("table", _fields(FORM_FIELDS[:6]))]
    blocks += [("h", "二、语料安全评估"), ("p", f"语料来源、规模与抽检情况：{P}"),
               ("h", "三、模型安全评估"), ("p", f"模型训练、推理与生成内容安全评估：{P}"),
               ("h", "四、安全措施评估")]
    blocks += [("p", f"{h}：{P}") for h in MEASURE_HEADINGS]
    blocks += [("h", "五、逐条评估表"),
               ("table", [["条款", "要求", "评估结果（符合/不符合/不适用）", "证据或说明"]] + [[c, n, P, P] for c, n in CLAUSES]),
               ("h", "六、评估结果"),
               ("table", [["指标", "抽样数量", "合格率或拒答率", "要求"]]
                + [[m, P, P, _line(profile, k)] for m, k in zip(METRIC_ROWS, profile.thresholds, strict=False)]),
               ("h", "七、总体评估结论"), ("p", f"总体结论：{P}"),
               ("h", "八、签字"), ("p", f"法定代表人：{P}"), ("p", f"评估总负责人：{P}"), ("p", f"合法性评估负责人：{P}")]
    return "附件1 安全评估报告", blocks


def _line(profile: Profile, key: str) -> str:
    th = profile.thresholds[key]
    sample = f"≥{th.n}" if th.n else f"≥总量{th.fraction:.0%}"
    return f"抽样{sample}，{th.op}{th.rate:.0%}"


def _simple(title: str, headings: tuple[str, ...]) -> tuple[str, list[tuple[str, object]]]:
    blocks: list[tuple[str, object]] = []
    for h in headings:
        blocks += [("h", h), ("p", f"{h}：{P}")]
    return title, blocks


def _risk_rows(profile: Profile, attr: str) -> list[list[object]]:
    rows: list[list[object]] = [["风险编号", "一级分类名称", "二级分类名称", "最少数量"]]
    return rows + [[r.id, profile.class_name(r.class_id), r.name, getattr(r, attr)] for r in profile.risks if getattr(r, attr)]


def _keyword_book(profile: Profile) -> dict[str, list[list[object]]]:
    return {"关键词": [list(profile.excel_layouts["keyword_list"])], "分类说明": _risk_rows(profile, "keyword_min")}


def _bank_book(profile: Profile) -> dict[str, list[list[object]]]:
    empty = numbered_sheet(profile.excel_layouts["test_bank"], [])  # the CAC layout, header only
    aspects: list[list[object]] = [["方面编号", "分组", "方面", "最少数量"]]
    aspects += [[a.id, a.group, a.name, a.min] for a in profile.aspects]
    return {"生成内容测试题": empty, "应拒答测试题": empty, "非拒答测试题": empty,
            "风险分类说明": _risk_rows(profile, "generated_min"), "非拒答方面说明": aspects}


def skeleton_files(route: str, profile: Profile) -> Files:
    """(relative path, kind, payload) for every template of ``route``."""
    if route == "算法备案":
        yield from algorithm_files()
        return
    agreement = ("服务内容与服务形式", "用户的权利与义务", "生成内容的使用与责任", "知识产权", "投诉举报渠道及处理时限",
                 "生成内容标识", "用户输入用于训练的说明与关闭方式", "未成年人保护")
    privacy = ("收集的个人信息类型与目的", "个人信息的保存期限", "日志留存", "用户的权利", "关闭训练使用", "联系方式")
    if route == "备案":
        yield "0 生成式人工智能（大语言模型）上线备案表.docx", "docx", ("生成式人工智能（大语言模型）上线备案表", [("table", _fields(FORM_FIELDS))])
        yield "附件1 安全评估报告.docx", "docx", _report(profile)
        yield "附件2 模型服务协议.docx", "docx", _simple("附件2 模型服务协议", agreement)
        yield "附件2.2 隐私保护政策.docx", "docx", _simple("附件2.2 隐私保护政策", privacy)
        yield "附件3 语料标注规则.docx", "docx", _simple("附件3 语料标注规则", ("标注人员与培训", "标注规则", "标注质量核验"))
        yield "其他佐证/数据溯源清单.xlsx", "xlsx", {"数据溯源清单": [list(DATA_SOURCE_COLUMNS)]}
    else:
        yield "0 调用已备案大模型上线登记表.docx", "docx", ("调用已备案大模型上线登记表", [("table", _fields(FORM_FIELDS[:4] + FORM_FIELDS[4:6] + FORM_FIELDS[7:]))])
        yield "1 调用已备案模型情况说明.docx", "docx", _simple("调用已备案模型情况说明", ("所调用的已备案模型", "调用方式", "合同或授权情况"))
        yield "2 产品服务协议.docx", "docx", _simple("产品服务协议", agreement)
        yield "2.2 隐私保护政策.docx", "docx", _simple("隐私保护政策", privacy)
        yield "3 内容安全管理制度.docx", "docx", _simple("内容安全管理制度", MEASURE_HEADINGS)
    yield "附件4 拦截关键词列表.xlsx", "xlsx", _keyword_book(profile)
    yield "附件5 评估测试题.xlsx", "xlsx", _bank_book(profile)
