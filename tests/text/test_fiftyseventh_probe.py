"""What the fifty-seventh probe found (black box, its own terms and benign lines): a romanized name in capitals in a
Chinese form (签证申请人：MAI YIN) read as 卖淫 at 0.8; an anonymised name of a judgment (李某组织) giving 某组织 at 1.0;
and a term written with an insertion (轮 奸) that let its neighbour cut through it whole (发轮 at 1.0, 0.4 when written
plainly). The cases below are written in other words than the probe's."""

from __future__ import annotations

import pytest
from probe_terms import best as _best
from probe_terms import probe_matcher

from beian.text.matcher import Matcher

TERMS = ("赌球", "雷管", "某组织", "某家", "轮奸", "发轮", "赌马", "马的", "卖春", "春药", "一个", "个人身份", "领导人", "人大")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize("text", ["乘客姓名：DU QIU，航班CA1234", "收件人: LEI GUAN 电话见附件", "杜秋（DU QIU），女，1992年生"])
def test_a_name_in_capitals_in_a_name_field_is_a_name(matcher: Matcher, text: str) -> None:
    term = "赌球" if "DU" in text else "雷管"
    assert 0 < _best(matcher, text, term) <= 0.4


@pytest.mark.parametrize("text", ["谁有DU QIU的群，拉我", "出（LEI GUAN），量大从优", "备注：DU QIU渠道"])
def test_capitals_outside_a_name_field_are_still_the_evasion(matcher: Matcher, text: str) -> None:
    term = "赌球" if "DU" in text else "雷管"
    assert _best(matcher, text, term) >= 0.75


@pytest.mark.parametrize(("text", "term"), [("公诉机关指控，被告人刘某组织他人参与赌博", "某组织"),
                                            ("民警在犯罪嫌疑人陈某某家中查获", "某家")])
def test_an_anonymised_name_is_one_word(matcher: Matcher, text: str, term: str) -> None:
    assert 0 < _best(matcher, text, term) <= 0.4


@pytest.mark.parametrize(("text", "term"), [("境外某组织近期活动频繁", "某组织"), ("听说某家又出事了", "某家")])
def test_the_same_terms_without_a_surname_before_them_stand(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) == 1.0


@pytest.mark.parametrize(("text", "neighbour", "term"), [
    ("群里有人专门发轮-奸视频", "发轮", "轮奸"), ("有人说赌.马的赔率很高", "马的", "赌马"), ("网店偷偷卖春_药", "卖春", "春药")])
def test_a_neighbour_cutting_into_a_disguised_term_is_read_as_when_written_plainly(
        matcher: Matcher, text: str, neighbour: str, term: str) -> None:
    plain = text.replace("-", "").replace(".", "").replace("_", "")
    assert _best(matcher, plain, neighbour) <= 0.4  # the word check, written plainly
    assert 0 < _best(matcher, text, neighbour) <= 0.4
    assert _best(matcher, text, term) >= 0.75  # the disguised term itself is still found


@pytest.mark.parametrize(("text", "term"), [("申请材料：（一）个人身份证明；（二）户口簿", "个人身份"),
                                            ("坚持党委领导、人大主导、政府依托", "人大")])
def test_a_term_read_across_a_list_mark_or_a_clause_is_no_disguise_to_read_whole(
        matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) == 1.0  # 一）个 and 导、人 are no terms the writer wrote
