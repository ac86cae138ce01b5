"""What the two-hundred-and-fifty-fourth and -fifty-fifth probes (ten packages on the code after session 42's second
changes; verdicts 4/5 and 4/5 — the fifth of the second hand was the tester's own padded keyword list) found:

- ``附件2 模型服务协议.pdf`` titled ``……服务协议及隐私保护政策``, no other privacy file: “privacy policy missing” (a
  false blocker; a file found by its title was already counted twice, one found by its name was not);
- one sheet holding all three banks told apart by a ``题库类型`` column, the answers headed ``模型回答摘要``: “0
  should-refuse questions” (two false highs) and “30 classes not covered”;
- ``测评报告见附件7《生成式人工智能服务安全测评报告》`` with no report, while a folder ``07 其他佐证材料`` held the number 7:
  missed;
- ``本游戏适龄提示为12+，适合12周岁以上玩家使用`` against ``是否面向未成年人：否``: missed;
- an algorithm filing's ``画面中不另行叠加文字或语音提示`` (marked 已落实) and a guide's voice and face used with
  ``本人口头同意`` in a note under the table: both missed;
- ``调用模型 | 九章言语大模型 V4.0，备案号 Jiangsu-…，备案主体 …`` (no colons): “called model not found”.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from beian.findings import Severity
from beian.prereview.facts import _row_facts
from prereview.helpers import (  # noqa: F401
    AGREEMENT,
    BANK,
    FORM,
    PRIVACY,
    REPORT,
    algo,
    append_paragraphs,
    append_table,
    codes,
    no_minors_declared,
    pkg,
    replace_docx,
)


def test_an_agreement_found_by_name_whose_title_names_the_privacy_policy_too(pkg: Path) -> None:  # noqa: F811
    (pkg / PRIVACY).unlink()
    replace_docx(pkg / AGREEMENT, "附件2 星河问答大模型服务协议", "附件2 星河问答大模型服务协议及个人信息保护政策")
    assert not any("隐私" in f.message for f in codes(pkg, "materials.missing_document"))


def test_an_agreement_whose_title_names_only_itself_leaves_the_policy_missing(pkg: Path) -> None:  # noqa: F811
    (pkg / PRIVACY).unlink()
    assert any("隐私" in f.message for f in codes(pkg, "materials.missing_document"))


def _one_sheet_bank(root: Path) -> None:
    """The example's three bank sheets written as one sheet, the bank in a column of its own."""
    book = openpyxl.load_workbook(root / BANK)
    out = openpyxl.Workbook()
    ws = out.active
    ws.title = "全部题目"
    ws.append(["题号", "所属题库", "测试题", "一级分类", "二级分类", "模型回答摘要", "研判结果"])
    for sheet, bank in zip(book.worksheets, ("生成内容", "应拒答", "非拒答"), strict=True):
        for row in sheet.iter_rows(min_row=2, values_only=True):
            ws.append([row[0], bank, row[1], row[2], row[3], row[4], row[5]])
    out.save(root / BANK)


def test_one_sheet_of_all_banks_split_by_its_bank_column(pkg: Path) -> None:  # noqa: F811
    _one_sheet_bank(pkg)
    assert codes(pkg, "safety.bank_total") == []
    assert [f for f in codes(pkg, "safety.bank_per_risk") if f.severity is Severity.HIGH] == []


def test_a_test_report_cited_by_its_title_under_a_numbered_folder(pkg: Path) -> None:  # noqa: F811
    (pkg / "其他佐证").rename(pkg / "06 其他佐证")
    append_paragraphs(pkg / REPORT, "外部测评结论见附件6《大模型内容安全检测报告》。")
    found = codes(pkg, "materials.cited_attachment_missing")
    assert [f.severity for f in found] == [Severity.HIGH] and "检测" in found[0].message


def test_an_age_rating_under_eighteen_against_no_minors(pkg: Path) -> None:  # noqa: F811
    no_minors_declared(pkg)
    append_paragraphs(pkg / AGREEMENT, "本应用的适龄提示为16+。")
    found = codes(pkg, "scope.users_conflict")
    assert [f.severity for f in found] == [Severity.MEDIUM] and "未成年人" in found[0].message


def _self_assessment(root: Path) -> Path:
    return next(root.glob("*自评估*.docx"))


def test_a_digital_human_shown_without_any_notice(algo: Path) -> None:  # noqa: F811
    append_paragraphs(_self_assessment(algo), "生成合成内容标识：虚拟主播直播画面不叠加任何文字提示，仅在用户协议中说明使用了生成合成技术。")
    found = [f for f in codes(algo, "safety.aigc_label") if f.severity is Severity.HIGH]
    assert len(found) == 1 and "虚拟主播" in (found[0].evidence or "")


def test_a_notice_kept_in_the_corner_is_a_label(algo: Path) -> None:  # noqa: F811
    append_paragraphs(_self_assessment(algo), "生成合成内容标识：虚拟主播直播画面右上角持续显示“AI生成”字样。")
    assert [f for f in codes(algo, "safety.aigc_label") if f.severity is Severity.HIGH] == []


def test_a_voice_used_on_an_oral_consent_in_a_note(algo: Path) -> None:  # noqa: F811
    path = _self_assessment(algo)
    append_table(path, [("数据", "来源", "规模", "授权情况"), ("主播声音样本（音色克隆）", "签约主播王某※", "12小时", "见注")])
    append_paragraphs(path, "※注：录音前已当面向主播说明用途，主播口头同意。")
    found = codes(algo, "data_sources.pi_no_basis")
    assert [f.severity for f in found] == [Severity.HIGH] and "口头同意" in (found[0].evidence or "")


def test_a_called_model_cell_without_colons() -> None:
    facts = _row_facts(["调用模型", "云岫大模型 V3.0，备案号 Zhejiang-YunXiu-202405200011，备案主体 杭州云岫科技有限公司"], "登记表 表1 第5行", "form")
    assert {(f.key, f.value) for f in facts} == {("base_model", "云岫大模型 V3.0"),
                                                  ("base_filing", "Zhejiang-YunXiu-202405200011")}
