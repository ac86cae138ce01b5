"""What the hundred-and-sixtieth probe (948 evasions of 60 held-out terms, 92.9% at the default threshold; 204 ordinary
items, six with matcher errors) found, in other words than its cases:

- the filler 丷 (two strokes, like 丶) between every character was kept, and the term never assembled (7 of 7 missed);
- a reading right after a title in 《》 (``《静夜思》 jìng yè sī``) was no gloss, and ``jìng yè`` hit 精液 at 0.8.
"""

from __future__ import annotations

import pytest
from probe_terms import best as _best
from probe_terms import probe_matcher

from beian.text.matcher import Matcher

TERMS = ("裸聊", "约炮软件", "精液")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [("直播间今晚裸丷聊，懂的来", "裸聊"), ("推荐个约丷炮丷软丷件？", "约炮软件")])
def test_the_filler_of_two_strokes_between_characters(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.75


def test_a_reading_after_a_title_is_a_gloss(matcher: Matcher) -> None:
    assert not [h for h in matcher.scan("今天背《静夜思》 jìng yè sī，李白写于扬州。") if h.confidence >= 0.5]
