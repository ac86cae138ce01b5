"""What the fifteenth independent black-box probe (2026-12-05, 50 long documents frozen before the first run) found:
initials in capitals with hyphens between them are an acronym or a code, as the same letters run together are."""

from __future__ import annotations

import pytest
from probe_terms import best, probe_matcher

from beian.text.matcher import Matcher


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(["毛孽畜", "三唑仑", "法轮功"], tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [
    ("过渡金属与氮共掺杂的碳材料（M-N-C，M通常为铁、钴、锰等）", "毛孽畜"),
    ("合同编号：【SZ-ZL】-2024-0816", "三唑仑"), ("他练F-L-G", "法轮功"), ("他练FLG", "法轮功"),
])
def test_capital_initials_with_joiners_are_an_acronym(matcher: Matcher, text: str, term: str) -> None:
    assert best(matcher, text, term) == 0.4


@pytest.mark.parametrize("text", ["他练f-l-g", "他练flg", "他练f.l.g"])
def test_lower_case_initials_stay_listed(matcher: Matcher, text: str) -> None:
    assert best(matcher, text, "法轮功") == 0.6
