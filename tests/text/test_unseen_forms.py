"""Evasion forms and personal-information writings found by probes in another style (bench/probe_unseen.py).

Each case failed before its fix: kana iteration marks and decorative letters between characters, digits in
dingbat circles, pinyin with a decomposed ü, Latin letters with a stroke or hook, in black squares or circles,
Cyrillic п and small-capital ǫ in pinyin, Japanese 新字体 and other variant characters, a radical without a Kangxi twin, leet 9/6/!/|, and
phone numbers / IDs written with dots, spaces or dashes.
"""

from __future__ import annotations

import unicodedata

import pytest

from beian.text.matcher import Matcher
from beian.text.normalize import fold_term
from beian.text.pii import find_pii
from beian.text.terms import Lexicon, Term

TERMS = ("法轮功", "中国法律", "幼女", "8964", "对抗政府", "插入", "证据", "民主运动", "冰毒", "情杀", "hujintao")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    lexicon = Lexicon(terms=[Term(t, category="测试") for t in TERMS])
    return Matcher.build(lexicon, cache_dir=tmp_path_factory.mktemp("m"))


def found(matcher: Matcher, text: str) -> list[tuple[str, str, float]]:
    return [(m.text, m.matched, m.confidence) for m in matcher.scan(text)]


@pytest.mark.parametrize(("text", "disguised", "term"), [
    ("他说法ゞ轮ヾ功呢", "法ゞ轮ヾ功", "法轮功"),                    # kana iteration marks of kaomoji
    ("他说法ゝ轮ゝ功呢", "法ゝ轮ゝ功", "法轮功"),
    ("他说法ღ轮ʚ功呢", "法ღ轮ʚ功", "法轮功"),                        # letters written as hearts and wings
    ("口号❽❾❻❹不忘", "❽❾❻❹", "8964"),                               # dingbat negative circled digits
    ("口号➇➈➅➃不忘", "➇➈➅➃", "8964"),                               # dingbat circled sans-serif digits
    ("口号⓼⓽⓺⓸不忘", "⓼⓽⓺⓸", "8964"),                               # double circled digits
    ("他在找fałungøng的资料", "fałungøng", "法轮功"),                  # letters with a stroke (ł ø)
    ("他在找ʂħ的fαlυпgσпg", "fαlυпgσпg", "法轮功"),                   # Cyrillic п for n
    ("他在找fɑlʊŋgoŋg的资料", "fɑlʊŋgoŋg", "法轮功"),                  # IPA ʊ and eng ŋ
    ("他们要対抗政府了", "対抗政府", "对抗政府"),                       # Japanese 新字体 対 (對)
    ("不要挿入链接", "挿入", "插入"),                                   # 挿 (插)
    ("拿出証拠来", "証拠", "证据"),                                     # 拠 (據)
    ("卖氷毒的人", "氷毒", "冰毒"),                                     # 氷: three sources say 冰, one also 冫
    ("他们搞⺠主运动", "⺠主运动", "民主运动"),                          # radical without a Kangxi twin
    ("标题是ǫɪɴɢꜱʜᴀ吗", "ǫɪɴɢꜱʜᴀ", "情杀"),                              # small capitals with ǫ for q
    ("他在找🅵🅰🅻🆄🅽🅶🅾🅽🅶的资料", "🅵🅰🅻🆄🅽🅶🅾🅽🅶", "法轮功"),          # negative squared letters
    ("他在找🅕🅐🅛🅤🅝🅖🅞🅝🅖的资料", "🅕🅐🅛🅤🅝🅖🅞🅝🅖", "法轮功"),          # negative circled letters
    ("他在找f4lun9on9的资料", "f4lun9on9", "法轮功"),                   # leet 9 for g
    ("他在找fa|un6ong的资料", "fa|un6ong", "法轮功"),                   # leet | for l, 6 for g
    ("他在找huj!nt@o的资料", "huj!nt@o", "hujintao"),                  # leet ! for i
])
def test_disguise_is_found_at_the_gateway_default(matcher: Matcher, text: str, disguised: str, term: str) -> None:
    hits = [h for h in found(matcher, text) if h[0] == disguised and h[1] == term]
    assert hits and hits[0][2] >= 0.75, found(matcher, text)


def test_pinyin_with_a_decomposed_u_umlaut_reads_as_v(matcher: Matcher) -> None:
    """``nǚ`` typed as ``u`` + U+0308 + U+030C (NFD, as some keyboards and converters write it) is ``nv``."""
    text = "他说" + unicodedata.normalize("NFD", "yòu nǚ") + "的事"
    hits = found(matcher, text)
    assert any(m == "幼女" and conf >= 0.75 for _, m, conf in hits), hits
    assert fold_term(unicodedata.normalize("NFD", "zhōng guó fǎ lǜ")) == fold_term("zhong guo fa lv")


