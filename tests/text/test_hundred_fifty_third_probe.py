"""What the hundred-and-fifty-third probe (1,018 evasions of 60 held-out terms, 94.4% at the default threshold; 200
ordinary lines, six matcher errors at 0.75) found, in other words than its cases: a line of pinyin homework whose toned
syllables are followed by their characters after a comma (``mā má mǎ mà ma，“妈麻马骂吗”``) was no gloss, and each
syllable was a hit on the lexicon's ``ma`` at 0.95. A comma now sets a reading apart from its word as a colon does."""

from __future__ import annotations

import pytest
from probe_terms import best as _best
from probe_terms import probe_matcher

from beian.text.matcher import Matcher

TERMS = ("ma", "毒品")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize("text", ["今天的生字：bō pō mō fō，“波坡摸佛”；mā má mǎ mà，妈麻马骂。",
                                  "跟读 mā má mǎ mà，“妈”“麻”“马”“骂”"])
def test_toned_syllables_before_their_characters_after_a_comma_are_a_reading(matcher: Matcher, text: str) -> None:
    assert not [h for h in matcher.scan(text) if h.confidence >= 0.5]


def test_the_characters_themselves_are_still_found(matcher: Matcher) -> None:
    assert _best(matcher, "有人在群里卖 dú pǐn，毒品", "毒品") >= 0.75
