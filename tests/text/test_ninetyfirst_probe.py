"""What the ninety-first probe found (black box, the public lexicons): a five-character term written out plainly was
lowered to 0.4 because the segmenter's best route ran a common word across its first character (下处 in 问下|处女性…),
while every disguised spelling of it stood at 0.75 or more. A hit of :data:`~beian.text.wordcut.LONG_HIT` characters
or more that the route cuts is now asked whether the window reads as well with it as one word, whatever the counts of
the crossing words; shorter hits and the word-edge cases that were matcher errors stay lowered. The cases below are
written in other words than the probe's."""

from __future__ import annotations

import pytest
from probe_terms import best as _best
from probe_terms import probe_matcher

from beian.text.matcher import Matcher

TERMS = ("卖淫秽光盘", "售枪支弹药", "卖淫", "枪支弹药", "劳动保障部", "医师资格", "乳交", "人大")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [("大家都说买卖淫秽光盘的违法", "卖淫秽光盘"),
                                            ("他们正在出售枪支弹药给别人", "售枪支弹药")])
def test_a_long_term_written_out_stands_though_a_word_runs_across_its_edge(matcher: Matcher, text: str,
                                                                          term: str) -> None:
    assert _best(matcher, text, term) == 1.0


@pytest.mark.parametrize(("text", "term"), [("市劳动保障部门定期向社会发布信息", "劳动保障部"),
                                            ("两人水乳交融，配合默契", "乳交"), ("让人大跌眼镜", "人大")])
def test_terms_cut_at_a_word_edge_by_ordinary_words_stay_lowered(matcher: Matcher, text: str, term: str) -> None:
    assert 0 < _best(matcher, text, term) <= 0.4


INITIAL_TERMS = ("出售枪支弹药", "代开增值税发票", "美国")


@pytest.fixture(scope="module")
def initials(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(INITIAL_TERMS, tmp_path_factory.mktemp("initials"))


@pytest.mark.parametrize(("text", "term"), [("需要的加微信，C.S.Q.Z.D.Y，量大从优", "出售枪支弹药"),
                                            ("专业 D K Z Z S F P 联系我", "代开增值税发票")])
def test_capitals_spelled_out_one_by_one_are_initials_not_an_acronym(initials: Matcher, text: str, term: str) -> None:
    """Five capitals or more with a dot or a space after each read like their lower-case form (0.75); the probe's
    ``Y.J.X.J.D.H`` stayed at 0.4 as an acronym while ``y.j.x.j.d.h`` stood at 0.75."""
    assert _best(initials, text, term) == 0.75


@pytest.mark.parametrize("text", ["他在 U.S.A. 读书", "CSQZDY 是什么缩写", "报告编号 CSQZD-Y 已归档"])
def test_acronyms_and_capitals_run_together_stay_acronyms(initials: Matcher, text: str) -> None:
    assert all(m.confidence <= 0.4 for m in initials.scan(text) if m.variant == "initials")
