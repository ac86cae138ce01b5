"""An initials hit that is part of words joined by dots or hyphens (a file name, a domain, a slug) is no 拼音首字母
(the fifty-seventh probe: ``app.py`` read as 阿片烟, ``zhang-san-dev`` as 圣安娜, both at 0.6); letters spelled out
one by one with dots or hyphens (``f.l.g``, ``d-z-q``) still are."""

from __future__ import annotations

import pytest
from probe_terms import best as _best
from probe_terms import probe_matcher

from beian.text.hitfilters import joined_words
from beian.text.matcher import Matcher

TERMS = ("阿片烟", "圣安娜", "法轮功", "打砸抢", "色情网")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [
    ('Traceback: File "app.py", line 42', "阿片烟"),
    ("他的用户名是 zhang-san-dev", "圣安娜"),
    ("仓库地址 github.com/wang-san-lab", "圣安娜"),
])
def test_a_piece_of_joined_words_is_no_initials(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) <= 0.4


@pytest.mark.parametrize(("text", "term"), [
    ("群里有人在传f.l.g的东西", "法轮功"),
    ("别再搞 d-z-q 了", "打砸抢"),
    ("求个 sqw 链接", "色情网"),
])
def test_initials_spelled_out_letter_by_letter_stay(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.6


def test_joined_words_reads_the_pieces() -> None:
    assert joined_words("open app.py", 5, 11)
    assert joined_words("zhang-san-dev", 6, 9)
    assert not joined_words("f.l.g", 0, 5)
    assert not joined_words("x-j-p-s-b", 2, 7)  # single letters either side
    assert not joined_words("xjp-sb", 0, 3)     # two letters beside: an abbreviation, not a word
