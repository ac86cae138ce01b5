"""Hits the matcher assembles itself: across word boundaries, by folding repeats across words, and by
reading English, units and escapes as pinyin. Each false alarm must give no default hit (confidence
below 0.5, the default of ``beian scan`` and the gateway's strict mode), while the true evasion of
the same term is still found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from beian.text.lexicon import load_lexicon
from beian.text.matcher import Matcher
from beian.text.terms import Lexicon, Term

DEFAULT = 0.5  # beian scan --min-confidence default; the gateway's strict_min_confidence

TERMS = {
    "色情": "色情", "乳交": "色情", "性病": "色情", "小三": "低俗", "人大": "政治", "办证": "违法", "神经病": "辱骂",
    "咖啡因": "毒品", "咖啡": "饮品", "水多": "色情", "吸毒": "毒品", "枪支": "枪支", "国务院": "政治", "客服": "其他",
    "法轮功": "邪教", "发轮功": "邪教变体", "蒙古独立": "政治", "操美女": "色情", "你奶奶": "辱骂", "李克": "政治",
    "拉客": "色情", "阿勒泰": "地名", "赌博": "赌博",
}


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    lex = Lexicon(terms=[Term(t, category=c) for t, c in TERMS.items()])
    return Matcher.build(lex, cache_dir=tmp_path_factory.mktemp("cache"))


def _best(matcher: Matcher, text: str, term: str) -> float | None:
    """The highest confidence of a hit on ``term`` (None: no hit at all)."""
    found = [m.confidence for m in matcher.scan(text) if m.matched == term]
    return max(found, default=None)


@pytest.mark.parametrize(("text", "term"), [
    ("两国人民的友谊水乳交融，源远流长。", "乳交"),
    ("这份财报的数据让人大跌眼镜。", "人大"),
    ("请带上户口本到街道办证明材料。", "办证"),
    ("体检报告显示乙肝小三阳，医生建议复查。", "小三"),
    ("高血压属于慢性病，要长期服药。", "性病"),
    ("糖尿病周围神经病变会让手脚发麻", "神经病"),
    ("早上喝了杯咖啡，因为昨晚没睡好。", "咖啡因"),
    ("天气热，要多喝水，多吃水果。", "水多"),
    ("病情持续性病加重，需要住院", "性病"),   # 持续性|病 reads nearly as well as 持续|性病
    ("先生傍人大笑而去", "人大"),             # 傍|人|大笑
    ("预订了一间单人大床房", "人大"),         # 单人|大床
])
def test_a_hit_that_cuts_through_a_word_gives_no_default_hit(matcher: Matcher, text: str, term: str) -> None:
    confidence = _best(matcher, text, term)
    assert confidence is not None and confidence < DEFAULT  # still listed at --min-confidence 0.4


@pytest.mark.parametrize(("text", "term"), [
    ("他在网上卖色情片被抓了", "色情"),      # a longer word built on the term
    ("警方当场抓获三名吸毒者。", "吸毒"),
    ("群里有人兜售枪支弹药", "枪支"),
    ("你这个神经病，别来烦我", "神经病"),    # the term as a word of its own
    ("她就是别人口中的小三吧", "小三"),
    ("修炼法*轮*功的人又来发传单了", "法轮功"),  # separators inside the term
    ("全国人大常委会今天开会", "人大"),
    ("这杯咖啡里的咖啡因含量很高", "咖啡因"),
    ("他得了性病，很后悔", "性病"),           # 了性|病 is far less probable
])
def test_the_real_word_is_still_found_at_full_strength(matcher: Matcher, text: str, term: str) -> None:
    confidence = _best(matcher, text, term)
    assert confidence is not None and confidence >= 0.75


def test_an_always_block_term_keeps_its_confidence_inside_words(tmp_path: Path) -> None:
    (tmp_path / "词库.txt").write_text("# 分类: 低俗\n!小三\n乳交\n", encoding="utf-8")
    lex = load_lexicon(tmp_path / "词库.txt")
    assert [(t.text, t.always_block) for t in lex.terms] == [("小三", True), ("乳交", False)]
    m = Matcher.build(lex, cache_dir=tmp_path / "c")
    found = {h.matched: h.confidence for h in m.scan("乙肝小三阳患者与他们水乳交融")}
    assert found["小三"] == 1.0 and found["乳交"] < DEFAULT


def test_the_users_own_dictionary_is_part_of_the_reading(tmp_path: Path) -> None:
    text = "新品白粉霜今天上架"  # a product name the default dictionary does not know
    lex = Lexicon(terms=[Term("白粉", "毒品")])
    plain = Matcher.build(lex, cache_dir=tmp_path)
    assert _best(plain, text, "白粉") == 1.0
    lex.user_words = [("白粉霜", 2000)]
    own = Matcher.build(lex, cache_dir=tmp_path)
    assert own.key != plain.key  # the compiled cache knows the user dictionary
    assert (_best(own, text, "白粉") or 0) < DEFAULT
    assert _best(own, "他在卖白粉", "白粉") == 1.0


def test_repeats_are_not_folded_across_two_words(matcher: Matcher) -> None:
    for text, term, span in [("中华人民共和国国务院令第号", "国务院", "国务院"),
                             ("这家店的客服服务很周到", "客服", "客服")]:
        [hit] = [m for m in matcher.scan(text) if m.matched == term]
        assert (text[hit.start:hit.end], hit.variant) == (span, "exact")
    [hit] = [m for m in matcher.scan("，法法轮轮功，") if m.matched == "法轮功"]
    assert (hit.start, hit.end, hit.variant) == (1, 6, "repeat")


def test_a_word_typed_twice_across_a_full_stop_is_one_sane_hit(tmp_path: Path) -> None:
    """``宝宝．宝宝`` folds to one run of four 宝 across the deleted full stop; trimming it from both
    ends once left a hit ending before it started, and the C word check refused it (a crash on a real
    shopping review)."""
    matcher = Matcher.build(Lexicon(terms=[Term("宝宝"), Term("家宝")]), cache_dir=tmp_path)
    for text in ("我家宝宝．宝宝很乐意", "宝宝。宝宝", "我家宝宝，宝宝宝宝"):
        hits = matcher.scan(text)
        assert hits, text
        for m in hits:
            assert m.start < m.end and m.text == text[m.start:m.end], (text, m)
        assert any(m.matched == "宝宝" and m.text == "宝宝" for m in hits), (text, hits)


@pytest.mark.parametrize("text", [
    "有人说{}，真的",            # chat
    "“{}”",                      # quoted, with zero-width spaces between the doubled characters
    "【公告】{}\n",              # a notice line
    "sold {} online",            # inside English
])
@pytest.mark.parametrize(("term", "spaced"), [
    ("判处死刑", False), ("森村夏美种子", False), ("自由行", False), ("杨晶", False), ("肏死", True), ("醉春风", True),
])
def test_every_character_doubled_is_the_repeat_evasion(tmp_path: Path, text: str, term: str, spaced: bool) -> None:
    """判判处处死死刑刑: doubling every character is typed on purpose; the words the doubled characters
    happen to make (判判, 处处, 死死) are not a reason to lower the hit. Two-character terms qualify when
    they are not a dictionary word themselves (高高兴兴 is 高兴 said warmly)."""
    lex = Lexicon(terms=[Term(t) for t in (term, "高兴", "认证书")])
    own = Matcher.build(lex, cache_dir=tmp_path)
    sep = "\u200b" if spaced or text.startswith("“") else ""
    doubled = sep.join(c * 2 for c in term)
    written = text.format(doubled)
    [hit] = [m for m in own.scan(written) if m.matched == term]
    assert written[hit.start:hit.end] == doubled
    assert hit.confidence >= 0.75  # the gateway's default acts on it
    assert (_best(own, "销售者应当查验许可证、认证证书。", "认证书") or 0) < DEFAULT  # two words meeting stay low


@pytest.mark.parametrize(("text", "term"), [
    ("空腹血糖 5.6 mmol/L，低密度脂蛋白 120 mg/dL", "蒙古独立"),
    ("从 n 个元素中取 m 个，共有 C(m,n) 种取法", "操美女"),
    ('日志里打印了 "\\n\\n\\n" 三个换行', "你奶奶"),
    ("I would like to visit the lake this weekend.", "李克"),
    ("I would like to visit the lake this weekend.", "拉客"),
    ("化验单上 ALT 偏高，要复查肝功能", "阿勒泰"),
])
def test_latin_text_is_not_read_as_pinyin(matcher: Matcher, text: str, term: str) -> None:
    assert (_best(matcher, text, term) or 0) < DEFAULT


@pytest.mark.parametrize(("text", "term", "variant"), [
    ("有人在群里发 falungong 的资料", "法轮功", "pinyin"),
    ("别信 fa-lun-gong 那一套", "法轮功", "pinyin"),
    ("他又在评论区骂 nnn，真没素质", "你奶奶", "initials"),
    ("一起去dubo吗", "赌博", "pinyin"),
])
def test_real_pinyin_is_still_found(matcher: Matcher, text: str, term: str, variant: str) -> None:
    hits = [m for m in matcher.scan(text) if term in {c for c, _ in m.candidates} | {m.matched}]
    assert hits and hits[0].variant == variant and hits[0].confidence >= DEFAULT


@pytest.mark.parametrize(("text", "term"), [
    ("哥们一看就是碰了dama的人", "大麻"),        # GCIDE lists dama (a gazelle); English hardly uses it
    ("有人在群里发maozedong的图", "毛泽东"),     # GCIDE even lists maozedong
])
def test_a_rare_english_word_spelled_in_pinyin_reads_as_pinyin(tmp_path: Path, text: str, term: str) -> None:
    own = Matcher.build(Lexicon(terms=[Term(term), Term("李克"), Term("拉客")]), cache_dir=tmp_path)
    assert (_best(own, text, term) or 0) >= 0.75
    assert (_best(own, "我很like这个，周末去lake边", "李克") or 0) < DEFAULT  # common English words stay English
    assert (_best(own, "我很like这个，周末去lake边", "拉客") or 0) < DEFAULT


def test_a_sound_hit_names_every_entry_with_that_sound(matcher: Matcher) -> None:
    [hit] = matcher.scan("有人在群里发 falungong 的资料")
    assert set(hit.candidates) == {("法轮功", "邪教"), ("发轮功", "邪教变体")}
    assert (hit.matched, hit.category) in hit.candidates
    [plain] = matcher.scan("法轮功")
    assert plain.candidates == ()


def test_scan_json_lists_candidates_and_reads_the_user_dictionary(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from beian.cli import app

    (tmp_path / "词库.txt").write_text("# 分类: 邪教\n法轮功\n# 分类: 变体\n发轮功\n# 分类: 毒品\n白粉\n", encoding="utf-8")
    (tmp_path / "文本.txt").write_text("别信 falungong。\n法轮功\n新品白粉霜上架\n", encoding="utf-8")
    (tmp_path / "词典.txt").write_text("# 我们的产品\n白粉霜 2000 nz\n", encoding="utf-8")
    args = ["scan", "-l", str(tmp_path / "词库.txt"), "--json", str(tmp_path / "文本.txt"), "--lines"]
    lines = [json.loads(x) for x in CliRunner().invoke(app, args).output.splitlines()]
    pinyin = next(x for x in lines if x["variant"] == "pinyin")
    assert {(c["matched"], c["category"]) for c in pinyin["candidates"]} == {("法轮功", "邪教"), ("发轮功", "变体")}
    exact = next(x for x in lines if x["variant"] == "exact" and x["matched"] == "法轮功")
    assert "candidates" not in exact  # other lines keep the old shape
    assert any(x["matched"] == "白粉" for x in lines)
    own = CliRunner().invoke(app, [*args, "--user-dict", str(tmp_path / "词典.txt")]).output
    assert '"matched": "白粉"' not in own


def test_a_stream_holds_a_finished_term_until_the_next_words_arrive(matcher: Matcher) -> None:
    # "……让人大" may continue as "让人大跌眼镜" (no hit) or "让人大代表" (a hit): keep it back
    assert matcher.pending_chars("这份财报的数据让人大") >= 2
    assert matcher.pending_chars("全国人大代表今天开幕了") == 0


def test_a_user_word_does_not_hide_the_dictionary_words_it_begins_with() -> None:
    from beian.text.wordcut import WordCut

    cut = WordCut([("专业户口本", 10)])  # its prefixes 专业, 专业户 are not user words
    assert cut.is_word("专业") and cut.is_word("专业户")
    assert cut.is_word("专业户口本") and not cut.is_word("专业户口")


@pytest.mark.parametrize(("text", "term"), [
    ("我爱北京天安门，天安门上太阳升", "天安门"),   # 天安|门上 is e**-11 times as probable as 天安门|上
    ("边天的女性是当今互联网上厌男的", "互联网"),    # 互联|网上
    ("加强反恐怖主义工作，维护国家安全", "恐怖主义"),
])
def test_a_lone_character_takes_the_edge_only_when_that_reading_is_likely(tmp_path: Path, text: str,
                                                                        term: str) -> None:
    """``神经病|变`` reads as ``神经|病变`` (as probable); a whole word that jieba reads far more probably with its
    neighbour alone (天安门|上) keeps its confidence (2026-12-05: an outside audit saw the second 天安门 of a song
    line reported only as 天安)."""
    own = Matcher.build(Lexicon(terms=[Term(term), Term("神经病")]), cache_dir=tmp_path)
    assert [h.confidence for h in own.scan(text) if h.matched == term] == [1.0] * text.count(term)
    assert (_best(own, "糖尿病周围神经病变会让手脚发麻", "神经病") or 0) < DEFAULT


@pytest.mark.parametrize("text", ["//@淘宝:yyds", "英伟达yyds。", "//@豆瓣读书:dbq", "rgb(255, 87, 51)、hsl(11, 100%, 60%)"])
def test_typed_abbreviations_and_function_calls_are_not_initials(tmp_path: Path, text: str) -> None:
    """yyds (永远的神) read as y-d-s once the doubled y collapses, dbq (对不起), CSS hsl(...): an outside audit, 2026-12-05."""
    own = Matcher.build(Lexicon(terms=[Term("叶冬松"), Term("赌博器"), Term("回苏灵"), Term("你奶奶")]), cache_dir=tmp_path)
    assert all(h.confidence < DEFAULT for h in own.scan(text))
    assert (_best(own, "他又在评论区骂 nnn，真没素质", "你奶奶") or 0) >= DEFAULT


@pytest.mark.parametrize(("written", "plain", "term"), [
    ("看了台·湾·色·网站上的帖子", "看了台湾色网站上的帖子", "台湾色网"),        # the last character makes 网站
    ("周围神.经.病变会让手脚发麻", "周围神经病变会让手脚发麻", "神经病"),
    ("看了台丿湾丶色ノ网站上的帖子", "看了台湾色网站上的帖子", "台湾色网"),    # mixed fillers
    ("看了台&ensp;湾&ensp;色&ensp;网站上的帖子", "看了台湾色网站上的帖子", "台湾色网"),  # markup a decoder removes
    ("看了台\\n湾\\n色\\n网站上的帖子", "看了台湾色网站上的帖子", "台湾色网"),          # a written \n
    ("他在服%E6%89%A7%E4%B8%9A务站上班", "他在服执业务站上班", "执业"),        # exactly one run of escape codes
])
def test_a_term_written_apart_from_its_neighbours_is_not_a_word_cut(tmp_path: Path, written: str, plain: str,
                                                                    term: str) -> None:
    """Something inserted between every two characters of a term (or the term alone written as escape codes)
    marks where it begins and ends: the word its last character makes with the next one is not a misreading.
    The same characters written plainly still cut through the word."""
    own = Matcher.build(Lexicon(terms=[Term(t) for t in ("台湾色网", "神经病", "执业")]), cache_dir=tmp_path)
    assert (_best(own, written, term) or 0) >= 0.75
    assert (_best(own, plain, term) or 0) < DEFAULT


@pytest.mark.parametrize(("text", "term"), [
    ("两国人民的友谊水·乳交融", "乳交"),            # one gap: two words meeting at a mark
    ("糖尿病周围神经.病变会让手脚发麻", "神经病"),   # not every gap
    ("去%E6%9C%8D执业务站", "执业"),                # the hit is not the whole run of codes
])
def test_one_inserted_mark_is_not_enough_to_lift_the_word_check(tmp_path: Path, text: str, term: str) -> None:
    own = Matcher.build(Lexicon(terms=[Term(t) for t in (*TERMS, "执业", "服执")]), cache_dir=tmp_path)
    assert (_best(own, text, term) or 0) < DEFAULT
