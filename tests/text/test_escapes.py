"""Terms written as escape codes (HTML character references, JSON/JavaScript/Python escapes, URL
percent-encoding): found with the span of the codes, while ordinary percent signs, paths and broken
codes give nothing and never crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from beian.text.escapes import decode, trailing_codes
from beian.text.matcher import Matcher
from beian.text.terms import Lexicon, Term

TERMS = ("法轮功", "色情网站", "786", "64")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return Matcher.build(Lexicon(terms=[Term(t, category="测试") for t in TERMS]),
                         cache_dir=tmp_path_factory.mktemp("cache"))


def _codes(term: str, style: str) -> str:
    if style == "html":
        return "".join(f"&#{ord(c)};" for c in term)
    if style == "html_hex":
        return "".join(f"&#x{ord(c):X};" for c in term)
    if style == "json":
        return json.dumps(term)[1:-1]  # what json.dumps writes with ensure_ascii (the default)
    if style == "es6":
        return "".join(f"\\u{{{ord(c):x}}}" for c in term)
    if style == "url":
        from urllib.parse import quote

        return quote(term)
    return "".join(f"\\x{b:02x}" for b in term.encode())  # Python's repr of UTF-8 bytes


@pytest.mark.parametrize("style", ["html", "html_hex", "json", "es6", "url", "bytes"])
@pytest.mark.parametrize("frame", [
    "论坛帖子：大家看看 {} 这是什么",            # a forum post
    '{{"msg": "{}", "level": "info"}}',           # a JSON log line
    "https://example.com/search?q={}&page=2",     # a link
    "Please decode: {}",                           # an English prompt
])
def test_an_escaped_term_is_found_over_its_codes(matcher: Matcher, style: str, frame: str) -> None:
    codes = _codes("色情网站", style)
    text = frame.format(codes)
    [hit] = [m for m in matcher.scan(text) if m.matched == "色情网站"]
    assert text[hit.start:hit.end] == codes
    assert (hit.variant, hit.confidence) == ("escape", 0.9)  # the gateway's default acts on it


def test_codes_mixed_with_plain_characters(matcher: Matcher) -> None:
    text = "他在练&#27861;轮功"
    [hit] = [m for m in matcher.scan(text) if m.matched == "法轮功"]
    assert text[hit.start:hit.end] == "&#27861;轮功"


@pytest.mark.parametrize("text", [
    "今年销量增长了 50%，利润率 64%以上",          # percent signs
    "文件在 C:\\users\\xavier\\data 目录",          # a Windows path
    "链接 https://a.cn/%20%2F%3F 里只有空格和斜杠",  # URL punctuation
    "字符 &#99999999; 超出范围，&#0; 为空",         # invalid references
    "截断的 %E6%B3 和孤立的 \\ud800 代理",           # truncated UTF-8, a lone surrogate
    "编号 &#27861;的 code 是 27861",                 # digits inside a reference are not a number
])
def test_ordinary_text_and_broken_codes_give_no_escape_hit(matcher: Matcher, text: str) -> None:
    hits = matcher.scan(text)
    assert all(m.variant != "escape" for m in hits)
    assert all(m.matched != "786" for m in hits)  # 27861 is a code, never the term 786


def test_decode_keeps_each_character_s_original_span() -> None:
    text = "a&#27861;\\ud83d\\ude00%E5%8A%9F"
    decoded = decode(text)
    assert decoded is not None
    assert decoded.text == "a法😀功"
    assert [text[a:b] for a, b in zip(decoded.starts, decoded.ends)] == [
        "a", "&#27861;", "\\ud83d\\ude00", "%E5%8A%9F"]
    assert decoded.escaped == [False, True, True, True]
    assert decode("没有任何编码 100%") is None


@pytest.mark.parametrize(("text", "held"), [
    ("前文&#2786", "&#2786"),                    # a reference still being written
    ("前文&#27861;&#36718;", "&#27861;&#36718;"),  # complete codes that may spell more
    ("前文%E6%B3", "%E6%B3"),                    # UTF-8 bytes of an unfinished character
    ("前文\\u6c", "\\u6c"),
    ("前文&#27861;好", ""),                       # a plain character after the codes ends them
    ("前文法<sp", "<sp"),                          # a tag still being written
    ("前文法<b>", "<b>"),                          # a complete tag: the term may go on after it
    ("前文法&nbs", "&nbs"),                        # a named entity still being written
    ("前文法[/b", "[/b"),                          # a BBCode tag still being written
])
def test_a_stream_holds_back_codes_until_it_knows_what_they_spell(matcher: Matcher, text: str, held: str) -> None:
    assert trailing_codes(text, 200) == len(held)
    assert matcher.pending_chars(text) >= len(held)


def test_scan_json_reports_the_escape_variant(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from beian.cli import app

    (tmp_path / "词库.txt").write_text("法轮功\n", encoding="utf-8")
    (tmp_path / "页面.html").write_text("<p>&#27861;&#36718;&#21151;</p>\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["scan", "-l", str(tmp_path / "词库.txt"), "--json", str(tmp_path / "页面.html")])
    [line] = [json.loads(x) for x in result.output.splitlines() if x.startswith("{")]
    assert (line["text"], line["variant"], line["start"]) == ("&#27861;&#36718;&#21151;", "escape", 3)


@pytest.mark.parametrize(("text", "written", "confidence"), [
    ("我们说法<b></b>轮功的事", "法<b></b>轮功", 0.9),
    ("访问色<i>情</i>网<em>站</em>吧", "色<i>情</i>网<em>站", 0.9),
    ("法<a href='http://x.cn/?a=1&b=2'>轮</a>功", "法<a href='http://x.cn/?a=1&b=2'>轮</a>功", 0.9),
    ("法<br/>轮<span class=\"c\" id=x>功</span>", "法<br/>轮<span class=\"c\" id=x>功", 0.75),  # <br/>: a line break
    ("法<br>轮<br>功", "法<br>轮<br>功", 0.8),                                                    # one per line
])
def test_html_markup_between_characters_is_an_insertion(matcher: Matcher, text: str, written: str,
                                                        confidence: float) -> None:
    [hit] = [m for m in matcher.scan(text) if m.matched in ("法轮功", "色情网站")]
    assert (hit.text, hit.variant, hit.confidence) == (written, "separator", confidence)
    assert text[hit.start:hit.end] == written


@pytest.mark.parametrize("text", [
    "若 a<b 且 c>d，则",                        # comparisons, not tags (no attribute of the form name=value)
    "<p>正文</p><p>另一段</p>",                   # markup around ordinary words
    "<td>法</td><td>轮功</td>",                   # table cells are blocks of their own (a paragraph break)
])
def test_comparisons_and_markup_around_words_give_no_markup_hit(matcher: Matcher, text: str) -> None:
    assert [m for m in matcher.scan(text) if m.variant == "separator" or m.matched == "法轮功"] == []


def test_a_term_inside_a_tag_attribute_is_still_found(matcher: Matcher) -> None:
    text = '<img alt="色情网站" src="x.png">'
    assert [(m.text, m.variant) for m in matcher.scan(text)] == [("色情网站", "exact")]


@pytest.mark.parametrize(("text", "span"), [("买%69%63%65吗", "%69%63%65"), ("看\\x69\\x63\\x65", "\\x69\\x63\\x65")])
def test_ascii_letters_written_as_byte_codes_are_read(text: str, span: str, tmp_path: Path) -> None:
    """Letters need no percent-encoding, so ``%69%63%65`` (ice) is a disguise; ``%20`` and ``%2F`` stay URL punctuation."""
    matcher = Matcher.build(Lexicon(terms=[Term("ice", category="测试")]), cache_dir=tmp_path)
    assert [(m.text, m.variant) for m in matcher.scan(text)] == [(span, "escape")]
    assert [(m.text, m.variant) for m in matcher.scan("a%20ice%2Fb")] == [("ice", "exact")]


@pytest.mark.parametrize(("text", "written"), [
    ("帖子里写着 法&nbsp;轮&nbsp;功 三个字", "法&nbsp;轮&nbsp;功"),  # a named entity for a space
    ("论坛 [b]法[/b]轮[color=red]功[/color] 的帖子", "法[/b]轮[color=red]功"),  # BBCode
    ("法<!-- x -->轮功", "法<!-- x -->轮功"),                              # an HTML comment (its '!' is no clause mark)
    ("搜索 法%20轮%20功 的结果", "法%20轮%20功"),                          # a percent-encoded space between characters
    ("聊天记录：法\\n轮\\n功", "法\\n轮\\n功"),                             # a written-out \n between characters
])
def test_entities_comments_bbcode_and_written_breaks_between_characters_are_insertions(
        matcher: Matcher, text: str, written: str) -> None:
    [hit] = [m for m in matcher.scan(text) if m.matched == "法轮功"]
    assert (hit.text, hit.variant, hit.confidence) == (written, "separator", 0.9)


@pytest.mark.parametrize("text", [
    "R&amp;D 部门与 Q&amp;A 环节",            # entities around Latin words
    "见文献 [1] 与 [b] 段落",                  # brackets that are not markup around Chinese
    "print(\"法\\n\")\n轮功",                 # a \n inside code, not between two characters
    "链接 https://a.cn/%20x/%20y",            # URL punctuation
])
def test_entities_and_written_breaks_elsewhere_join_nothing(matcher: Matcher, text: str) -> None:
    assert [m for m in matcher.scan(text) if m.matched == "法轮功"] == []


def test_named_entities_decode_to_their_character() -> None:
    decoded = decode("caf&eacute; 法&nbsp;功")
    assert decoded is not None
    assert decoded.text == "café 法功"


def test_a_comment_on_a_line_of_its_own_opens_no_window() -> None:
    from beian.text.escapes import windows

    page = "第一条 内容。\n\n<!-- INFO END -->\n\n## 第二条\n[b]\n正文"
    assert windows(page, 40) == []
    assert len(windows("法<!-- x -->轮功 与 赌[b]博", 40)) == 1  # between characters: one window for both


def test_many_windows_in_one_text_keep_every_hit(matcher: Matcher) -> None:
    text = "".join(f"第{i}段：法<!-- {i} -->轮功，还有&#27861;&#36718;&#21151;。\n\n" for i in range(300))
    hits = [m for m in matcher.scan(text) if m.matched == "法轮功"]
    assert len(hits) == 600 and {m.variant for m in hits} == {"separator", "escape"}
