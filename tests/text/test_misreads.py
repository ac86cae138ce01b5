"""Numbers, times, formulas and English words that the fold would read as evasions of ASCII terms.

The public lexicons carry terms such as ``64``, ``89``, ``500``, ``24``, ``IS`` and ``tel``. Deleting
separators and collapsing repeats (what catches ``法 轮 功``) used to find them in ``2.4吨``,
``15:00``, ``5000元``, ``2024年``, ``b^2 - 4ac`` and ``Tell me``. The texts below are written in
several styles (homework, timetables, shop notices, JSON logs, history prose, English chat); none
may give a default hit, while the same terms written on their own, or evaded with spaces, still do.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from beian.text.matcher import Matcher
from beian.text.misreads import ascii_misread, inside_number
from beian.text.normalize import codepoints
from beian.text.terms import Lexicon, Term

DEFAULT = 0.5  # beian scan --min-confidence default; the gateway's strict_min_confidence
TERMS = ("64", "89", "500", "24", "6.4", "40=", "IS", "tel", ".cn", "4风", "你爸", "法轮功", "20年", "CS",
         "认证书", "第一", "较易", "邓二世", "光辉指", "提供手枪qq", "www.ggmm543.cn",
         "《苹果》", "专/业", "第二", "双十", "王八朝", "黑田美礼", "吗b", "口3", "是中国", "shit", "加q")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    lex = Lexicon(terms=[Term(t, category="测试") for t in TERMS])
    return Matcher.build(lex, cache_dir=tmp_path_factory.mktemp("cache"))


def _default_hits(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    return [(m.matched, m.text) for m in matcher.scan(text) if m.confidence >= DEFAULT]


@pytest.mark.parametrize("text", [
    "其能量大约相当于2.4吨煤。",                       # decimal
    "长31.4米，深2.4米，在它的内壁与底面抹水泥。",
    "14:00 - 15:00：午休；15:00：提醒您在研讨会签到。",  # times
    "活动期间一次性消费满 5000元可免费获得充电宝。",     # prices and repeats inside numbers
    "门店销售规模 85000元，活动参与人次 1200。",
    "判别式 Δ = b^2 - 4ac，当 Δ > 0 时有两个实根。",     # formulas
    "所以 4+4-7/2*4 的值是 2。",
    "x^2−29x+50=0，这是一个二次方程。",
    "胜率高达75．5％，另有16．3％为平局。",              # full-width decimals
    "2024年美国大选虽然还未开始，民调已经很激烈。",      # years
    "明正德四年（1509年），刘瑾家人被捕。",
    '{"id": 564, "start": 249, "label": "TRIAL_589"}',  # ids in a log
    "日程：4.11 4.12 4.13，活动主题待定。",              # a list of dates
    "第6. 50-60ms：C 组设备响应时间。",                 # numbering next to a number
    "Tell me about your day. What is the most fun part?",  # English: doubled letters, "is"
    "The answer is C(n+m-1, m-1) by stars and bars.",   # C(n read as .cn
    "3. 水花云\n4. 风水山\n5. 山水画",                   # list numbering before a Chinese word
    "听说他爸爸是领导，你爸爸知道吗？",                  # 爸爸 is a word: 你爸 cuts through it
    "本规定自2000年12月1日起施行。",                    # doubled digits next to a Chinese term
    "销售者应当查验许可证、认证证书。",                  # 认证|证书 folded into 认证书 by the repeat
    "有前款第（一）、（二）项所列行为的，处以罚款。",     # brackets of an enumeration
    "二十条规定，二手车交易业务经营者未依照规定备案。",    # 车交 (拆字 of 较) cuts through 二手车|交易
    "Đại Việt sử ký, Việt Nam Quốc Sử, biên soạn.",      # Vietnamese: c|S across two words
    "巴黎孚日广场（Place des Vosges）建于 1612 年。",     # French: des is a word, not initials
    "处理器主频 4.7 GHz，功耗 65 W。",                   # a unit in mixed case
    "烟台的苹果很甜，比进口苹果便宜。",                  # 《苹果》 names a film, not the fruit
    "加强专业队伍建设，提高专业水平。",                  # 专/业: the slash is part of that term
    "A： 嗨，你好吗\nB： 我很好，你呢？",               # a speaker label after a line break
    "每天刷牙，饭后漱口\n3. 咳嗽、打喷嚏时遮住口鼻。",   # a list number after a line break
    "每年的3月5日是“中国青年志愿者服务日”。",           # quotation marks mark a phrase
    "化验单：白细胞低（wbc3.4），医生让复查。",          # initials inside a lab value
    "附件见 17706.html，请下载。",                       # initials inside a file name
    "违反本条例第二十二条规定的，责令改正。",            # 第二 inside the numeral 第二十二
    "从买单到双十一，价格一直在降。",                    # 双十 inside 双十一
])
def test_numbers_formulas_and_english_give_no_default_hit(matcher: Matcher, text: str) -> None:
    assert _default_hits(matcher, text) == []


@pytest.mark.parametrize(("text", "term"), [
    ("今天是6.4，大家都懂。", "6.4"),          # the term's own spelling, separator included
    ("那年 6 4 的事情不能说。", "64"),         # spaces inserted between digits
    ("他在帖子里写了89两个数字。", "89"),
    ("口令是 IS ，不要外传。", "IS"),
    ("法 轮 功", "法轮功"),
    ("你爸在家吗", "你爸"),
    ("他在里面关了20年。", "20年"),
    ("这门课的考试较易通过。", "较易"),
    ("他考了第一名。", "第一"),
    ("第-一的说法", "第一"),                  # noise, not brackets, between the characters
    ("提 供 手 枪 q q，速来", "提供手枪qq"),   # the term's own doubled letters are no spelling repeat
    ("访问 w w w . g g m m 5 4 3 . c n 下单", "www.ggmm543.cn"),
    ("你看过《苹果》这部片子吗", "《苹果》"),
    ("他考了第二名。", "第二"),
    ("双十节快乐", "双十"),
    ("看这个：是“中”国", "是中国"),
    ("wwwwhat？Sssssssssshit！", "shit"),    # letters stretched for emphasis are no spelling
    ("后面说到要加qq号", "加q"),                 # quotes in every gap: a regular insertion
])

def test_the_same_terms_are_still_found(matcher: Matcher, text: str, term: str) -> None:
    assert term in [m for m, _ in _default_hits(matcher, text)]


def test_misread_hits_are_kept_below_the_default_threshold(matcher: Matcher) -> None:
    """Capped, not dropped: ``--min-confidence 0.4`` still lists them for a reviewer."""
    low = [m for m in matcher.scan("深2.4米") if m.matched == "24"]
    assert low and all(m.confidence < DEFAULT for m in low)


def test_inside_number_looks_past_decimal_and_time_marks() -> None:
    text = "1.6 4.2 和 15:00 与 64"
    cps = codepoints(text)
    spans = {"6 4": (2, 5), "5:0": (11, 14), "64": (18, 20)}
    starts = np.array([a for a, _ in spans.values()], dtype=np.int64)
    ends = np.array([b for _, b in spans.values()], dtype=np.int64)
    assert [text[a:b] for a, b in spans.values()] == list(spans)
    assert inside_number(cps, starts, ends).tolist() == [True, True, False]


@pytest.mark.parametrize(("original", "term", "repeated", "expected"), [
    ("2.4", "24", False, True),
    ("C(n", ".cn", False, True),
    ("6.4", "6.4", False, False),     # the term's own spelling
    ("6 4", "64", False, False),      # spaces are insertion, not a formula
    ("5000", "500", True, True),
    ("Tell", "tel", True, True),
    ("BBC", "Bc", True, True),
    ("Sssshit", "shit", True, False),
    ("is", "IS", False, True),
    ("Is", "IS", False, False),       # not all lower case: may be the acronym
    ("ｉｓ", "IS", False, True),       # full-width letters fold first
    ("法-轮-功", "法轮功", False, False),  # separators between Chinese characters stay an evasion
    ("fa-lun-gong", "falungong", False, False),  # pinyin syllables with separators: pinyin, not a formula
    ("Wen.Jia.Bao", "wenjiabao", False, False),
    ("xi_da·da", "xidada", False, False),
    ("falun-gong", "falungong", False, False),    # a group may hold several syllables
    ("e-mail", "email", False, True),             # English with a hyphen: e and mail are not syllables
    ("ma-5", "ma5", False, True),                 # digits are never pinyin
])
def test_ascii_misread(original: str, term: str, repeated: bool, expected: bool) -> None:
    assert ascii_misread(original, term, repeated) is expected


def test_pinyin_with_separators_reaches_a_latin_entry_at_full_strength(tmp_path: Path) -> None:
    """The public lexicons hold pinyin-spelled entries (``falungong``, ``wenjiabao``); pinyin typed
    with hyphens or dots is the same word, and the pinyin channel's own hit on that span must not be
    hidden by a lowered one."""
    m = Matcher.build(Lexicon(terms=[Term("falungong"), Term("wenjiabao"), Term("24")]), cache_dir=tmp_path)
    for text, term in [("转发：fa-lun-gong 好", "falungong"), ("标题 Wen.Jia.Bao 的新闻", "wenjiabao")]:
        assert max(h.confidence for h in m.scan(text) if h.matched == term) >= 0.75
    assert all(h.confidence < DEFAULT for h in m.scan("约2.4吨") if h.matched == "24")


def test_a_symbol_term_alone_does_not_claim_the_plain_number(tmp_path: Path) -> None:
    """With only ``6.4`` in the lexicon, ``64分钟`` is no default hit and ``6.4`` still is."""
    matcher = Matcher.build(Lexicon(terms=[Term("6.4", category="测试")]), cache_dir=tmp_path)
    assert _default_hits(matcher, "比赛共64分钟。") == []
    assert ("6.4", "6.4") in _default_hits(matcher, "今天是6.4，大家都懂。")


@pytest.mark.parametrize(("text", "term"), [
    ("电话：400-820-8964，工作时间 9:00", "8964"),      # one group of a phone number
    ("ISBN 978-7-5327-6489-2，定价 64.0", "6489"),      # of an ISBN
    ("MAC 地址 00:1A:2B:3C:4D:5E", "2b"),               # of a MAC address
    ("在设置中选择 \"BT-Speaker-X3\" 配对", "bt"),      # of a model name
    ("汽车工业的全球化竞争是70年代以后的事", "70年"),    # digits and characters: 年代 is a word
    ("LANG=zh_CN.UTF-8，否则日志乱码", ".cn"),          # a locale code, another case than the entry
    ("报错 undefined at main.js:42:17", "js"),          # a file extension
    ("Xi'an is famous for the Terracotta Army.", "xi"),  # one romanized word
])
def test_identifiers_and_codes_give_no_default_hit(tmp_path: Path, text: str, term: str) -> None:
    """Found by an outside audit of 3,302 benign lines (2026-12-05): groups of identifiers joined by hyphens or colons,
    a number and character term across a word, and Latin terms written in another case inside code."""
    m = Matcher.build(Lexicon(terms=[Term(term)]), cache_dir=tmp_path)
    assert all(h.confidence < DEFAULT for h in m.scan(text))


@pytest.mark.parametrize(("text", "term"), [
    ("那天是1989-06-04，谁都记得", "1989"),   # a date is not an identifier
    ("记住8964", "8964"),
    ("六四-8964 不能忘", "8964"),              # joined to characters, not to another group
    ("fuck-you 去死", "fuck"),                 # a hyphenated word: no digit in the chain
    ("访问 www.minghui.org 看看", "minghui"),  # the term in its own case inside a URL is the term
    ("说89学运那件事", "89学运"),
])
def test_the_same_terms_written_as_themselves_are_still_found(tmp_path: Path, text: str, term: str) -> None:
    m = Matcher.build(Lexicon(terms=[Term(term)]), cache_dir=tmp_path)
    assert any(h.confidence >= 0.75 for h in m.scan(text))


@pytest.mark.parametrize(("text", "counted"), [
    ("中国组合以3分24秒夺冠", True), ("短道速滑500米", True), ("每个node 64核256G", True), ("#64楼# 感谢分享", True),
    ("中国男足在第89分钟被绝平", True), ("矿泉水 550ml×24", True), ("我刷了 500 道题", True), ("罚款500元以下", True),
    ("89年那场风波", False), ("纪念64周年", False), ("记住64", False), ("6月4日是64", False),
    ("64天安门", False), ("纪念64家属", False), ("64部队", False),  # 天安门, 家属, 部队 are words, not counts
    ("罚款500万元", True), ("2024-03-24 洗洁精", True), ("东京3月24日前后", True),
])
def test_a_number_term_that_counts_something_is_a_count(tmp_path: Path, text: str, counted: bool) -> None:
    """Number-only entries (24, 64, 89, 500) matched every count, age, ordinal and address number in ordinary text at
    1.0 (an outside audit, 2026-12-05: 32 of 54 false alarms); a year or the number alone still names it."""
    m = Matcher.build(Lexicon(terms=[Term(t) for t in ("24", "64", "89", "500")]), cache_dir=tmp_path)
    [hit] = m.scan(text)
    assert (hit.confidence < DEFAULT) == counted


def test_a_chinese_numeral_term_after_di_is_an_ordinal(tmp_path: Path) -> None:
    m = Matcher.build(Lexicon(terms=[Term("六十四"), Term("六四")]), cache_dir=tmp_path)
    assert all(h.confidence < DEFAULT for h in m.scan("依照第六十四条之规定"))
    assert [h.confidence for h in m.scan("六四天安门")] == [1.0]


@pytest.mark.parametrize(("text", "term"), [("聚丙烯（PP）薄膜", "ΦΦ"), ("左乳肿物（BI-RADS 4B类）", "bi")])
def test_plain_latin_is_not_an_entry_spelled_in_lookalikes_nor_a_piece_of_an_acronym(tmp_path: Path, text: str,
                                                                                   term: str) -> None:
    """An entry written in Greek letters (ΦΦ) is itself the disguise: plain PP is Latin text; BI in BI-RADS is part
    of an acronym (an outside audit, 2026-12-05)."""
    m = Matcher.build(Lexicon(terms=[Term(term)]), cache_dir=tmp_path)
    assert all(h.confidence < DEFAULT for h in m.scan(text))
    assert any(h.confidence >= 0.75 for h in m.scan(f"看看{term}"))
