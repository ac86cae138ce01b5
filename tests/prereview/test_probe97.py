"""What the ninety-seventh and ninety-ninth probes found (ten packages by two hands; first runs 8/10 verdicts right,
6 of 9 planted reasons found, 1 false high):

- users written by school grade (高中一年级至高中三年级学生) not read as minors, so an agreement that turns away
  everyone under 18 raised no conflict;
- a cleaning step that removed prescriptions from the corpus (剔除处方、剂量类内容) read as offering prescriptions
  (a false high on a package written to pass);
- a licence cell 站点页面公开可阅读 (two place words before 公开) not read as "only public";
- a privacy policy's table of what is collected (功能 | 收集的个人信息 | 用途) listing voiceprints with no verb in the row,
  and no separate consent anywhere.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from beian.findings import Severity
from prereview.helpers import (  # noqa: F401
    AGREEMENT,
    FORM,
    PRIVACY,
    REPORT,
    SOURCES,
    append_paragraphs,
    bounded,
    codes,
    edit_xlsx,
    pkg,
    replace_docx,
)

USERS = "与本公司签约的企业客户及其年满18周岁的在职员工"


@pytest.mark.parametrize("users", ["区重点中学的初中一年级至初中三年级学生及其任课教师", "七年级、八年级在读学生"])
def test_users_named_by_school_grade_are_minors_against_an_adults_only_agreement(pkg: Path, users: str) -> None:  # noqa: F811
    assert replace_docx(pkg / FORM, USERS, users) == 1
    append_paragraphs(pkg / AGREEMENT, "用户注册本服务时须年满18周岁，未满18周岁的请勿注册。")
    found = codes(pkg, "scope.users_conflict")
    assert [f.severity for f in found] == [Severity.HIGH]


def test_the_parents_of_pupils_of_a_grade_are_not_the_pupils(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / FORM, USERS, "初中一年级学生的家长") == 1
    append_paragraphs(pkg / AGREEMENT, "用户注册本服务时须年满18周岁，未满18周岁的请勿注册。")
    assert codes(pkg, "scope.users_conflict") == []


@pytest.mark.parametrize(("sentence", "word"), [("训练前由执业医师逐条审读，滤除处方与剂量类问答。", "处方"),
                                                ("清洗阶段去除了含有荐股内容的帖子。", "荐股")])
def test_what_cleaning_removed_is_not_what_the_service_offers(sentence: str, word: str) -> None:
    assert bounded(sentence, word)


def test_a_report_that_says_prescriptions_were_removed_from_the_corpus_raises_nothing(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "全部医疗类问答在入库前经执业医师审读，剔除处方、剂量类内容。")
    append_paragraphs(pkg / AGREEMENT, "本服务不提供疾病诊断、处方开具或用药剂量建议。")
    assert codes(pkg, "scope.high_risk_domain") == []


def _licence(name: str, licence: str):  # type: ignore[no-untyped-def]
    def edit(ws) -> None:  # type: ignore[no-untyped-def]
        ws.cell(2, 2).value = name
        ws.cell(2, 5).value = licence
    return edit


@pytest.mark.parametrize("licence", ["站点页面公开可阅读", "论坛页面公开可浏览"])
def test_crawled_serial_fiction_with_only_a_public_page_as_licence_is_high(pkg: Path, licence: str) -> None:  # noqa: F811
    edit_xlsx(pkg / SOURCES, "数据溯源清单", _licence("某原创文学站连载小说（悬疑类）", licence))
    found = [f for f in codes(pkg, "data_sources.vague") if "著作权" in f.message]
    assert [f.severity for f in found] == [Severity.HIGH]


def test_a_named_licence_for_the_same_fiction_raises_nothing(pkg: Path) -> None:  # noqa: F811
    edit_xlsx(pkg / SOURCES, "数据溯源清单", _licence("某原创文学站连载小说（悬疑类）", "与平台签订的内容授权协议（合同号WX-2024-018）"))
    assert [f for f in codes(pkg, "data_sources.vague") if "著作权" in f.message] == []


def _collect_table(path: Path, header: tuple[str, str, str], row: tuple[str, str, str], *after: str,
                   heading: str = "三、各功能处理的个人信息") -> None:
    document = docx.Document(str(path))
    document.add_paragraph(heading)
    table = document.add_table(rows=2, cols=3)
    for cells, values in zip(table.rows, (header, row), strict=True):
        for cell, value in zip(cells.cells, values, strict=True):
            cell.text = value
    for text in after:
        document.add_paragraph(text)
    document.save(str(path))


HEADER = ("功能", "收集的个人信息", "用途")
VOICE = ("跟读评分", "孩子的朗读音频、声纹特征", "区分同一账号下的不同孩子")


def test_voiceprints_in_a_table_of_what_is_collected_need_a_separate_consent(pkg: Path) -> None:  # noqa: F811
    _collect_table(pkg / PRIVACY, HEADER, VOICE)
    found = codes(pkg, "safety.sensitive_consent")
    assert [f.severity for f in found] == [Severity.HIGH]
    assert "声纹" in found[0].message


def test_the_same_table_with_a_separate_consent_raises_nothing(pkg: Path) -> None:  # noqa: F811
    _collect_table(pkg / PRIVACY, HEADER, VOICE, "声纹特征属于敏感个人信息，我们会在采集前以弹窗取得监护人的单独同意。")
    assert codes(pkg, "safety.sensitive_consent") == []


def test_a_table_that_is_not_about_collecting_needs_no_consent(pkg: Path) -> None:  # noqa: F811
    _collect_table(pkg / PRIVACY, ("版本", "变更内容", "日期"), ("V2.1", "删除声纹锁相关说明", "2025-03-01"),
                   heading="附：本政策的修订记录")
    assert codes(pkg, "safety.sensitive_consent") == []


def test_the_clearest_words_about_someone_elses_material_are_the_evidence() -> None:
    """The ninety-seventh probe: the finding quoted 主播语音 (the user may be the host) while the package also said
    users may upload 其他人物的录音素材和照片."""
    from beian.prereview.rules.biometrics import _others_material
    from beian.prereview.vocab import fold

    text = fold("数字人默认使用主播语音合成。商家可上传其他人物的录音素材和照片生成分身。")
    assert _others_material(text) == "其他人物的录音"
    assert _others_material(fold("数字人默认使用主播语音合成。")) == "主播语音"
