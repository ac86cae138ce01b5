"""Each evasion form of issue 12: the input, the exact hit span, the variant and the confidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.text.matcher import Matcher
from beian.text.normalize import data_table, normalize
from beian.text.terms import Lexicon, Term

TERMS = ("法轮功", "中国法律", "色情", "色情网站", "咖啡因", "咖啡", "黄色", "禁书", "门户网站", "诈骗电话", "法轮", "老虎机")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    lexicon = Lexicon(terms=[Term(t, category="测试") for t in TERMS])
    return Matcher.build(lexicon, cache_dir=tmp_path_factory.mktemp("m"))


def hits(matcher: Matcher, text: str) -> list[tuple[int, int, str, str]]:
    return [(m.start, m.end, m.matched, m.variant) for m in matcher.scan(text)]


@pytest.mark.parametrize(("text", "span", "term", "variant"), [
    ("看色\u0301情\u0301网\u0301站啊", (1, 8), "色情网站", "zero_width"),  # combining marks
    ("看色\u0301情\u0301网\u0301站\u0301啊", (1, 9), "色情网站", "zero_width"),  # the last mark too
    ("今天fǎ lún gōng呢", (2, 13), "法轮功", "pinyin"),                   # tone marks
    ("今天fa3lun2gong1呢", (2, 14), "法轮功", "pinyin"),                  # tone digits
    ("他说zhōng guó fǎ lǜ", (2, 17), "中国法律", "pinyin"),               # ü as v, repeats across spaces
    ("今天ꜰᴀʟᴜɴɢᴏɴɢ呢", (2, 11), "法轮功", "pinyin"),                      # small capitals
    ("今天fαlυngσng呢", (2, 11), "法轮功", "pinyin"),                     # Greek lookalikes
    ("今天faluոɡoոɡ呢", (2, 11), "法轮功", "pinyin"),                      # script g, Armenian ո
    ("说法丶轮〇功呢", (1, 6), "法轮功", "separator"),                     # CJK fillers
    ("看色丨情网丨站", (1, 7), "色情网站", "separator"),                   # the title bar 丨 (a CJK character)
    ("说法ーー轮功呢", (1, 6), "法轮功", "separator"),                     # the prolonged sound mark as a dash
    ("说法の轮ノ功呢", (1, 6), "法轮功", "separator"),
    ("说法#️⃣轮#️⃣功呢", (1, 10), "法轮功", "separator"),                # keycap emoji
    ("有🈲书吗", (1, 3), "禁书", "style"),                                 # enclosed ideograph
    ("⻩色的", (0, 2), "黄色", "style"),                                   # CJK radical
    ("访问⻔户网站", (2, 6), "门户网站", "style"),
    ("玩老⻁机输了", (1, 4), "老虎机", "style"),                            # ⻁ is 虎 (EquivalentUnifiedIdeograph), not 虍
    ("说⺡去轮功呢", (1, 5), "法轮功", "split"),                            # ⺡ is the component 氵 of a 拆字
    ("詐騙電話", (0, 4), "诈骗电话", "traditional"),
    ("今天fa轮功呢", (2, 6), "法轮功", "mixed"),                            # mixed pinyin/characters
])
def test_form_is_found_with_its_span(matcher: Matcher, text: str, span: tuple[int, int], term: str,
                                     variant: str) -> None:
    assert (*span, term, variant) in hits(matcher, text)


def test_variant_characters_beyond_opencc_fold() -> None:
    variants = data_table("fold_variants.tsv")
    assert variants["囯"] == "国" and normalize("中囯").text == "中国"
    assert not any("\u4e00" <= src <= "\u9fa5" and src.encode("gb2312", "ignore") for src in variants)


def test_digits_of_every_script_fold() -> None:
    assert normalize("٣٤۵६").text == "3456"  # Arabic-Indic, Extended Arabic-Indic, Devanagari


@pytest.mark.parametrize("brk", ["\n", "\r\n", "\u2028", "\u2029", "\x0b", "\x0c", "\x85"])
def test_a_line_break_inside_a_term_is_a_hit_the_gateway_acts_on(matcher: Matcher, brk: str) -> None:
    text = f"他说法{brk}轮功很好"
    [hit] = matcher.scan(text)
    assert (text[hit.start:hit.end], hit.matched, hit.confidence) == (f"法{brk}轮功", "法轮功", 0.75)


def test_one_character_per_line_is_regular_insertion(matcher: Matcher) -> None:
    [hit] = matcher.scan("法\n轮\n功")
    assert (hit.start, hit.end, hit.confidence) == (0, 5, 0.8)


@pytest.mark.parametrize("text", ["竖着写：\n赌\n博\n", "- 赌\n- 博\n", "1. 赌\n2. 博", "> 赌\n> 博", "赌\n博"])
def test_a_two_character_term_set_one_character_per_line_is_acted_on(tmp_path: Path, text: str) -> None:
    """Each character on a line of its own is the text set one character per line (or one per list item), not a
    word broken at the end of a line; ordinary text never has two such lines in a row."""
    own = Matcher.build(Lexicon(terms=[Term("赌博")]), cache_dir=tmp_path)
    assert max((m.confidence for m in own.scan(text) if m.matched == "赌博"), default=0.0) >= 0.75
    for wrapped in ("我想要赌\n博的网址", "- 想要赌\n- 博的"):  # other characters beside them: 0.5, strict mode only
        assert max(m.confidence for m in own.scan(wrapped) if m.matched == "赌博") == 0.5


def test_clause_mark_inside_a_term_lowers_confidence_but_hides_nothing(matcher: Matcher) -> None:
    found = {(m.start, m.end, m.matched, m.confidence) for m in matcher.scan("一杯咖啡，因为困")}
    assert found == {(2, 4, "咖啡", 1.0), (2, 6, "咖啡因", 0.4)}  # 0.4: 因 belongs to 因为 (word boundary)
    [pair] = matcher.scan("看色，情片")
    assert (pair.start, pair.end, pair.confidence) == (1, 4, 0.45)


@pytest.mark.parametrize(("text", "confidence"), [
    ("他说，色，情，不好", 0.5),      # each character a clause of its own: the term with a mark inside
    ("色。情", 0.5),                  # the whole text
    ("好，色、情。", 0.5),            # an enumeration comma between other marks
    ("“色”，“情”", 0.5),              # quoted, then a comma
    ("看色，情片", 0.45),              # a neighbour on either side: two clauses meeting, as in 日，他在
    ("猪、色、情、犬", 0.45),          # a list of single characters
])
def test_a_two_character_term_split_by_a_mark_is_acted_on_only_when_it_stands_alone(
        matcher: Matcher, text: str, confidence: float) -> None:
    [hit] = [m for m in matcher.scan(text) if m.matched == "色情"]
    assert hit.confidence == confidence


def test_repeat_collapse_does_not_cross_a_separator(matcher: Matcher) -> None:
    assert hits(matcher, "他看色情，情况很糟") == [(2, 4, "色情", "exact")]
    assert hits(matcher, "色情网站，站") == [(0, 4, "色情网站", "exact")]
    assert hits(matcher, "法法轮轮功") == [(0, 5, "法轮功", "repeat")]


def test_noise_deletion_is_bounded(matcher: Matcher) -> None:
    assert hits(matcher, "法" + " " * 8 + "轮功") == [(0, 11, "法轮功", "separator")]
    assert matcher.scan("法" + " " * 200 + "轮功") == []
    assert matcher.scan("法\n\n轮功") == []  # a paragraph break is a hard boundary


def test_batched_documents_never_join(matcher: Matcher) -> None:
    assert matcher.scan_many(["说法", "轮功", "色情"])[:2] == [[], []]


def test_pending_tail_crosses_one_line_break_but_not_a_paragraph(matcher: Matcher) -> None:
    assert matcher.pending_chars("今天说法\n") == 2
    assert matcher.pending_chars("今天说法\n\n") == 0


def test_scan_min_confidence_option(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from beian.cli import app

    (tmp_path / "词库.txt").write_text("色情\n法轮功\n", encoding="utf-8")
    (tmp_path / "文本.txt").write_text("看色，情片\n说法\n轮功\n", encoding="utf-8")
    args = ["scan", "-l", str(tmp_path / "词库.txt"), "--json", str(tmp_path / "文本.txt")]
    default = CliRunner().invoke(app, args).output
    assert '"matched": "法轮功"' in default and '"matched": "色情"' not in default
    low = CliRunner().invoke(app, [*args, "--min-confidence", "0.4"]).output
    assert '"matched": "色情"' in low


def test_a_line_break_after_punctuation_reads_as_a_sentence_end(matcher: Matcher) -> None:
    found = {(m.start, m.end, m.matched, m.confidence) for m in matcher.scan("看了色情网.\n站")}
    assert found == {(2, 4, "色情", 1.0), (2, 8, "色情网站", 0.6)}


@pytest.mark.parametrize(("text", "written"), [
    ("群里有【色】【情】资源", "色】【情"),
    ("搜“色”“情”就有", "色”“情"),
    ("「黄」「色」小说", "黄」「色"),
    ("(禁)(书)清单", "禁)(书"),
])
def test_every_character_in_brackets_of_its_own_is_insertion(matcher: Matcher, text: str, written: str) -> None:
    [hit] = [m for m in matcher.scan(text) if text[m.start:m.end] == written]
    assert hit.confidence == 0.8  # regular insertion, like 色*情: the gateway's default acts on it


@pytest.mark.parametrize("text", ["我们去赌【】博吧", "他在赌()博", "说赌“”博", "赌《》博网站", "赌（）（）博"])
def test_an_empty_pair_of_brackets_is_an_insertion(tmp_path: Path, text: str) -> None:
    """A pair with nothing inside encloses nothing: it is put there to break the term, like ``赌*博``."""
    m = Matcher.build(Lexicon(terms=[Term("赌博")]), cache_dir=tmp_path)
    [hit] = m.scan(text)
    assert hit.matched == "赌博" and hit.confidence >= 0.75


def test_brackets_that_are_not_an_empty_pair_stay_structure(tmp_path: Path) -> None:
    m = Matcher.build(Lexicon(terms=[Term("甲乙")]), cache_dir=tmp_path)
    assert all(h.confidence < 0.5 for h in m.scan("条款甲）（乙方"))  # a closing then an opening mark
    assert all(h.confidence < 0.5 for h in m.scan("甲（乙方）"))


@pytest.mark.parametrize(("text", "term"), [
    ("第（一）项和第（二）项", "法轮"),   # structure, not insertion: nothing to find
    ("他说“色”，情况就变了", "色情"),    # only the first character quoted
    ("看【色情】网站", "色情网站"),      # brackets around a word, not each character
])
def test_brackets_that_mark_structure_stay_low(matcher: Matcher, text: str, term: str) -> None:
    assert all(m.confidence < 0.5 for m in matcher.scan(text) if m.matched == term)


def test_spaces_around_a_line_break_are_not_punctuation(matcher: Matcher) -> None:
    """Text set one character per line often keeps the spaces around each break; they do not make the
    break a sentence end, as a full stop or a comma before it does."""
    [hit] = matcher.scan("法 \n 轮 \n 功")
    assert hit.confidence == 0.8
    [two] = matcher.scan("看色 \n 情片")
    assert two.confidence == 0.5  # two characters across a line break: the strict mode acts on it
    [stop] = [m for m in matcher.scan("看色。\n情片") if m.matched == "色情"]
    assert stop.confidence == 0.45


def test_split_and_neutral_tone_reach_long_terms(tmp_path: Path) -> None:
    """拆字 for terms of up to eight characters; tone digits with the neutral tone left bare, as
    pypinyin's TONE3 and most people write it (``yu3 pang4 zi``)."""
    m = Matcher.build(Lexicon(terms=[Term("诈骗电话短信群发"), Term("羽胖子"), Term("刁的女儿")]), cache_dir=tmp_path)
    for text, term, variant in [("有人卖讠乍骗电话短信群发设备", "诈骗电话短信群发", "split"),
                                ("评论：yu3 pang4 zi 又来了", "羽胖子", "pinyin"),
                                ("diao1 de nv3 er2", "刁的女儿", "pinyin"),
                                ("yu3pang4zi5", "羽胖子", "pinyin")]:
        assert [(h.matched, h.variant) for h in m.scan(text)] == [(term, variant)]


