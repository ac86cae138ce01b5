"""What the seventy-fifth, seventy-sixth and seventy-seventh probes found (fifteen packages by three hands on the
session's last code; first runs 3/5, 4/5 and 3/5 verdicts right, 4 of 8 planted reasons fully found, 2 false highs,
1 wrong medium):

- a licence cell “网络收集，许可不详” raised nothing (only a cell that is nothing but 不详 was read as unknown);
- 提示药师结合处方人工复核 read as offering prescriptions, and “……开具处方等请求，模型说明无法回答” was no refusal;
- “不撰写医疗诊断意见、投资建议、法律意见书等……文书” was no boundary (不撰写 was no negation);
- a keyword list reaching 10,000 with 2,400 single characters and 2,400 strings like ``i0cm``;
- 您可在“我的—设置—隐私—模型改进”中随时关闭 was not read as the training opt-out;
- a data list without any licence column, and no licence written anywhere in it, was a medium “请确认”.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.findings import Severity
from beian.prereview import run_check
from beian.prereview.vocab import compiled, fold
from prereview.helpers import (  # noqa: F401
    FORM,
    KEYWORDS,
    REPORT,
    SOURCES,
    append_paragraphs,
    bounded,
    edit_xlsx,
    pkg,
    replace_docx,
)


def _codes(root: Path, code: str) -> list:  # type: ignore[type-arg]
    return [f for f in run_check(root).findings if f.code == code]


@pytest.mark.parametrize("said", ["从论坛整理，授权情况不明", "GitHub 下载，license 未知"])
def test_a_licence_said_to_be_unknown_among_other_words_is_high(pkg: Path, said: str) -> None:  # noqa: F811
    edit_xlsx(pkg / SOURCES, "数据溯源清单", lambda ws: setattr(ws.cell(3, 5), "value", said))
    found = [f for f in _codes(pkg, "data_sources.vague") if "授权依据不明" in f.message]
    assert found and found[0].severity is Severity.HIGH


def test_a_refusal_ending_in_cannot_answer_and_a_record_checked_by_a_human_are_no_offer(pkg: Path) -> None:  # noqa: F811
    old = "对与办公写作无关、或需要专业资质的咨询请求，提示“该问题超出本服务范围”并不予生成"
    assert replace_docx(pkg / FORM, old, "与办公写作无关的请求，以及病情诊断、开具处方等请求，助手告知无法回答并建议就医") == 1
    append_paragraphs(pkg / REPORT, "涉及企业医务室的文书由医务人员对照处方人工核对后使用。")
    assert _codes(pkg, "scope.high_risk_domain") == []


@pytest.mark.parametrize("word", ["心理咨询", "投资建议", "法律意见"])
def test_not_writing_a_list_of_documents_bounds_each(word: str) -> None:
    assert bounded("本工具不起草心理咨询记录、投资建议书、法律意见书这类须由持证人员出具的文件。", word)


def test_a_keyword_list_padded_with_characters_and_letter_digit_strings_is_short(pkg: Path) -> None:  # noqa: F811
    def pad(ws) -> None:  # type: ignore[no-untyped-def]
        for i, r in enumerate(range(2, 402)):  # 400 real keywords replaced by strings like k3p0
            ws.cell(r, 1).value = f"k{i % 10}p{i // 10}x"
    edit_xlsx(pkg / KEYWORDS, "关键词", pad)
    found = [f for f in _codes(pkg, "safety.keyword_total") if "无意义的字母数字串" in f.message]
    assert found and found[0].severity is Severity.HIGH


def test_a_complete_list_is_not_called_padded(pkg: Path) -> None:  # noqa: F811
    assert _codes(pkg, "safety.keyword_total") == []


def test_turning_model_improvement_off_is_the_opt_out() -> None:
    text = fold("您可在“我的—设置—隐私—模型改进”中随时关闭，关闭后对话不再用于训练。")
    assert compiled("safety", "measures", "safety.opt_out").search(text)


def _without_licence(ws, elsewhere: str) -> None:  # type: ignore[no-untyped-def]
    ws.delete_cols(5)  # 许可或授权依据
    for r in range(2, ws.max_row + 1):
        ws.cell(r, 2).value = f"第{r - 1}号语料集（公开网页）"  # no 授权 in a name
        ws.cell(r, 4).value = "批量下载"  # nor 合同采购 as the way it was got
        ws.cell(r, 6).value = elsewhere  # robots协议/授权审查, now column 6


def test_a_list_without_any_licence_is_high(pkg: Path) -> None:  # noqa: F811
    edit_xlsx(pkg / SOURCES, "数据溯源清单", lambda ws: _without_licence(ws, "官方渠道下载"))
    [found] = _codes(pkg, "data_sources.missing_column")
    assert found.severity is Severity.HIGH and "授权依据" in found.message


def test_a_licence_column_named_otherwise_is_a_doubt(pkg: Path) -> None:  # noqa: F811
    edit_xlsx(pkg / SOURCES, "数据溯源清单", lambda ws: _without_licence(ws, "官方下载，按 CC BY-SA 4.0 使用"))
    [found] = _codes(pkg, "data_sources.missing_column")
    assert found.severity is Severity.MEDIUM
