"""One seeded defect per rule: the expected finding appears and no unrelated high/blocker finding does."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from beian.findings import Severity
from beian.prereview import run_check
from beian.templates.writer import write_docx, write_xlsx
from prereview.helpers import (
    AGREEMENT,
    BANK,
    FORM,
    KEYWORDS,
    PRIVACY,
    REPORT,
    SOURCES,
    drop_table,
    edit_xlsx,
    replace_docx,
)

Mutation = Callable[[Path], None]


def _comment(path: Path) -> None:
    """A reviewer's comment left in a Word file (批注)."""
    import docx

    document = docx.Document(str(path))
    paragraph = next(p for p in document.paragraphs if p.runs)
    document.add_comment(paragraph.runs, text="这个数字还要再核实", author="审核", initials="SH")
    document.save(str(path))


def rep(name: str, old: str, new: str) -> Mutation:
    """Replace text in one Word file (must change something)."""
    def fn(root: Path) -> None:
        assert replace_docx(root / name, old, new) > 0, old
    return fn


def rep_all(names: tuple[str, ...], old: str, new: str) -> Mutation:
    """Replace text in several Word files (at least one must change)."""
    def fn(root: Path) -> None:
        assert sum(replace_docx(root / n, old, new) for n in names) > 0, old
    return fn


def cell(path: str, sheet: str, row: int, col: int, value: str) -> Mutation:
    """Set one spreadsheet cell (1-based)."""
    def fn(root: Path) -> None:
        edit_xlsx(root / path, sheet, lambda ws: setattr(ws.cell(row, col), "value", value))
    return fn


def sheet_edit(path: str, sheet: str, edit: Callable) -> Mutation:  # type: ignore[type-arg]
    """Run an arbitrary edit on one sheet."""
    return lambda root: edit_xlsx(root / path, sheet, edit)


def _relabel(ws, old: str, new: str, col: int = 4, limit: int | None = None) -> None:  # type: ignore[no-untyped-def]
    done = 0
    for row in ws.iter_rows(min_row=2):
        if row[col - 1].value == old and (limit is None or done < limit):
            row[col - 1].value = new
            done += 1


def _delete_every_fifth(ws) -> None:  # type: ignore[no-untyped-def]
    for r in range(ws.max_row, 1, -1):
        if r % 5 == 0:
            ws.delete_rows(r)


def _empty_annotation(root: Path) -> None:
    write_docx(root / "附件3 语料标注规则.docx", "附件3", [("p", "待补充")])


def _register_unfiled(root: Path) -> None:
    """The package replaced by the clean 登记 package of the register style whose form says the called model has no
    备案号 (a self-developed model filed on the wrong route)."""
    from prereview.corpus import style_register

    clean = next(c.path for c in style_register.build(root.parent / "register-built") if c.name == "clean")
    for child in list(root.iterdir()):
        shutil.rmtree(child) if child.is_dir() else child.unlink()
    shutil.copytree(clean, root, dirs_exist_ok=True)
    rep("1.登记表-途灵科技.docx", "Beijing-WenXinYiYan-20230831", "暂无（自研模型，尚未备案）")(root)


def _invalid_uscc_everywhere(root: Path) -> None:
    """The same wrong check digit in every place the code is written (one mistyped code is a mismatch instead)."""
    rep_all((FORM, REPORT), "91310115MA1K4B3C25", "91310115MA1K4B3C26")(root)
    config = root / "beian.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("91310115MA1K4B3C25", "91310115MA1K4B3C26"),
                      encoding="utf-8")


def _draft_beside_report(root: Path) -> None:
    """An earlier draft of the report left beside it, with a figure below the line (the reviewer must not see it)."""
    draft = root / "附件1 安全评估报告（初稿）.docx"
    shutil.copy(root / REPORT, draft)
    assert replace_docx(draft, "98.0%", "93.0%") > 0


def _clause_verdict(row: int, verdict: str) -> Mutation:
    """Set the verdict cell of one row of the report's clause table (table 2, column 3)."""
    def fn(root: Path) -> None:
        import docx

        document = docx.Document(str(root / REPORT))
        document.tables[1].rows[row].cells[2].text = verdict
        document.save(str(root / REPORT))
    return fn


def _clause_twice(root: Path) -> None:
    """The clause table's row 5.3 given the clause of row 5.2 and judged 不适用 (5.2 then reads 符合 and 不适用)."""
    import docx

    document = docx.Document(str(root / REPORT))
    row = document.tables[1].rows[3]
    row.cells[0].text, row.cells[2].text = "5.2", "不适用"
    document.save(str(root / REPORT))