def test_split_characters_are_a_channel_of_their_own(tmp_path: Path) -> None:
    m = Matcher.build(Lexicon(terms=[Term("诈骗电话"), Term("好人")]), cache_dir=tmp_path)
    [hit] = m.scan("打来的讠乍骗电话")
    assert (hit.start, hit.end, hit.matched, hit.variant, hit.confidence) == (3, 8, "诈骗电话", "split", 0.75)
    assert m.scan("美女子人很多") == []  # 好 = 女子 is an ordinary word: that split is left out


@pytest.mark.parametrize("text", ["这里有老\u0304虎\u032b机\u0342卖", "这里有老丶虎丶机卖", "这里有老#\ufe0f\u20e3虎#\ufe0f\u20e3机卖"])
def test_an_evasion_is_reported_as_the_plain_entry_whichever_file_came_first(tmp_path: Path, text: str) -> None:
    """Public lexicons list both ``老.虎.机`` and ``老虎机``; they fold alike. An evasion without the dots is the
    plain word's evasion, not the dotted entry seen plain (which would drop it to 0.4)."""
    m = Matcher.build(Lexicon(terms=[Term("老.虎.机", category="前"), Term("老虎机", category="后")]), cache_dir=tmp_path)
    [hit] = m.scan(text)
    assert (hit.matched, hit.category) == ("老虎机", "后") and hit.confidence >= 0.75
    [dotted] = m.scan("这里有老.虎.机卖")
    assert dotted.matched == "老.虎.机" and dotted.confidence == 1.0


