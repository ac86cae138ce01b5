"""What the hundred-and-fifty-fifth and hundred-and-fifty-sixth probes (ten packages on the code after the 151st and
152nd probes' changes; all ten verdicts right, 10 of 12 planted reasons found in full, no false blocker or high) found:

- a dating app's dataset of its users' first messages (``平台用户历史开场白``), licensed as ``平台自有数据`` and only
  ``已做去标识化处理（删除昵称、手机号、头像链接）``: nothing was reported — users' messages were not known as personal
  data, and de-identification without a word of personal information was taken for none;
- an accident-case dataset ``已匿名化：删除事故涉及人员姓名``: a medium, the deleted names read as names held;
- a 登记表 workbook with one sheet per called model (``主用模型-通义千问``), each starting with the form's title row and
  the applicant's rows: the sheet was taken for a section about the called model and the applicant's name and credit
  code left unread (two wrong mediums, consistency.missing_fact);
- a language cell ``中英法俄西`` read as one language, and ``七种语言`` as a language of its own (two wrong mediums);
- a form's corpus total with its breakdown in brackets (``共5,860万条（其中文本……）``) set aside as a part total, so the
  report's different 6,850万条 was a medium where the form agreeing with the list makes it high.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pytest

from beian.findings import Severity
from beian.prereview.rules.data_sources import languages_of
from prereview.helpers import (  # noqa: F401
    FORM,
    REPORT,
    append_paragraphs,
    append_source_row,
    codes,
    pkg,
    reg,
    registration_built,
    replace_docx,
)


def _dataset(pkg: Path, name: str, pi: str) -> list:  # type: ignore[type-arg]  # noqa: F811
    append_source_row(pkg, name=name, pi=pi)
    return [f for f in codes(pkg, "data_sources.pi_no_basis") if name in f.message]


def test_users_posts_with_only_de_identification_have_no_basis(pkg: Path) -> None:  # noqa: F811
    found = _dataset(pkg, "社区用户历年评论与回帖", "已脱敏（去掉用户名与头像）")
    assert [f.severity for f in found] == [Severity.HIGH]


def test_de_identification_says_there_was_personal_information(pkg: Path) -> None:  # noqa: F811
    found = _dataset(pkg, "门店服务记录摘要", "已做去标识化处理")
    assert [f.severity for f in found] == [Severity.MEDIUM]


@pytest.mark.parametrize("pi", ["已匿名化：删除记录涉及的当事人姓名", "已去标识化，不含可识别特定个人的信息"])
def test_anonymised_data_or_data_without_identifiable_people_is_not_reported(pkg: Path, pi: str) -> None:  # noqa: F811
    assert _dataset(pkg, "设备故障案例汇编", pi) == []


def test_the_applicants_rows_on_a_sheet_named_after_a_called_model_are_read(reg: Path) -> None:  # noqa: F811
    form = reg / "1.登记表-途灵科技.docx"
    rows = [[c.text for c in row.cells] for row in docx.Document(str(form)).tables[0].rows[:5]]
    form.unlink()
    (reg / "1.登记表-途灵科技.pdf").unlink()
    book = openpyxl.Workbook()
    book.active.title = "主用模型-文心"
    book.active.append(["生成式人工智能服务上线登记表（主用模型）"])
    for row in rows:
        book.active.append(row)
    book.save(str(reg / "1.登记表-途灵科技.xlsx"))
    assert [f.message for f in codes(reg, "consistency.missing_fact")] == []


@pytest.mark.parametrize(("cell", "languages"), [("中英法俄西", ["中文", "英文", "法文", "俄文", "西班牙文"]),
                                                 ("中、葡、西", ["中文", "葡萄牙文", "西班牙文"])])
def test_languages_written_by_their_first_characters(cell: str, languages: list[str]) -> None:
    assert languages_of(cell) == languages


def test_a_dataset_of_unnamed_languages_makes_a_single_source_a_doubt(pkg: Path) -> None:  # noqa: F811
    append_source_row(pkg, name="客服多语种问答", pi="不含个人信息", language="日文")
    append_source_row(pkg, number="6", name="自建多语种术语库", pi="不含个人信息", language="五种语言")
    found = [f for f in codes(pkg, "data_sources.single_source_language") if "日文" in f.message]
    assert [f.severity for f in found] == [Severity.LOW] and "五种语言" not in "".join(
        f.message.split("”语料")[0] for f in codes(pkg, "data_sources.single_source_language"))


def test_a_forms_total_with_a_breakdown_in_brackets_backs_the_list(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / FORM, "1200万条", "1200万条（其中中文语料1000万条、英文语料200万条）")
    assert replace_docx(pkg / REPORT, "1200万条", "见备案表")  # the form alone backs the list
    append_paragraphs(pkg / REPORT, "本模型训练语料共1,500万条。")
    found = codes(pkg, "data_sources.size_mismatch")
    assert [f.severity for f in found] == [Severity.HIGH] and "与清单相符" in found[0].message
