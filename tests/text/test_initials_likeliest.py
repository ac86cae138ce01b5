"""An initials hit names the entry the letters most likely stand for (issue 12: "report every same-sound entry with
its category rather than an arbitrary one"; the sixty-second probe: ``szzz`` reported as 矢泽种子, 色情, for 圣战组织):
a character for each written letter first, then the phrase the dictionary reads most probably; the others stay in
``candidates``. Five letters or more, one for each character and three different ones at least, are acted on by
default (0.75); shorter ones, and runs of one letter, stay in strict mode (0.6)."""

from __future__ import annotations

import pytest

from beian.text.matcher import Matcher
from beian.text.terms import Lexicon, Term

TERMS = (("矢泽种子", "色情"), ("圣战组织", "暴恐"), ("苏兆征", "人名"), ("提供钢珠枪", "涉枪"), ("提供钢珠气枪", "涉枪"),
         ("骚姊姊", "色情"), ("制作硝化甘油", "涉爆"), ("习小小", "测试"), ("长泽梓种子", "测试"))


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    lexicon = Lexicon(terms=[Term(text, category=category) for text, category in TERMS])
    return Matcher.build(lexicon, cache_dir=tmp_path_factory.mktemp("cache"), engine="auto")


@pytest.mark.parametrize(("text", "written", "term", "category"), [
    ("收到一条短信说szzz，点开链接", "szzz", "圣战组织", "暴恐"),
    ("群里有人发 s z z z 的视频", "s z z z", "圣战组织", "暴恐"),
    ("闲鱼上有人挂tggzqq，私聊", "tggzqq", "提供钢珠气枪", "涉枪"),  # six letters: the six-character entry
])
def test_an_initials_hit_names_the_likeliest_phrase(matcher: Matcher, text: str, written: str, term: str,
                                                    category: str) -> None:
    hits = [m for m in matcher.scan(text) if m.variant == "initials"]
    assert len(hits) == 1
    hit = hits[0]
    assert (hit.text, hit.matched, hit.category) == (written, term, category)
    assert len(hit.candidates) >= 2 and term in {c[0] for c in hit.candidates}


@pytest.mark.parametrize(("text", "confidence"), [
    ("刚刷到一个帖子写着zzxhgy，举报了半天没人管", 0.75),  # six letters, one for each character: acted on by default
    ("闲鱼上有人挂tggzqq，私聊", 0.75),
    ("收到一条短信说szzz，点开链接", 0.6),                # four letters stay in strict mode
    ("叫家里老人下楼来取，什么xxxxxx", 0.6),              # one letter over and over is no phrase
    ("其他都还好。。zzzzz", 0.6),
])
def test_long_initials_are_acted_on_by_default(matcher: Matcher, text: str, confidence: float) -> None:
    hits = [m for m in matcher.scan(text) if m.variant == "initials"]
    assert hits and max(m.confidence for m in hits) == confidence
