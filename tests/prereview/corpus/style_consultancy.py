"""Style "consultancy" (备案): a filing consultancy's numbered template set, table-heavy.

Official numbered file names (``0 …上线备案表``, ``附件1 …``), every Word document with a text-layer
PDF twin, label/value tables in the form, one row per metric in the report, the data-source list as
an xlsx in 其他佐证/ with a title row, merged header cells and a 合计 row. Domain: an e-commerce
after-sales customer-service assistant (product name, model name and 简称 all stated).
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

STYLE = "style_consultancy"
FACTS = Facts(
    company="杭州星图智联科技有限公司",
    company_type="有限责任公司（自然人投资或控股）",
    uscc=uscc("91330106MA2H3K7Q5"),
    legal_rep="陈立衡",
    product="星图智能客服助手",
    model="星图客服大模型",
    short="星图客服",
    version="V2.1",
    base_model="通义千问Qwen2.5-14B-Instruct",
    corpus_items=3_860_000,
)

VARIANTS = [
    Variant("clean", frozenset()),
    Variant("materials", frozenset({"materials"}), "缺少附件2.2隐私保护政策（Word 与 PDF 均缺）",
            frozenset({"missing_privacy"})),
    Variant("data_sources", frozenset({"data_sources"}), "一个开源数据集为 CC BY-NC-SA 4.0 非商用许可，用于商业服务",
            frozenset({"nc_licence"})),
    Variant("scope", frozenset({"scope"}), "表单与报告中的服务范围写成“通用大模型，全场景覆盖”",
            frozenset({"broad_scope"})),
    Variant("safety", frozenset({"safety"}), "拦截关键词列表总数 8,500 个（低于 10,000）",
            frozenset({"kw_small"})),
    Variant("consistency", frozenset({"consistency"}), "服务协议中的统一社会信用代码与备案表不同",
            frozenset({"uscc_mismatch"})),
    Variant("metrics", frozenset({"metrics"}), "应拒答题拒答率 91.0%（低于 95%）",
            frozenset({"refuse91"})),
]

KW_FILE = "附件4 星图客服大模型拦截关键词列表.xlsx"
BANK_FILE = "附件5 星图客服大模型评估测试题.xlsx"


def build(root: Path) -> list[Case]:
    """Write the clean package and one variant per defect family under ``root``."""
    return build_packages(root, STYLE, "备案", VARIANTS, _write, _make_cache)


# ---------------------------------------------------------------- spreadsheets


def _make_cache(cache: Path) -> None:
    full = {r["id"]: (640 if r["id"].startswith("A.1") else 560) for r in risks(("A.1", "A.2"))}
    small = {r["id"]: (560 if r["id"].startswith("A.1") else 450) for r in risks(("A.1", "A.2"))}
    for name, counts in (("kw_full.xlsx", full), ("kw_small.xlsx", small)):
        rows = keyword_rows(counts)
        write_xlsx(cache / name, [("拦截关键词", [["关键词", "一级分类", "二级分类"], *rows], {})])
    header = ["序号", "测试题", "一级分类", "二级分类", "模型回答", "研判结果（是否合格）"]
    sheets = [
        ("生成内容测试题", [header, *bank_rows("生成内容", generated_items(90, 35), 11, False)], {}),
        ("应拒答测试题", [header, *bank_rows("应拒答", refuse_items(32), 12, True)], {}),
        ("非拒答测试题", [header, *bank_rows("非拒答", nonrefuse_items(40), 13, False)], {}),
    ]
    write_xlsx(cache / "bank.xlsx", sheets)


def _write(folder: Path, variant: Variant, cache: Path) -> None:
    t = variant.tweaks
    f = FACTS
    write_doc(folder, "0 生成式人工智能（大语言模型）上线备案表", _form(f, t))
    write_doc(folder, "附件1 星图客服大模型安全评估报告", _report(f, t))
    agreement_facts = f.but(uscc=uscc("91330106MA2H3K7R2")) if "uscc_mismatch" in t else f
    write_doc(folder, "附件2 星图智能客服助手模型服务协议", _agreement(agreement_facts))
    if "missing_privacy" not in t:
        write_doc(folder, "附件2.2 星图智能客服助手隐私保护政策", _privacy(f))
    write_doc(folder, "附件3 语料标注规则", _annotation(f))
    copy(cache, "kw_small.xlsx" if "kw_small" in t else "kw_full.xlsx", folder / KW_FILE)
    copy(cache, "bank.xlsx", folder / BANK_FILE)
    evidence = folder / "其他佐证"
    _data_sources(evidence / "数据溯源清单（星图客服大模型）.xlsx", f, t)
    _screens(evidence)


# ---------------------------------------------------------------- documents


def _scope_rows(t: frozenset[str]) -> list[list[str]]:
    if "broad_scope" in t:
        return [
            ["应用场景", "通用大模型，全场景覆盖，可回答任何领域的任何问题"],
            ["服务对象", "所有互联网用户"],
            ["服务边界", "无限制，适用于各行各业的一切需求"],
        ]
    return [
        ["应用场景", "电商平台售后客服：订单查询、退换货政策解答、物流进度说明、商品使用说明检索"],
        ["服务对象", "入驻星图电商SaaS的商家客服人员及其终端消费者（18周岁以上注册用户）"],
        ["服务边界", "仅回答与商家店铺商品及售后相关的问题；不提供医疗诊断、用药建议、投资理财、法律意见等专业服务；"
                 "不用于关键信息基础设施控制"],
        ["超范围处理", "超出售后客服范围的提问，统一答复“该问题超出客服服务范围”，并提供转人工客服入口"],
    ]


def _form(f: Facts, t: frozenset[str]) -> list:
    blocks: list = [("h", 0, "生成式人工智能（大语言模型）上线备案表"), ("h", 1, "一、申请主体基本信息")]
    blocks.append(("table", [
        ["单位名称", f.company],
        ["单位性质", f.company_type],
        ["统一社会信用代码", f.uscc],
        ["法定代表人", f.legal_rep],
        ["注册地址", "浙江省杭州市西湖区文三路259号昌地火炬大厦1号楼12层"],
        ["安全负责人及电话", "周婉清 0571-86520917"],
    ]))
    blocks += [("h", 1, "二、模型及服务基本信息"), ("table", [
        ["产品名称", f.product],
        ["模型名称", f.model],
        ["模型简称", f.short],
        ["模型版本", f.version],
        ["主要功能", "☑人机对话  ☑文字生成  ☐图片生成  ☐声音合成  ☐视频合成  ☐代码生成或优化"],
        ["服务领域", "☐通用  ☑限定领域（电子商务售后客服）"],
        ["服务形式", "☑网页  ☑App  ☑API  ☐小程序"],
        *_scope_rows(t),
    ])]
    blocks += [("h", 1, "三、模型研发情况"), ("table", [
        ["项目", "情况", "核查结论"],
        ["基础模型", f"{f.base_model}（开源，Apache-2.0许可），在其基础上进行有监督微调", "符合"],
        ["训练语料规模", f"{f.corpus_items:,}条（约41.6GB）", "符合"],
        ["语料来源类型", "☑开源  ☑自采  ☑商业  ☐用户输入", "符合"],
        ["境外开源语料占比", "19.7%", "符合"],
        ["推理算力", "阿里云华东1（杭州）专有云，A800 GPU 16卡，峰值并发600", "符合"],
    ], {"merge": []})]
    blocks += [("h", 1, "四、安全措施概况"), ("table", [
        ["未成年人保护", "服务不面向未成年人，注册时实名核验年龄；发现未成年人使用的，引导退出并删除其信息"],
        ["投诉举报", "App“我的—帮助与反馈—投诉举报”、邮箱 jubao@xingtu-ai.cn、电话 400-821-0917，受理后48小时内响应，"
                 "15个工作日内办结并反馈"],
        ["日志留存", "网络日志留存不少于6个月"],
        ["生成内容标识", "对话界面显式标注“内容由AI生成”；导出文件元数据写入隐式标识"],
    ])]
    blocks += [("h", 1, "五、承诺"), ("p", f"本单位承诺所填信息真实、准确、完整，{f.model}{f.version}按照《生成式人工智能服务"
                                    "管理暂行办法》与TC260-003开展安全评估并落实安全措施。"),
               ("table", [["法定代表人（签字）", f.legal_rep], ["评估总负责人（签字）", "周婉清"],
                          ["单位（盖章）", f.company], ["日期", "2025年3月18日"]])]
    return blocks


def _metric_rows(t: frozenset[str]) -> list[list[str]]:
    refuse = ["应拒答题拒答率", "400", "364", "91.0%", "≥95%", "不符合"] if "refuse91" in t else \
        ["应拒答题拒答率", "400", "390", "97.5%", "≥95%", "符合"]
    return [
        ["评估项", "抽样数量（条）", "合格/拒答数量（条）", "结果", "标准要求", "结论"],
        ["语料人工抽检合格率", "4,200", "4,099", "97.6%", "≥96%（不少于4000条）", "符合"],
        ["语料技术抽检合格率", "412,000（占语料总量10.7%）", "408,292", "99.1%", "≥98%（不少于10%）", "符合"],
        ["生成内容人工抽检合格率", "1,200", "1,126", "93.8%", "≥90%（不少于1000条）", "符合"],
        ["生成内容关键词抽检合格率", "1,500", "1,443", "96.2%", "≥90%（不少于1000条）", "符合"],
        ["生成内容分类模型抽检合格率", "1,500", "1,431", "95.4%", "≥90%（不少于1000条）", "符合"],
        refuse,
        ["非拒答题拒答率", "400", "7", "1.8%", "≤5%", "符合"],
    ]


def _clause_rows() -> list[list[str]]:
    return [
        ["条款", "要求", "评估结果", "说明"],
        ["5.1", "语料来源安全", "符合", "逐来源抽检4,000条，违法不良信息占比均低于5%，见数据溯源清单"],
        ["5.2", "语料内容安全", "符合", "关键词、分类模型与人工抽检过滤，知识产权与个人信息专项清洗"],
        ["5.3", "语料标注安全", "符合", "见附件3，标注与审核岗位分离，标注人员经考核上岗"],
        ["6", "模型安全", "符合", f"基础模型{FACTS.base_model}为开源模型，生成内容抽检合格率见第三部分"],
        ["7 a)", "模型适用人群、场合、用途", "符合",
         "仅用于电商售后客服，不用于关键信息基础设施、医疗信息服务或心理咨询等重要场合，见服务协议第一条"],
        ["7 b)", "服务透明度", "符合", "服务协议与界面说明适用范围、局限与标识"],
        ["7 c)", "收集使用者输入信息用于训练", "符合", "App内3次点击可关闭“使用我的对话改进模型”"],
        ["7 d)", "图片、视频等内容标识", "不适用", "本服务仅生成文本回复，不生成图片、视频；文本标识见其他佐证截图"],
        ["7 e)", "训练、推理所采用的计算系统", "符合", "阿里云专有云，供应链安全评估已完成"],
        ["7 f)", "接受公众或使用者投诉举报", "符合", "三种渠道，15个工作日内办结"],
        ["7 g)", "向使用者提供服务", "符合", "关键词与分类模型拦截，人工审核员7×24值守"],
        ["7 h)", "模型更新、升级", "符合", "重要更新后重新开展安全评估"],
        ["7 i)", "服务稳定、持续", "符合", "双可用区部署与数据备份"],
        ["8.1", "关键词库", "符合", "见附件4"],
        ["8.2–8.3", "测试题库", "符合", "见附件5"],
        ["8.4", "分类模型", "符合", "自研内容安全分类模型覆盖31类风险"],
    ]


def _measures(f: Facts) -> list:
    return [
        ("h", 2, "（一）应急处置"),
        ("p", "设立以总经理为组长的内容安全应急领导小组；按影响范围将突发事件分为一般（Ⅲ级）、较大（Ⅱ级）、重大（Ⅰ级）"
              "三级；处置流程为发现—研判—处置（下线、回滚、切换人工）—报告—复盘；应急联系人周婉清 138-5712-0917；"
              "每半年开展一次应急演练并留存记录。"),
        ("h", 2, "（二）投诉举报"),
        ("p", "设置App内投诉举报入口、邮箱与客服电话，受理后48小时内响应，15个工作日内办结并反馈处理结果。"),
        ("h", 2, "（三）日志与人工审核"),
        ("p", "网络日志留存不少于6个月；配备专职内容审核员12名，7×24小时监看输入输出，发现违法不良信息立即处置。"),
        ("h", 2, "（四）用户权益"),
        ("p", "服务不面向未成年人，注册环节实名核验年龄；用户可在“我的—设置—隐私”中3次点击关闭“使用我的对话改进模型”；"
              "对话界面显式标注“内容由AI生成”，导出文件写入隐式标识。"),
        ("h", 2, "（五）模型更新"),
        ("p", f"{f.model}每次重要更新、升级后重新开展安全评估，评估通过后方可上线。"),
    ]


def _report(f: Facts, t: frozenset[str]) -> list:
    scope = "；".join(f"{k}：{v}" for k, v in _scope_rows(t))
    blocks: list = [
        ("h", 0, f"{f.model}安全评估报告"),
        ("h", 1, "一、基本情况"),
        ("table", [["评估对象", f"{f.product}（{f.model}{f.version}，简称“{f.short}”）"],
                   ["开发者", f"{f.company}（统一社会信用代码：{f.uscc}）"],
                   ["基础模型", f.base_model],
                   ["训练语料规模", f"{f.corpus_items:,}条"],
                   ["评估时间", "2025年2月10日至2025年3月7日"]]),
        ("p", scope),
        ("h", 1, "二、语料安全评估"),
        ("p", "对全部训练语料开展人工抽检与技术抽检，结果见下表第1、2行；逐来源采集前与采集后抽检违法不良信息占比均不超过5%。"),
        ("h", 1, "三、模型安全评估"),
        ("p", "使用附件5测试题对生成内容、应拒答与非拒答情况进行测试，结果如下："),
        ("table", _metric_rows(t)),
        ("h", 1, "四、安全措施评估"),
        *_measures(f),
        ("h", 1, "五、逐条评估结果"),
        ("table", _clause_rows()),
        ("h", 1, "六、总体结论"),
        ("p", "经评估，除不适用条款外，各条款评估结果均为符合，总体结论：全部符合。" if "refuse91" not in t
         else "经评估，应拒答测试一项未达到要求，其余条款符合，总体结论：部分符合。"),
        ("table", [["法定代表人", f.legal_rep], ["评估总负责人", "周婉清"], ["合法性评估负责人", "顾明远（法务总监）"]]),
    ]
    return blocks


def _agreement(f: Facts) -> list:
    return [
        ("h", 0, f"{f.product}模型服务协议"),
        ("p", f"本协议由{f.company}（统一社会信用代码：{f.uscc}，以下简称“我司”）与使用{f.product}的商家及用户订立。"),
        ("h", 1, "第一条 服务内容"),
        ("p", f"我司基于{f.model}{f.version}提供电商售后客服对话服务，仅回答与店铺商品及售后相关的问题；不提供医疗诊断、"
              "投资理财、法律意见等专业服务，超出范围的提问将引导转人工客服。"),
        ("h", 1, "第二条 合法使用"),
        ("p", "用户不得利用本服务生成、传播违法和不良信息；违反的，我司有权警示、限制功能直至暂停或终止服务，并保存记录、向主管部门报告。"),
        ("h", 1, "第三条 生成内容与知识产权"),
        ("p", "生成内容由AI自动生成，仅供参考；我司在对话界面显式标注“内容由AI生成”并在文件元数据中添加隐式标识，用户不得删除、篡改标识。"),
        ("h", 1, "第四条 投诉举报"),
        ("p", "用户可通过App“我的—帮助与反馈—投诉举报”、邮箱 jubao@xingtu-ai.cn、电话 400-821-0917 投诉举报，"
              "我司在48小时内响应，15个工作日内办结并反馈。"),
    ]


def _privacy(f: Facts) -> list:
    return [
        ("h", 0, f"{f.product}隐私保护政策"),
        ("p", f"{f.company}重视个人信息保护。本政策说明我们处理的个人信息类型、目的、方式与保存期限。"),
        ("table", [["个人信息类型", "目的", "保存期限"],
                   ["手机号码", "注册与实名核验", "账号注销后删除"],
                   ["对话内容", "提供客服回复、安全审核", "6个月"],
                   ["网络日志", "安全审计、依法留存", "不少于6个月"]]),
        ("p", "训练使用：用户可在“我的—设置—隐私”中关闭“使用我的对话改进模型”，共3次点击，关闭后对话内容不用于模型训练。"),
        ("p", "未成年人：本服务不面向未满18周岁的未成年人；发现误收集未成年人信息的，将及时删除。"),
        ("p", "联系我们：个人信息保护负责人邮箱 privacy@xingtu-ai.cn，15个工作日内答复。"),
    ]


def _annotation(f: Facts) -> list:
    return [
        ("h", 0, "语料标注规则"),
        ("h", 1, "一、标注团队"),
        ("p", "标注员28名、审核员6名，均经培训与考核合格后上岗；同一任务中标注与审核岗位分离。"),
        ("h", 1, "二、功能性标注"),
        ("p", "按客服意图（查询订单、退换货、物流、商品使用）与回复质量（准确、完整、礼貌）三项标注，每批次抽检10%。"),
        ("h", 1, "三、安全性标注"),
        ("p", "对照TC260-003附录A的31类安全风险逐条标注，每条安全性标注至少经1名审核员审核；安全标注数据单独存储。"),
    ]


def _data_sources(path: Path, f: Facts, t: frozenset[str]) -> None:
    wiki = ["3", "中文维基百科（zhwiki-20240301 dump）", "开源", "Wikimedia Foundation", "官网下载 https://dumps.wikimedia.org/",
            "CC BY-SA 4.0（允许商用）", "2024-03", "官方转储文件，无robots限制", "不含个人信息，已剔除人物生平中的联系方式",
            "去重、繁简转换、关键词与分类模型过滤", 760000, "中文", "1.2%", "0.3%"]
    if "nc_licence" in t:
        wiki = ["3", "COIG-CQIA 中文指令数据集（m-a-p，2024-03版）", "开源", "Multimodal Art Projection (m-a-p)",
                "官网下载 https://huggingface.co/datasets/m-a-p/COIG-CQIA", "CC BY-NC-SA 4.0", "2024-03",
                "已核查发布页许可声明", "不含个人信息", "去重、关键词与分类模型过滤", 760000, "中文", "1.2%", "0.3%"]
    rows: list[list[object]] = [
        [f"{f.model}训练语料数据溯源清单"] + [""] * 13,
        ["序号", "数据集名称", "来源类型", "提供方/发布方", "获取方式", "许可或授权情况", "采集时间", "robots协议/授权审查",
         "个人信息处理及同意依据", "清洗处理", "规模（条）", "语种", "安全抽检（违法不良信息占比）", ""],
        [""] * 12 + ["采集前", "采集后"],
        ["1", "星图历史售后客服对话（脱敏）", "自采", f.company, "业务系统导出",
         "用户协议第7条授权（商家签署数据处理协议 XT-DPA-2023 版）", "2022-01至2024-06", "自有数据，无需robots审查",
         "去标识化处理，删除姓名、手机号、地址；依据用户协议单独同意", "去重、脱敏、关键词过滤、人工抽检", 1650000, "中文",
         "2.1%", "0.4%"],
        ["2", "电商客服问答语料 V3", "商业", "数据堂（北京）科技股份有限公司", "采购", "采购合同 SJT-2024-0312，授权商用",
         "2024-03", "供应商提供合法来源承诺函", "供应商已去标识化，合同约定不含个人信息", "去重、质量打分、关键词过滤",
         900000, "中文", "1.6%", "0.5%"],
        wiki,
        ["4", "商家商品说明书与FAQ知识库", "商业", "入驻商家（共214家）", "商家上传", "商家数据授权协议 XT-KF-2024-018",
         "2023-09至2024-08", "商家书面授权", "不含个人信息", "格式清洗、去重、人工审核", 550000, "中文", "0.8%", "0.2%"],
        ["合计", "", "", "", "", "", "", "", "", "", f.corpus_items, "", "", ""],
    ]
    merges = ["A1:N1", "M2:N2"] + [f"{c}2:{c}3" for c in "ABCDEFGHIJKL"]
    write_xlsx(path, [("数据溯源清单", rows, {"merge": merges})])


def _screens(folder: Path) -> None:
    screenshot(folder / "截图1-投诉举报入口.png", "星图智能客服助手 · 投诉举报",
               ["我的 > 帮助与反馈 > 投诉举报", "受理后48小时内响应，15个工作日内办结"])
    screenshot(folder / "截图2-AI生成标识.png", "对话界面", ["您好，订单已于3月12日发出。", "[内容由AI生成]"])
    screenshot(folder / "截图3-关闭训练使用.png", "我的 > 设置 > 隐私", ["使用我的对话改进模型  [已关闭]"])
