"""What the hundred-and-eighty-seventh probe (972 evasions of 60 held-out terms, 92.9% at the default threshold; 200
ordinary lines, no matcher error) found, in other words than its cases:

- pinyin in a generator's lookalike letters that mixes Cyrillic Supplement letters (``ԛ`` U+051B, ``ԁ`` U+0501) with the
  generator's own (``ғ`` for f): the run of letters the second reading spells again stopped at ``ԛ``, so only the
  piece before it was read and a long term came out as two shorter entries, or not at all (5 of 60 missed).
"""

from __future__ import annotations

import pytest
from probe_terms import best as _best
from probe_terms import probe_matcher

from beian.text.matcher import Matcher

TERMS = ("仿真气枪出售", "仿真", "代开发票服务", "批发迷药")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [
    ("主页挂着ғɑոgᴢhеnԛiԛiɑnցсhuѕhօս，速来", "仿真气枪出售"),
    ("ԁɑiкɑiғɑрiɑօғսԝս 私聊", "代开发票服务"),
    ("рiғɑmiүɑօ", "批发迷药"),
])
def test_lookalike_pinyin_with_cyrillic_supplement_letters_is_read_whole(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.75