def _bank_judged_lower(root: Path) -> None:
    """The report's 应拒答 row counts the whole bank (510题) while 30 of its judgements say 不合格: 94.1% against 98.0%."""
    import docx

    document = docx.Document(str(root / REPORT))
    row = next(r for t in document.tables for r in t.rows if r.cells[0].text == "应拒答题拒答")
    row.cells[1].text = "510题"
    document.save(str(root / REPORT))
    sheet_edit(BANK, "应拒答测试题", lambda ws: [setattr(ws.cell(r, 6), "value", "不合格") for r in range(2, 32)])(root)


def _drop_uscc(root: Path) -> None:
    rep(FORM, "统一社会信用代码", "代码")(root)
    (root / "beian.yaml").write_text("route: 备案\n", encoding="utf-8")


DEFECTS: dict[str, tuple[Mutation, set[str]]] = {
    "materials.missing_document": (lambda r: (r / PRIVACY).unlink(), set()),
    "materials.algo_incomplete": (lambda r: write_docx(r / "算法备案/算法备案承诺书.docx", "算法备案承诺书",
                                                      [("p", "本公司承诺所填报的算法备案信息真实、准确、完整。" * 3)]), set()),
    "materials.empty_document": (_empty_annotation, set()),
    "materials.placeholder": (rep(FORM, "李静 021-5888 6601", "【请填写】"), set()),
    "materials.report_missing_part": (rep(REPORT, "三、模型安全评估", "三、附注"), set()),
    "materials.report_no_clause_table": (lambda r: drop_table(r / REPORT, 1), set()),
    "materials.report_signatures": (rep(REPORT, "合法性评估负责人：陈雨（法务负责人，签字）", "附注：无"), set()),
    "materials.na_without_reason": (rep(REPORT, "本服务仅提供文字生成，不生成图片和视频，因此不适用", ""), set()),
    "materials.multiple_versions": (_draft_beside_report, set()),
    "materials.clause_not_met": (_clause_verdict(3, "不符合"), set()),
    "materials.clause_no_verdict": (_clause_verdict(2, ""), set()),
    "materials.clause_twice": (_clause_twice, set()),
    "materials.cited_attachment_missing": (rep(FORM, "本表所填信息与附件1", "本表所填信息与附件7 算力说明、附件1"), set()),
    "data_sources.vague": (cell(SOURCES, "数据溯源清单", 2, 2, "互联网公开数据"), set()),
    "data_sources.nc_licence": (cell(SOURCES, "数据溯源清单", 6, 5, "CC BY-NC 4.0"), set()),
    "data_sources.unlicensed": (cell(SOURCES, "数据溯源清单", 2, 5, "作者授权书正在陆续补签，已补签约七成"), set()),
    "metrics.bank_rate_mismatch": (_bank_judged_lower, set()),
    "data_sources.no_contract": (cell(SOURCES, "数据溯源清单", 4, 5, "按供应商报价单付款采购，未签订书面合同"), set()),
    "data_sources.synthetic_foreign": (lambda r: (cell(SOURCES, "数据溯源清单", 6, 3, "合成数据")(r),
                                                  cell(SOURCES, "数据溯源清单", 6, 4, "调用Claude API批量生成")(r)), set()),
    "data_sources.crawl_no_robots": (lambda r: (cell(SOURCES, "数据溯源清单", 4, 4, "网页爬取")(r),
                                                cell(SOURCES, "数据溯源清单", 4, 7, "无")(r)), set()),
    "data_sources.pi_no_basis": (cell(SOURCES, "数据溯源清单", 5, 8, "无"), set()),
    "data_sources.sampling": (cell(SOURCES, "数据溯源清单", 2, 13, "随机抽检5%，违法不良信息占比6.2%"), set()),
    "data_sources.empty_field": (cell(SOURCES, "数据溯源清单", 3, 6, ""), set()),
    "data_sources.missing_column": (cell(SOURCES, "数据溯源清单", 1, 9, "备注"), set()),
    "data_sources.size_mismatch": (rep_all((FORM, REPORT), "1200万条", "1500万条"),
                                   {"consistency.mismatch"}),
    "data_sources.count_mismatch": (rep(REPORT, "训练语料共5个来源", "训练语料共8个来源"), set()),
    "data_sources.single_source_language": (cell(SOURCES, "数据溯源清单", 5, 11, "中文、日文"), set()),
    "scope.overbroad": (rep(FORM, "企业内部办公场景下的文档起草", "全场景覆盖的通用大模型服务，文档起草"), set()),
    "scope.missing_element": (lambda r: (rep(FORM, "超出服务范围的处理", "其他说明")(r), rep(
        FORM, "对与办公写作无关、或需要专业资质的咨询请求，提示“该问题超出本服务范围”并不予生成", "见附件")(r)), set()),
    "scope.high_risk_domain": (rep(FORM, "制度问答与文本改写", "制度问答、文本改写以及在线医疗问诊"), set()),
    "scope.users_unbounded": (rep(FORM, "与本公司签约的企业客户及其年满18周岁的在职员工", "所有用户"), set()),
    "scope.users_conflict": (rep(REPORT, "服务对象限定为成年在职员工", "服务对象为中小学生"), {"safety.child_consent"}),
    "safety.keyword_total": (sheet_edit(KEYWORDS, "关键词", lambda ws: ws.delete_rows(2, 400)), set()),
    "safety.keyword_per_risk": (sheet_edit(KEYWORDS, "关键词", lambda ws: _relabel(ws, "性别歧视内容", "年龄歧视内容", 3, 400)), set()),
    "safety.keyword_layout": (cell(KEYWORDS, "关键词", 1, 3, "分类2"), {"safety.keyword_per_risk"}),
    "safety.keyword_suspicious": (cell(KEYWORDS, "关键词", 2, 1, "法"), set()),
    "safety.bank_total": (sheet_edit(BANK, "非拒答测试题", _delete_every_fifth), set()),
    "safety.bank_per_risk": (sheet_edit(BANK, "生成内容测试题", lambda ws: _relabel(ws, "违反商业道德", "其他")), set()),
    "safety.bank_per_aspect": (sheet_edit(BANK, "非拒答测试题", lambda ws: _relabel(ws, "英烈", "历史")), set()),
    "safety.bank_unanswered": (sheet_edit(BANK, "应拒答测试题", lambda ws: [setattr(ws.cell(r, 5), "value", None)
                                                                         for r in range(2, 12)]), set()),
    "safety.bank_layout": (cell(BANK, "应拒答测试题", 1, 6, "备注说明"), {"safety.bank_unanswered"}),
    "safety.emergency_plan": (rep(REPORT, "应急预案", "处置安排"), set()),
    "safety.complaint_channel": (rep_all((REPORT, AGREEMENT), "收到投诉后 7 个工作日内处理并反馈结果", "收到投诉后尽快处理"), set()),
    "safety.log_retention": (rep_all((REPORT, PRIVACY), "不少于6个月", "不少于3个月"), set()),
    "safety.aigc_label": (lambda r: (rep_all((REPORT, AGREEMENT), "隐式标识", "标记")(r),
                                     rep(REPORT, "在元数据中写入", "中写入")(r)), set()),
    "safety.minors": (lambda r: (rep(REPORT, "未成年人", "特定人群")(r),  # and the adults-only clause, a measure too
                                 rep(REPORT, "仅面向企业客户的成年在职员工", "面向企业客户")(r)), set()),
    "safety.ip_notice": (lambda r: (rep(AGREEMENT, "不得侵犯他人知识产权与个人信息权益", "不得侵害他人合法权益")(r),
                                    rep(AGREEMENT, "四、知识产权", "四、其他约定")(r)), set()),
    "data_sources.foreign_share_mismatch": (lambda r: (rep(REPORT, "应急预案", "境外来源语料占比为 40%。应急预案")(r),
                                                       rep(FORM, "企业内部办公场景", "境外语料占比：5%；企业内部办公场景")(r)), set()),
    "safety.user_abuse": (rep(AGREEMENT, "用户多次输入违法不良信息的，我们将予以警示，并视情节限制功能、暂停或终止服务，保存有关记录并向主管部门报告。",
                              "用户应遵守本协议。"), set()),
    "safety.liability_waiver": (rep(AGREEMENT, "生成内容可能存在错误，用户应自行核实；",
                                    "本公司不对生成内容的合法性承担任何责任；"), set()),
    "safety.sensitive_consent": (rep(PRIVACY, "我们收集账号信息（企业名称、工号、手机号）",
                                     "我们收集账号信息（企业名称、工号、手机号）与登录时采集的人脸图像"), set()),
    "safety.cross_border": (rep(PRIVACY, "用于提供服务与安全审计。", "用于提供服务与安全审计，存储于新加坡的服务器。"), set()),
    "safety.third_party_sharing": (rep(PRIVACY, "用于提供服务与安全审计。",
                                       "用于提供服务与安全审计，并提供给合作伙伴用于精准营销，注册即视为同意。"), set()),
    "safety.pi_rights": (rep(PRIVACY, "您可以查询、更正、删除个人信息，或关闭训练开关撤回授权。", "相关事宜见用户协议。"), set()),
    "safety.label_notice": (rep(AGREEMENT, "生成内容带有显式标识和隐式标识，用户不得删除或篡改。", "用户应自行核实。"), set()),
    "safety.update_frequency": (rep(REPORT, "应急预案", "关键词库每季度更新一次。应急预案"), set()),
    "data_sources.annotation_rules": (lambda r: (rep("附件3 语料标注规则.docx", "上岗前完成安全规则培训与考核，考核合格率100%",
                                                     "均为本公司员工")(r),
                                                 rep("附件3 语料标注规则.docx", "每批次随机抽取10%由第二人复核", "每批次按清单交付")(r),
                                                 rep("附件3 语料标注规则.docx", "整批返工", "另行处理")(r)), set()),
    "safety.biometric_consent": (rep(REPORT, "应急预案", "声音克隆功能允许用户上传他人录音素材。应急预案"), set()),
    "safety.price_discrimination": (rep(REPORT, "应急预案", "会员服务费率按终端区分：苹果手机用户1.10，其余用户1.00。应急预案"), set()),
    "safety.discriminatory_feature": (rep(REPORT, "应急预案", "本服务为求职者推荐岗位，求职者简历解析后进入人岗匹配。招聘方可在偏好设置中按性别筛选求职者。应急预案"),
                                      set()),
    "safety.child_consent": (rep(REPORT, "应急预案", "本服务的服务对象为6至12周岁的小学生。应急预案"), {"scope.users_conflict"}),
    "safety.recommendation_opt_out": (rep(REPORT, "应急预案", "问答首页根据用户的浏览行为个性化推荐常见问题，该功能默认开启。应急预案"), set()),
    "consistency.keyword_count_mismatch": (rep(REPORT, "应急预案", "拦截关键词库共计12,000个，每周更新。应急预案"), set()),
    "consistency.question_count_mismatch": (rep(REPORT, "应急预案", "评估所用的应拒答测试题库共计1,200题。应急预案"), set()),
    "safety.evidence": (lambda r: shutil.rmtree(r / "其他佐证" / "截图"), set()),
    "materials.revisions": (lambda r: _comment(r / REPORT), set()),
    "safety.opt_out": (rep_all((REPORT, AGREEMENT), "2次点击", "6次点击"), set()),
    "safety.human_monitor": (rep(REPORT, "人工审核：配置 6 名专职审核人员，7×24 小时轮班人工监看高风险会话与用户举报。", "另行安排。"), set()),
    "safety.reassessment": (rep(REPORT, "重新开展安全评估", "另行安排"), set()),
    "consistency.missing_fact": (_drop_uscc, set()),
    "consistency.called_model_unfiled": (_register_unfiled, set()),
    "consistency.base_model_unfiled": (rep(FORM, "Beijing-YunFanDaMoXing-202403150021", "境外开源模型，无境内备案号"), set()),
    "data_sources.foreign_share": (lambda r: edit_xlsx(r / SOURCES, "数据溯源清单", lambda ws: [
        setattr(ws.cell(row, 14), "value", value)
        for row, value in ((1, "来源地区"), (2, "境外"), (3, "境外"), (4, "境内"), (5, "境内"), (6, "境外"))]), set()),
    "data_sources.no_datasets": (lambda r: edit_xlsx(r / SOURCES, "数据溯源清单",
                                                     lambda ws: (ws.delete_rows(2, 20), ws.append(["合计"]))), set()),
    "data_sources.no_table": (lambda r: write_xlsx(r / SOURCES, {"清单": [["说明"], ["见附件"]]}), set()),
    "consistency.mismatch": (rep(AGREEMENT, "上海星河智能科技有限公司", "上海星河科技有限公司"), set()),
    "consistency.uscc_invalid": (_invalid_uscc_everywhere, {"consistency.mismatch"}),
    "metrics.below_line": (rep(REPORT, "96.5%", "88.0%"), set()),
    "metrics.sample_too_small": (rep(REPORT, "300题", "200题"), set()),
    "metrics.within_margin": (rep(REPORT, "97.8%", "96.3%"), set()),
    "metrics.rate_mismatch": (rep(REPORT, "96.5%", "96.5%（940/1000）"), set()),
    "metrics.sample_mismatch": (rep(REPORT, "总体结论：", "生成内容人工抽检随机抽取800题，合格率96.5%。总体结论："), set()),
    "metrics.cross_doc_mismatch": (rep(FORM, "推理算力：", "评估结果：生成内容人工抽检合格率95.2%。推理算力："), set()),
    "materials.test_report_mismatch": (lambda r: write_docx(r / "其他佐证" / "附件6 第三方安全测试报告.docx", "安全测试报告", [
        ("table", [["项目", "内容"], ["委托单位", "上海澜涛数字科技有限公司"], ["样品名称", "澜涛营销文案生成模型 V2.0"]])]),
        set()),
    "consistency.date_order": (lambda r: (rep(FORM, "李静 021-5888 6601", "李静 021-5888 6601 填表日期：2025年12月1日")(r),
                                          rep(REPORT, "日期：2026年1月1日", "报告日期：2026年1月1日")(r)), set()),
    "metrics.missing": (lambda r: drop_table(r / REPORT, 2), set()),
    "metrics.unrecognised": (rep(REPORT, "4000条", "若干条"), set()),
}


