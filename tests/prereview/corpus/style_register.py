"""Style "register" (登记): a travel-assistant App that calls an already-filed model through an API.

A third template's file names (``1.登记表-途灵科技``, ``2.调用已备案模型情况说明`` …), the called model's
name, provider and 备案号 stated, the API contract attached as a scanned (image-only) PDF, a
内容安全管理制度 with the machine → human → escalation review flow, spreadsheets with a merged title
row above the header, and the self-test figures as a table with the metrics as columns.
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
    image_pdf,
    keyword_rows,
    load_profile,
    nonrefuse_items,
    refuse_items,
    risks,
    screenshot,
    uscc,
    write_doc,
    write_xlsx,
)

STYLE = "style_register"
FACTS = Facts(
    company="深圳途灵智行科技有限公司",
    company_type="有限责任公司",
    uscc=uscc("91440300MA5GQ2TN6"),
    legal_rep="梁景川",
    product="途灵旅行助手",
    model="途灵行程规划助手",
    short="途灵",
    version="V3.0",
    base_model="文心大模型ERNIE 4.0",
    corpus_items=0,
    extra={"provider": "北京百度网讯科技有限公司", "filing_no": "Beijing-WenXinYiYan-20230831",
           "contract": "BCE-QF-2024-SZ-03317"},
)

VARIANTS = [
    Variant("clean", frozenset()),
    Variant("materials", frozenset({"materials"}), "隐私政策 Word 文件已损坏（无法打开），且没有 PDF 件",
            frozenset({"corrupt_privacy"})),
    Variant("scope", frozenset({"scope"}), "登记表与协议把服务写成“可回答任何领域的任何问题”的全场景通用助手",
            frozenset({"broad_scope"})),
    Variant("safety", frozenset({"safety"}), "网络日志只保存三个月", frozenset({"logs_3m"})),
    Variant("consistency", frozenset({"consistency"}), "服务协议中的公司名称与登记表不同",
            frozenset({"name_mismatch"})),
    Variant("metrics", frozenset({"metrics"}), "非拒答题拒答率 8.5%（高于 5%）", frozenset({"nonrefuse85"})),
]


def build(root: Path) -> list[Case]:
    """Write the clean package and one variant per applicable defect family under ``root``.

    A 登记 package has no corpus and no data-source list, so there is no ``data_sources`` variant.
    """
    return build_packages(root, STYLE, "登记", VARIANTS, _write, _make_cache)


def _second(risk: dict) -> str:
    """A close wording of the risk name, as operators write it (民族歧视 for 民族歧视内容)."""
    return risk["name"].removesuffix("内容") if risk["id"].startswith("A.2") else risk["name"]


def _make_cache(cache: Path) -> None:
    counts = {r["id"]: (650 if r["id"].startswith("A.1") else 560) for r in risks(("A.1", "A.2"))}
    names = {r["name"]: _second(r) for r in load_profile()["risks"]}
    rows = [[kw, first, names[second]] for kw, first, second in keyword_rows(counts)]
    title = [["途灵旅行助手拦截关键词库（2025年3月版）", "", ""]]
    write_xlsx(cache / "kw.xlsx", [("关键词库", [*title, ["关键词", "一级分类", "二级分类"], *rows], {"merge": ["A1:C1"]})])
    header = ["序号", "测试题", "一级分类", "二级分类", "模型回答", "研判结果"]
    banks = [
        ("生成内容测试题", bank_rows("生成内容", generated_items(88, 38), 31, False)),
        ("应拒答测试题", bank_rows("应拒答", refuse_items(31), 32, True)),
        ("非拒答测试题", bank_rows("非拒答", nonrefuse_items(40), 33, False)),
    ]
    sheets = []
    for name, body in banks:
        body = [[*row[:3], names.get(row[3], row[3]), *row[4:]] for row in body]
        sheets.append((name, [[f"途灵旅行助手评估测试题——{name}", "", "", "", "", ""], header, *body],
                       {"merge": ["A1:F1"]}))
    write_xlsx(cache / "bank.xlsx", sheets)


def _write(folder: Path, variant: Variant, cache: Path) -> None:
    t = variant.tweaks
    f = FACTS
    write_doc(folder, "1.登记表-途灵科技", _form(f, t))
    write_doc(folder, "2.调用已备案模型情况说明", _statement(f))
    agreement = f.but(company="深圳途灵智能科技有限公司") if "name_mismatch" in t else f
    write_doc(folder, "3.产品服务协议", _agreement(agreement, t))
    if "corrupt_privacy" in t:
        (folder / "4.隐私政策.docx").write_bytes(b"PK\x03\x04\x14\x00\x00\x00" + b"\x00" * 40)
    else:
        write_doc(folder, "4.隐私政策", _privacy(f, t))
    write_doc(folder, "5.内容安全管理制度（2025年3月修订版）", _rules(f, t))
    copy(cache, "kw.xlsx", folder / "6.拦截关键词库.xlsx")
    copy(cache, "bank.xlsx", folder / "7.评估测试题集.xlsx")
    evidence = folder / "8.其他佐证"
    image_pdf(evidence / "百度智能云千帆平台服务合同（扫描件）.pdf", [
        "百度智能云千帆大模型平台服务合同", f"合同编号：{f.extra['contract']}",
        f"甲方：{f.company}", f"乙方：{f.extra['provider']}",
        f"服务内容：通过API调用{f.base_model}推理服务（不含模型微调）", "合同期限：2024年9月1日至2026年8月31日",
        "甲方（盖章）            乙方（盖章）"])
    screenshot(evidence / "截图-AI生成标识与投诉入口.png", "途灵旅行助手",
               ["行程建议：第一天上午游览西湖……", "— 内容由AI生成 —", "我的 > 客服与反馈 > 投诉举报"])
    screenshot(evidence / "截图-关闭训练使用.png", "设置 > 个人信息与隐私", ["我的对话用于优化服务  [关闭]"])


def _service(t: frozenset[str]) -> str:
    if "broad_scope" in t:
        return "途灵旅行助手是通用智能助手，全场景覆盖，可回答任何领域的任何问题，满足用户的一切需求。"
    return ("途灵旅行助手为境内自由行游客提供行程规划、景点与交通信息查询、酒店与餐饮推荐解释；"
            "不提供签证办理代理、医疗建议、投资理财等服务，除旅行相关问题外不作回答，超出范围的提问引导至人工客服。")


def _logs(t: frozenset[str]) -> str:
    return "网络日志保存三个月" if "logs_3m" in t else "网络日志保存不少于六个月"


def _metrics(t: frozenset[str]) -> list[list[str]]:
    non = ["34", "0.085"] if "nonrefuse85" in t else ["6", "0.015"]
    return [
        ["项目", "生成内容测试", "应拒答测试", "非拒答测试"],
        ["抽样数量（条）", "1,600", "400", "400"],
        ["合格/拒答数量（条）", "1,542", "389", non[0]],
        ["合格率/拒答率", "0.964", "0.973", non[1]],
        ["要求", "合格率≥90%", "拒答率≥95%", "拒答率≤5%"],
    ]


def _form(f: Facts, t: frozenset[str]) -> list:
    return [
        ("h", 0, "生成式人工智能服务上线登记表"),
        ("table", [
            ["申请单位", f.company, "统一社会信用代码", f.uscc],
            ["单位类型", f.company_type, "法定代表人", f.legal_rep],
            ["产品名称", f.product, "产品简称", f.short],
            ["功能名称", f.model, "版本", f.version],
            ["调用的已备案模型", f.base_model, "模型备案号", f.extra["filing_no"]],
            ["模型提供方", f.extra["provider"], "调用方式", "API调用，无微调"],
            ["服务形式", "√App  √小程序  □网页  □API", "是否面向未成年人", "否"],
        ]),
        ("h", 1, "一、服务内容"),
        ("p", _service(t)),
        ("h", 1, "二、安全措施"),
        ("p", f"输入输出经关键词与分类模型双重过滤，疑似违规内容转人工审核；{_logs(t)}；"
              "投诉举报受理后二十四小时内响应、七个工作日内办结。"),
        ("h", 1, "三、自测情况"),
        ("table", _metrics(t)),
        ("p", f"法定代表人签字：{f.legal_rep}　　安全负责人签字：邵颖　　（公章）　2025年3月25日"),
    ]


def _statement(f: Facts) -> list:
    e = f.extra
    return [
        ("h", 0, "调用已备案模型情况说明"),
        ("p", f"{f.company}（统一社会信用代码：{f.uscc}）开发的{f.product}{f.version}，"
              f"通过API调用{e['provider']}的{f.base_model}（生成式人工智能服务备案号：{e['filing_no']}）提供行程规划对话服务。"),
        ("table", [["被调用模型", f.base_model], ["模型提供方", e["provider"]], ["备案号", e["filing_no"]],
                   ["调用方式", "百度智能云千帆平台API，推理调用，不进行微调或再训练"],
                   ["合同/授权", f"《百度智能云千帆大模型平台服务合同》（编号{e['contract']}），扫描件见8.其他佐证"]]),
        ("p", "本单位未对被调用模型进行微调、再训练或参数修改，仅通过系统提示词与检索增强限定旅行场景。"),
    ]


def _agreement(f: Facts, t: frozenset[str]) -> list:
    return [
        ("h", 0, f"{f.product}产品服务协议"),
        ("p", f"{f.product}由{f.company}运营。{_service(t)}"),
        ("p", f"本产品的对话能力由{f.base_model}（备案号：{f.extra['filing_no']}）提供。"),
        ("p", "用户不得利用本产品生成、传播违法和不良信息；违反者将被警示、限制或终止服务。生成内容显式标注“内容由AI生成”，"
              "并在导出文件元数据中添加隐式标识。"),
        ("p", "投诉举报：App“我的—客服与反馈—投诉举报”或电话 400-930-2218，二十四小时内响应、七个工作日内办结。"),
    ]


def _privacy(f: Facts, t: frozenset[str]) -> list:
    return [
        ("h", 0, f"{f.product}隐私政策"),
        ("p", "我们收集手机号码（注册）、位置（经您授权，用于推荐附近景点）与对话内容（生成回复与安全审核）。"),
        ("p", f"{_logs(t)}。您可在“我的—设置—个人信息与隐私”中点击三次关闭“我的对话用于优化服务”。"),
        ("p", f"本产品不面向未满十八周岁的未成年人。个人信息保护联系人邮箱：privacy@tuling-travel.cn。{f.company}"),
    ]


def _rules(f: Facts, t: frozenset[str]) -> list:
    return [
        ("h", 0, f"{f.company}内容安全管理制度"),
        ("h", 1, "一、总则"),
        ("p", f"本制度适用于{f.product}（简称“{f.short}”）的内容安全管理，对照TC260-003附录A的31类安全风险设置拦截标准。"),
        ("h", 1, "二、审核流程"),
        ("p", "（一）机器审核：用户输入与模型输出均经关键词库与分类模型检测，命中即拦截并代答。"),
        ("p", "（二）人工审核：疑似违规内容进入人工审核队列，审核员六名实行三班倒7×24小时值守，三十分钟内给出结论。"),
        ("p", "（三）升级处置：重大或无法判定的内容升级至内容安全负责人邵颖，必要时暂停相关功能并向属地网信部门报告。"),
        ("p", "用户连续三次或一日内五次输入违法信息的，暂停其使用。"),
        ("h", 1, "三、监测与日志"),
        ("p", f"{_logs(t)}；关键词库每周更新，测试题库每月更新。"),
        ("h", 1, "四、投诉举报"),
        ("p", "设App内投诉举报入口与电话 400-930-2218，二十四小时内响应，七个工作日内办结并反馈。"),
        ("h", 1, "五、用户权益"),
        ("p", "本产品不面向未满十八周岁的未成年人，注册时核验年龄；用户可在“我的—设置—个人信息与隐私”中点击三次关闭"
              "“我的对话用于优化服务”；生成内容显式与隐式标识。"),
        ("h", 1, "六、应急处置"),
        ("p", "成立应急处置小组（组长：梁景川）；事件分为一般、较大、重大三级；处置步骤为发现、研判、拦截或下线、"
              "报告、复盘；应急联系人邵颖 135-1088-2218；每半年组织一次演练。被调用模型版本更新后，重新运行评估测试题。"),
        ("h", 1, "七、培训"),
        ("p", "审核员上岗前培训并考核，每季度复训一次。"),
    ]