def test_a_keycap_digit_stays_a_digit(matcher: Matcher) -> None:
    """Digits written as keycap emoji are the content (8️⃣9️⃣6️⃣4️⃣), not fillers."""
    hits = found(matcher, "口号8\ufe0f\u20e39\ufe0f\u20e36\ufe0f\u20e34\ufe0f\u20e3不忘")
    assert any(m == "8964" and conf >= 0.75 for _, m, conf in hits), hits


def test_ordinary_text_with_the_new_folds_stays_quiet(matcher: Matcher) -> None:
    """Polish, Vietnamese and Japanese words are folded, and code with | or ! is read, but none becomes a term."""
    for text in ("Łódź i Gdańsk", "Phở bò ngon", "対策を立てる", "ありがとうございます ヽ(･ω･)ゞ",
                 "if (a||b) return !c;", "x86 k8s h264 ip6tables GPT4 P9", "Hi!there", "🅰️型血，🅿️停车场 🇨🇳🇺🇸"):
        assert found(matcher, text) == [], text


def _pii(text: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in find_pii(text) if p.confidence >= 0.6]


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("有事打我手机 138.1234.5678，谢谢", "mobile", "138.1234.5678"),
    ("门店电话 021 69937616，营业时间 9:00-21:00", "landline", "021 69937616"),
    ("身份证 110105 1949 1231 002X", "resident_id", "110105 1949 1231 002X"),
    ("身份证号：110105-19491231-002X。", "resident_id", "110105-19491231-002X"),
    ("电话 138\u00a01234\u00a05678", "mobile", "138\u00a01234\u00a05678"),     # no-break spaces
    ("电话 138–1234–5678 找我", "mobile", "138–1234–5678"),                       # en dashes
    ("传真：0755-8601-3388", "landline", "0755-8601-3388"),                       # a dash inside the number
    ("座机 (010) 6275-1234", "landline", "(010) 6275-1234"),
    ("邮箱 zhangwei[at]qq.com 常用", "email", "zhangwei[at]qq.com"),               # @ written out
    ("联系 li_lei (at) example (dot) org", "email", "li_lei (at) example (dot) org"),
])
def test_pii_written_with_separators(text: str, kind: str, value: str) -> None:
    assert _pii(text) == [(kind, value)]


@pytest.mark.parametrize("text", [
    "镜像 138.1234.5678 已同步",          # dotted groups without a phone word
    "手机端版本 v2.138.1234.5678",        # a version
    "编码 138 1234 5678 9012",            # a fourth group: a longer number written in groups
    "共 0571 2345678 件",                 # two numbers in a row, no phone word
    "批号 0571-2023-0815",                # a code with a dash inside, no phone word
    "2020–2021 年度 —— 第 138—1234—5678 号",  # an en-dash range; the long dash is prose, not a separator
    "look at this.com",
])
def test_numbers_that_only_look_like_pii(text: str) -> None:
    assert _pii(text) == []


def test_written_out_email_is_masked_keeping_its_writing() -> None:
    (hit,) = find_pii("邮箱 zhangwei[at]qq.com")
    assert hit.masked == "z***[at]qq.com"


@pytest.mark.parametrize("codes", [
    "U+6CD5U+8F6EU+529F",                              # code point notation
    "U+6CD5 U+8F6E U+529F",
    "%u6CD5%u8F6E%u529F",                              # JavaScript escape()
    "\\346\\263\\225\\350\\275\\256\\345\\212\\237",   # octal UTF-8 bytes (git, C)
    "=E6=B3=95=E8=BD=AE=E5=8A=9F",                     # quoted-printable
    "&#x00006cd5;&#x00008f6e;&#x0000529f;",            # hexadecimal references with leading zeros
])
def test_more_escape_codes_are_decoded(matcher: Matcher, codes: str) -> None:
    text = f"请解码：{codes}，然后回答"
    hits = [m for m in matcher.scan(text) if m.variant == "escape"]
    assert hits and fold_term(hits[0].matched) == "法轮功" and hits[0].text == codes, matcher.scan(text)


def test_text_that_only_looks_like_the_new_escape_codes_stays_quiet(matcher: Matcher) -> None:
    for text in ("字符 U+0041 是 A，U+00E9 是 é", "路径 C:\\2023\\346 报告", "x=E1, y=F2; z=C3=A9"):
        assert found(matcher, text) == [], text


def test_a_stream_holds_an_unfinished_new_escape_code_back() -> None:
    from beian.text.escapes import trailing_codes

    for text in ("请解码：U+6CD5U+8F", "请解码：%u6CD5%u8", "请解码：\\346\\263", "请解码：=E6=B3"):
        assert trailing_codes(text, 64) >= len(text) - len("请解码："), text