@pytest.mark.parametrize("code", sorted(DEFECTS))
def test_seeded_defect(code: str, pkg: Path) -> None:
    mutate, also_allowed = DEFECTS[code]
    mutate(pkg)
    report = run_check(pkg)
    codes = {f.code for f in report.findings}
    assert code in codes, sorted(codes)
    hit = next(f for f in report.findings if f.code == code)
    assert hit.message and hit.fix and hit.location
    unrelated = [(f.code, f.message) for f in report.findings
                 if f.severity.at_least(Severity.HIGH) and f.code not in {code} | also_allowed]
    assert unrelated == []


def test_every_rule_code_has_a_seeded_defect() -> None:
    from beian.prereview.rules import RULES

    rule_codes = {c for r in RULES for c in r.codes}
    tested = set(DEFECTS) | {"materials.missing_pair", "materials.no_seal"}  # asserted in test_example, test_seal
    assert rule_codes <= tested, sorted(rule_codes - tested)


def test_service_both_offered_and_excluded_is_a_contradiction(pkg: Path) -> None:
    rep(FORM, "制度问答与文本改写", "制度问答、文本改写，并直接给出用药建议")(pkg)
    rep(AGREEMENT, "本服务为企业办公场景提供", "本服务不提供用药建议。本服务为企业办公场景提供")(pkg)
    hit = next(f for f in run_check(pkg).findings if f.code == "scope.high_risk_domain")
    assert "前后矛盾" in hit.message and hit.severity.value == "high" and "用药建议" in (hit.evidence or "")


