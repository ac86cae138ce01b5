"""A long text is scanned with shortcuts a short one does not take (the rarer second readings skipped where their
signal character occurs nowhere, :mod:`beian.text.signals`; the fields of a folded hit made once per spelling); the
hits must be the ones its paragraphs give one by one."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from beian.text import emoji_chars, fancy, flipped, keycaps, signals, zhuyin
from beian.text.matcher import DOC_JOIN, Match, Matcher
from beian.text.terms import Lexicon, Term

TERMS = ("赌博", "冰毒", "法轮功", "色情", "十三水", "草泥马", "porn", "活動", "专/业", "專業", "中蕐", "中华", "info",
         "老.虎.机", "老虎机", "六合彩", "时时彩")
PARAGRAPHS = (
    "兄弟们整点ㄉㄨˇㄅㄛˊ吗",                       # zhuyin
    "他们在练ƃuoƃunlɐɟ呢",                           # upside down
    "有没有รєợเภﻮ的",                                  # a generator's letters
    "来玩十🈚三🈚水，六8️⃣合8️⃣彩也行",                 # keycap and ideograph fillers
    "草泥🐴！",                                        # an emoji for a character
    "本次活动由中华书局主办，活动地点在专业教室。",     # folded hits spelled unlike their entries
    "请把 专/业 填进表格，专业 二字不要写错。",         # an entry with a symbol, written with and without it
    "报名表的专业/方向一栏写专业",                      # ... and without it, a slash beside
    "日志级别 INFO，info 级别以上都记。",                # a Latin entry in capitals and as written
    "代码里写 logging.INFO 就行",                       # ... in capitals, in code
    "那个老.虎.机和老虎机都是违法的",
    "下载 p0rn 的网站不要点",                           # letters with stand-ins
    "1. 冰\n2. 毒",                                     # list marks between the pieces of a term
)


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return Matcher.build(Lexicon(terms=[Term(t, category="测试") for t in TERMS]),
                         cache_dir=tmp_path_factory.mktemp("cache"))


def _one_by_one(matcher: Matcher, paragraphs: list[str]) -> list[Match]:
    out, at = [], 0
    for p in paragraphs:
        out += [m._replace(start=m.start + at, end=m.end + at) for m in matcher.scan(p)]
        at += len(p) + len(DOC_JOIN)
    return out


def test_a_long_text_gives_the_hits_of_its_paragraphs(matcher: Matcher) -> None:
    filler = "今天天气不错，我们在公园里散步，看到很多人在跳广场舞。" * 8
    paragraphs = [filler if k % 2 else PARAGRAPHS[(k // 2) % len(PARAGRAPHS)] for k in range(60)]
    text = DOC_JOIN.join(paragraphs)
    assert len(text) >= signals.LONG
    found = matcher.scan(text)
    assert found == _one_by_one(matcher, paragraphs)
    assert {"pinyin", "flipped", "fancy", "separator", "emoji", "leet"} <= {m.variant for m in found}
    assert [m.matched for m in found if m.text == "活动"] == ["活動"] * text.count("活动") == ["活動"] * 4
    assert {m.matched for m in found if m.text == "专业"} == {"专/业", "專業"}  # the slash beside or not


def test_a_long_text_without_signals_skips_the_rare_readings_and_finds_the_rest(matcher: Matcher) -> None:
    plain = DOC_JOIN.join(["本次活动由中华书局主办，活动地点在专业教室。", "今天天气不错。" * 700, "那个老虎机是违法的"])
    assert signals.present(plain) == 0
    assert [m.matched for m in matcher.scan(plain)] == ["活動", "中华", "活動", "專業", "老虎机"]


@pytest.mark.parametrize(("module", "bit", "sample"), [
    (emoji_chars, signals.EMOJI, "🐴"), (zhuyin, signals.ZHUYIN, "ㄉ"), (keycaps, signals.KEYCAP, "\u20e3"),
    (fancy, signals.FANCY, "ค"), (flipped, signals.FLIPPED, "ɐ")])
def test_each_reading_is_signalled_by_its_own_characters(module: object, bit: int, sample: str) -> None:
    long_plain = "今天天气不错。" * 700
    assert signals.present(long_plain) == 0
    assert signals.present(long_plain + sample) == bit
    assert signals.present(sample) == signals.ALL  # a short text keeps every reading's own search


def test_no_signal_lies_beyond_the_planes_the_table_is_built_from() -> None:
    beyond = np.arange(signals.PLANES, 0x110000, dtype=np.uint32).tobytes().decode("utf-32-le")
    for _, signal in signals._SIGNALS:
        assert signal().search(beyond) is None


def test_every_signal_character_is_in_the_table() -> None:
    table = signals._table()
    for bit, signal in signals._SIGNALS:
        every = "".join(chr(c) for c in range(signals.PLANES) if not 0xD800 <= c < 0xE000)
        marked = {m.start() for m in signal().finditer(every)}
        assert marked and all(table[ord(every[k])] & bit for k in marked)


def test_the_shortcuts_hold_on_real_text(matcher: Matcher, shared_data: Path) -> None:
    """Law text (few signals) with the paragraphs above spliced in: the same hits whole and paragraph by paragraph."""
    import gzip
    import json

    with gzip.open(shared_data / "corpus-china-laws/china_laws.jsonl.gz", "rt", encoding="utf-8") as fh:
        laws = [json.loads(next(fh))["text"][:3000] for _ in range(12)]
    paragraphs = [x for pair in zip(laws, PARAGRAPHS) for x in pair]
    assert matcher.scan(DOC_JOIN.join(paragraphs)) == _one_by_one(matcher, paragraphs)


_LINE_PIECES = (">", "> ", "1.", "12、", "3)", "（2）", "(4)", "-", "*", "•", "[", "]", "21:03", "21:03:05", "2024-03-12",
                "2024/3/12", "2024年3月12日", " ", "\t", "　", "老王", "小李子", ":", "：", "(10086)", "（12345）", "(", "（",
                ")", "第一条", "海", "洛因", "abc", "9", "99999", "T", "\r")


def test_the_quick_test_for_a_marked_line_misses_none() -> None:
    """The marked lines of a long text are found with a cheaper look-ahead tried first (``line_marks._MAYBE_MARK``);
    on lines made of every kind of mark, name, time and bracket it finds exactly the lines the full pattern finds."""
    import random
    import re

    from beian.text import line_marks

    full = re.compile(r"\n" + line_marks._MARK_START)
    rng, marked = random.Random(7), 0
    for _ in range(6000):
        lines = ["".join(rng.choice(_LINE_PIECES) for _ in range(rng.randint(0, 9))) for _ in range(rng.randint(2, 6))]
        text = "\n".join(lines)
        want = [m.start() for m in full.finditer(text)]
        assert [m.start() for m in line_marks._NEXT.finditer(text)] == want, text
        marked += len(want)
    assert marked > 3000  # the lines drawn do hold marks