@pytest.mark.parametrize(("text", "term", "written"), [
    ("想买这车震 震动裤子的", "车震", "车震"),      # the writer's own 震 and the next word's 震
    ("有一期中国国家地理讲过", "国家", "国家"),      # 中国|国家: the doubled 国 belongs to both words
    ("犹太公会提出出售房产", "出售", "出售"),
])
def test_a_two_character_word_beside_a_doubled_character_is_found(tmp_path: Path, text: str, term: str,
                                                                 written: str) -> None:
    """Collapsing 震 震 to one 震 made 这车震动 read as 这车|震动, a two-character hit across two words, and dropped
    it; the words around a collapsed repeat each have their own copy."""
    m = Matcher.build(Lexicon(terms=[Term(term)]), cache_dir=tmp_path)
    [hit] = m.scan(text)
    assert text[hit.start:hit.end] == written and hit.confidence >= 0.75


def test_a_line_ending_in_the_terms_digits_is_not_a_list_number(tmp_path: Path) -> None:
    """A line break right before a digit or letter starts a list item or a speaker label (``吗\\nB：``); one right
    after the term's own digits (``89\\n学运``) is the term broken over two lines."""
    m = Matcher.build(Lexicon(terms=[Term("89学运"), Term("吗b")]), cache_dir=tmp_path)
    [hit] = m.scan("他们说的89\n学运那件事")
    assert hit.matched == "89学运" and hit.confidence >= 0.75
    assert all(h.confidence < 0.5 for h in m.scan("A： 嗨，你好吗\nB： 我很好"))


@pytest.mark.parametrize(("text", "written"), [
    ("有没有懂哥说下网\xad赌这玩意", "网\xad赌"),                 # 下网 is a word; the soft hyphen is not a boundary
    ("群里谁有神\u200b仙\u200b水渠道", "神\u200b仙\u200b水"),    # 水渠 is a word
    ("又有人发黄\u0301片\u0301广告", "黄\u0301片\u0301"),         # 发黄 is a word
])
def test_a_term_broken_only_by_invisible_characters_is_not_read_across_words(tmp_path: Path, text: str,
                                                                             written: str) -> None:
    """A reader sees 网赌 whole when only invisible characters break it, so 下网 is no reading of it; a space
    or a visible mark between words (``不错 比``) still lets the word check read two words."""
    m = Matcher.build(Lexicon(terms=[Term("网赌"), Term("神仙水"), Term("黄片"), Term("错比")]), cache_dir=tmp_path)
    [hit] = m.scan(text)
    assert text[hit.start:hit.end] == written and hit.confidence >= 0.75
    assert all(h.confidence < 0.5 for h in m.scan("质量真的不错 比想象中的要好"))