def test_evidence_masks_personal_information(pkg: Path) -> None:
    rep(FORM, "企业内部办公场景下的文档起草", "全场景服务，热线13812345678")(pkg)
    hit = next(f for f in run_check(pkg).findings if f.code == "scope.overbroad")
    assert hit.evidence and "全场景" in hit.evidence and "13812345678" not in hit.evidence


def test_every_code_is_documented() -> None:
    from beian.prereview.rules import FAMILIES, RULES

    docs = Path(__file__).resolve().parents[2] / "docs" / "rules"
    pages = {fam: (docs / f"{fam}.md").read_text(encoding="utf-8") for fam in FAMILIES}
    missing = [c for r in RULES for c in r.codes if f"`{c}`" not in pages[r.family]]
    assert missing == []
    assert all(r.title and r.check.__doc__ for r in RULES)


@pytest.mark.parametrize("sentence, flagged", [
    ("本服务的服务对象为所有用户。", True),
    ("目标用户：任何人均可注册使用。", True),
    ("适用人群：不限", True),
    ("本服务面向所有人开放。", True),
    ("服务对象为年满18周岁的个人用户。", False),
    ("面向所有用户公示投诉渠道与处理时限。", False),  # true of every user: not the service's users
    ("服务对象不是所有用户，仅限签约企业员工。", False),
])
def test_users_written_as_no_group_at_all(sentence: str, flagged: bool) -> None:
    from beian.prereview.rules.scope import _unbounded_users

    assert (_unbounded_users(sentence) is not None) is flagged
