"""What the hundred-and-eighty-third probe (970 evasions of 60 held-out terms, 94.9% at the default threshold; 200
ordinary lines) found, in other words than its cases:

- keycaps between the characters of a term with digits of its own (``5#️⃣4#️⃣式2️⃣图2️⃣纸`` for 54式图纸): the second
  reading, with keycaps as fillers, only began at a Chinese character or a Latin letter, so the term's own plain digits
  were left out of it and only pieces were found (7 of 7 such terms missed; every term without digits was found);
- one-syllable Latin entries (``ma``, ``da``, ``xi``) reported at 0.95 on pinyin written with its tone mark in a pinyin
  lesson or a dictation list (``妈 mā，麻 má``), and ``xi`` on a subscript index of a formula (``xᵢ``): the same readings
  were in the ordinary texts of earlier probes too (39 hits at 0.95, none of them an evasion).
"""

from __future__ import annotations

import pytest
from probe_terms import best as _best
from probe_terms import probe_matcher

from beian.text.matcher import Matcher

TERMS = ("64式手枪", "5元假钞出售", "三唑仑", "ma", "xi", "da", "fuck", "六合彩")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [
    ("二手群里有人挂6*️⃣4#️⃣式1️⃣手3️⃣枪，速删", "64式手枪"),
    ("收5#️⃣元9️⃣假*️⃣钞0️⃣出#️⃣售", "5元假钞出售"),
    ("👀6️⃣4️⃣式手枪", "64式手枪"),  # keycap digits as the term's own digits: the first reading
])
def test_keycaps_between_a_terms_characters_beside_its_own_digits(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.75


def test_keycap_fillers_without_digits_in_the_term_still_found(matcher: Matcher) -> None:
    assert _best(matcher, "买六7️⃣合#️⃣彩吗", "六合彩") >= 0.75


@pytest.mark.parametrize("text", ["第三课 声调：mā má mǎ mà，跟读三遍", "听写：dà jiā、xǐ shǒu", "方差 s² = Σ(xᵢ − x̄)²/(n−1)"])
def test_toned_syllables_and_formula_indices_are_not_latin_entries(matcher: Matcher, text: str) -> None:
    assert [m for m in matcher.scan(text) if m.confidence >= 0.5] == []


@pytest.mark.parametrize(("text", "term"), [("ma 又在群里骂人", "ma"), ("fǔck this", "fuck"), ("xi", "xi")])
def test_the_entries_written_plainly_or_styled_in_a_longer_word_are_still_found(
        matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.75
