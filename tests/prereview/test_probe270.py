"""What the two-hundred-and-seventieth and -seventy-first probes (ten packages on the code after session 43's first
changes; verdicts 4/5 and 5/5) found:

- a keyword sheet headed ``风险类别 | 风险子类`` (the upper level, then the risk itself): both read as 二级分类 and every
  risk reported uncovered (a false high);
- ``投诉：……，24小时响应，5个工作日办结``: “no time limit for complaints” (a false high);
- ``全部语料经关键词+分类模型过滤，人工抽检4,300条，合格率98.2%`` in prose: the manual check not read (medium);
- a course for 6–12-year-olds whose privacy policy holds only an adult service's clause ``如我们发现在未事先获得可证实
  的父母同意的情况下收集了此类信息……``: the negated consent counted as a guardian's consent, the child consent missed;
- ``语音合成：……，未训练定制音色``: voice customisation read as offered (medium); ``不提供与英语学习无关的闲聊``: no
  out-of-scope handling found (medium);
- an algorithm filing's training row ``平台用户翻唱作品人声 | 平台入驻协议概括授权 | 注1`` with ``注1：……约1.2万小时人声依
  合理使用原则未单独取得声音授权`` under the table: missed (voices were no sensitive kind);
- ``用户可在“我的-设置-讲解改进”关闭``: “no opt-out of training” (medium);
- a clause table's ``8.1 | 符合 | 10,326条，覆盖17类风险，每周更新（附件4）`` against a list of 8,940: not compared.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from beian.findings import Severity
from beian.prereview.rules.safety import _time_limit
from prereview.helpers import (  # noqa: F401
    FORM,
    KEYWORDS,
    PRIVACY,
    REPORT,
    add_to_self_assessment,
    algo,
    append_paragraphs,
    append_table,
    codes,
    pkg,
    remove_opt_outs,
    replace_docx,
    replace_results,
)


def _headers(root: Path, first: str, second: str) -> None:
    book = openpyxl.load_workbook(root / KEYWORDS)
    ws = book.worksheets[0]
    ws.cell(1, 2).value, ws.cell(1, 3).value = first, second
    book.save(root / KEYWORDS)


def test_a_risk_class_and_a_risk_subclass_column_are_the_two_levels(pkg: Path) -> None:  # noqa: F811
    _headers(pkg, "风险类别", "风险子类")
    assert codes(pkg, "safety.keyword_per_risk") == []


def test_a_handling_word_right_after_the_duration_is_a_time_limit() -> None:
    assert _time_limit("投诉渠道：客服热线与邮箱，12小时回应，3个工作日办结。")
    assert not _time_limit("投诉渠道：客服热线与邮箱，工作日9:00–18:00在线。")


def test_the_corpus_named_in_an_earlier_clause_is_the_manual_checks_subject(pkg: Path) -> None:  # noqa: F811
    replace_results(pkg, [("指标", "样本量", "结果", "要求"), ("生成内容人工抽检", "1000", "96.1%", "≥90%"),
                          ("生成内容关键词抽检", "1000", "97.0%", "≥90%"), ("生成内容分类模型抽检", "1000", "96.5%", "≥90%"),
                          ("语料技术抽检", "12%", "98.8%", "≥98%"),
                          ("应拒答", "300", "97.0%", "≥95%"), ("非拒答", "300", "2.0%", "≤5%")])
    assert replace_docx(pkg / REPORT, "人工抽检4000条", "抽检记录") >= 1
    found = [f for f in codes(pkg, "metrics.missing") + codes(pkg, "metrics.unrecognised") if "语料人工" in f.message]
    assert found != []
    append_paragraphs(pkg / REPORT, "处理流程：全部训练语料先经关键词与分类模型过滤，人工抽检4,100条，合格率97.5%；")
    found = [f for f in codes(pkg, "metrics.missing") + codes(pkg, "metrics.unrecognised") if "语料人工" in f.message]
    assert found == []


def test_an_adult_services_deletion_clause_is_no_guardians_consent(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "服务对象：7至11周岁的小学生，由家长注册。")
    append_paragraphs(pkg / PRIVACY, "若我们发现自己在未获得监护人同意的情况下收集了儿童的个人信息，将尽快删除相关数据。")
    assert [f.severity for f in codes(pkg, "safety.child_consent")] == [Severity.HIGH]


def test_a_voice_not_trained_for_the_service_is_no_voice_customisation(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / FORM, "语音播报：调用第三方语音合成接口的通用音色，未开发定制音色功能。")
    assert codes(pkg, "safety.biometric_consent") == []


def test_off_topic_chat_not_offered_is_the_out_of_scope_handling(pkg: Path) -> None:  # noqa: F811
    replace_docx(pkg / FORM, "超出服务范围的处理", "其他说明")
    replace_docx(pkg / FORM, "对与办公写作无关、或需要专业资质的咨询请求，提示“该问题超出本服务范围”并不予生成", "见使用手册")
    append_paragraphs(pkg / FORM, "本服务不提供与公文写作无关的闲聊。")
    assert [f for f in codes(pkg, "scope.missing_element") if "超出范围" in f.message] == []


def test_singing_voices_used_by_fair_use_in_a_footnote_are_high(algo: Path) -> None:  # noqa: F811
    path = next(algo.glob("*自评估*.docx"))
    append_table(path, [("数据", "来源", "规模", "授权方式", "备注"),
                        ("主播直播间歌声片段", "平台直播回放", "0.8万小时", "主播入驻协议", "注2")])
    add_to_self_assessment(algo, "注2：2022年以前的回放中约8千小时歌声按合理使用处理，未逐一取得主播的声音授权。")
    found = [f for f in codes(algo, "data_sources.pi_no_basis") if "歌声" in f.message]
    assert [f.severity for f in found] == [Severity.HIGH] and "声音" in found[0].message


def test_an_improvement_switch_without_the_word_training_is_the_opt_out(pkg: Path) -> None:  # noqa: F811
    remove_opt_outs(pkg)
    assert codes(pkg, "safety.opt_out") != []
    append_paragraphs(pkg / PRIVACY, "咨询文本用于服务改进前先脱敏，您可以在“个人中心-设置-答复改进”里关闭。")
    assert codes(pkg, "safety.opt_out") == []


def test_a_count_citing_the_keyword_attachment_is_compared_with_it(pkg: Path) -> None:  # noqa: F811
    append_table(pkg / REPORT, [("条款", "结论", "说明"), ("9.1 d)", "符合", "12,480条，覆盖31类风险，按周更新（附件4）")])
    found = codes(pkg, "consistency.keyword_count_mismatch")
    assert [f.severity for f in found] == [Severity.MEDIUM] and "12,480" in found[0].message
