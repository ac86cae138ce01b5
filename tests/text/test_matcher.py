"""The keyword matcher: variants, allowlist precedence, over-blocking guards, cache, reload."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.text.matcher import Matcher
from beian.text.terms import Lexicon, Term, VariantOptions


def _lexicon(*terms: str, allow: tuple[str, ...] = (), **options: bool) -> Lexicon:
    return Lexicon(
        terms=[Term(t, category="测试", risk="A.1.d", source="t.txt", line=i + 1) for i, t in enumerate(terms)],
        allow=[Term(a) for a in allow],
        options=VariantOptions().merged(**options),
    )


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    lex = _lexicon("法轮功", "口交", "色情", "QQ", "哈哈", "sq", "习近平", allow=("路口交通", "反色情"), homophone=True)
    return Matcher.build(lex, cache_dir=tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(
    ("text", "hit", "variant"),
    [
        ("他练法轮功", "法轮功", "exact"),
        ("他练法輪功", "法輪功", "traditional"),
        ("ＱＱ号多少", "ＱＱ", "width"),
        ("qq号多少", "qq", "case"),
        ("ⓕⓐⓛⓤⓝ ⓖⓞⓝⓖ", "ⓕⓐⓛⓤⓝ ⓖⓞⓝⓖ", "pinyin"),
        ("法\u200b轮\u200b功", "法\u200b轮\u200b功", "zero_width"),
        ("法*轮*功", "法*轮*功", "separator"),
        ("法 轮 功", "法 轮 功", "separator"),
        ("法😀轮😀功", "法😀轮😀功", "separator"),
        ("法法轮轮功功", "法法轮轮功功", "repeat"),
        ("fa lun gong 好", "fa lun gong", "pinyin"),
        ("FaLunGong", "FaLunGong", "pinyin"),
        ("flg 是什么", "flg", "initials"),
        ("发轮功", "发轮功", "homophone"),
    ],
)
def test_variants_are_caught_with_original_span(matcher: Matcher, text: str, hit: str, variant: str) -> None:
    found = matcher.scan(text)
    assert len(found) == 1, found
    m = found[0]
    assert text[m.start:m.end] == m.text == hit
    assert m.variant == variant
    assert m.risk == "A.1.d" and m.category == "测试" and m.source == "t.txt"


def test_homoglyph_letters_are_caught(matcher: Matcher) -> None:
    (m,) = matcher.scan("加我 QQ")  # Cyrillic letters would be folded the same way
    assert m.matched == "QQ"
    (h,) = matcher.scan("加我 Ԛ\u0051")  # Cyrillic qa + Latin Q
    assert h.variant == "homoglyph"


@pytest.mark.parametrize(("letter", "plain"), [("\u03f2", "c"), ("\u03f9", "c"), ("\u04cf", "l"), ("\u0501", "d")])
def test_a_lookalike_listed_in_the_table_wins_over_nfkc(letter: str, plain: str) -> None:
    """ϲ (GREEK LUNATE SIGMA SYMBOL) looks like c and confusables say so; NFKC makes it ς, which looks like nothing."""
    from beian.text.normalize import normalize

    assert normalize(letter).text == plain


def test_confidence_is_lower_for_sound_channels(matcher: Matcher) -> None:
    exact = matcher.scan("法轮功")[0].confidence
    assert exact > matcher.scan("falungong")[0].confidence > matcher.scan("发轮功")[0].confidence


def test_allowlist_term_covering_the_hit_suppresses_it(matcher: Matcher) -> None:
    assert matcher.scan("开展反色情宣传") == []
    assert [m.matched for m in matcher.scan("禁止色情宣传")] == ["色情"]


def test_allowlist_must_cover_the_whole_hit(tmp_path: Path) -> None:
    m = Matcher.build(_lexicon("色情小说", allow=("小说",)), cache_dir=tmp_path)
    assert [h.matched for h in m.scan("色情小说")] == ["色情小说"]


def test_two_character_hit_across_two_words_is_dropped(matcher: Matcher) -> None:
    assert matcher.scan("前方路口交警在执勤") == []  # 路口 + 交警
    assert [m.matched for m in matcher.scan("他在视频里口交")] == ["口交"]


def test_clause_punctuation_inside_a_two_character_term_gives_a_low_confidence_hit(matcher: Matcher) -> None:
    assert matcher.scan("这个办法，轮流来") == []  # 办法 + 轮流: two ordinary words
    [hit] = matcher.scan("看色，情片")
    assert (hit.start, hit.end, hit.matched, hit.confidence) == (1, 4, "色情", 0.45)


def test_latin_terms_need_word_boundaries(matcher: Matcher) -> None:
    assert matcher.scan("select * from mysql") == []
    assert [m.matched for m in matcher.scan("sq 是缩写")] == ["sq"]


def test_doubled_terms_need_their_doubles(matcher: Matcher) -> None:
    assert matcher.scan("哈") == []
    assert [m.variant for m in matcher.scan("哈哈哈")] == ["repeat"]


def test_homophone_that_is_an_ordinary_word_is_not_reported(tmp_path: Path) -> None:
    m = Matcher.build(_lexicon("人民政腐", homophone=True), cache_dir=tmp_path)
    assert m.scan("人民政府依法行政") == []
    assert [h.variant for h in m.scan("人民政腐")] == ["exact"]


def test_a_line_break_inside_a_term_lowers_confidence_and_a_paragraph_break_is_a_boundary(
        matcher: Matcher) -> None:
    [hit] = matcher.scan("法轮\n功")
    assert (hit.start, hit.end, hit.variant, hit.confidence) == (0, 4, "separator", 0.75)
    assert matcher.scan("法轮\n\n功") == []


def test_contained_hits_give_way_to_the_longer_one(tmp_path: Path) -> None:
    m = Matcher.build(_lexicon("法轮", "法轮功"), cache_dir=tmp_path)
    assert [h.matched for h in m.scan("法轮功")] == ["法轮功"]


def test_single_characters_and_separator_only_terms_are_skipped_with_a_reason(tmp_path: Path) -> None:
    sentence = "这是一整句话而不是关键词" * 5
    m = Matcher.build(_lexicon("法", "***", "色情", sentence), cache_dir=tmp_path)
    reasons = {s.term.text: s.reason for s in m.skipped}
    assert set(reasons) == {"法", "***", sentence}
    assert "单字" in reasons["法"] and "句子" in reasons[sentence]
    assert m.max_term_chars == 2
    assert m.scan("法律") == []


def test_scan_many_keeps_documents_apart(matcher: Matcher) -> None:
    docs = ["法轮", "功", "", "看色情片", "法轮功"]
    hits = matcher.scan_many(docs)
    assert [[h.matched for h in doc] for doc in hits] == [[], [], [], ["色情"], ["法轮功"]]
    assert hits[3][0].start == 1 and hits[3][0].end == 3


def test_long_text_is_chunked_without_losing_offsets(matcher: Matcher, monkeypatch: pytest.MonkeyPatch) -> None:
    import beian.text.matcher as mod

    monkeypatch.setattr(mod, "MAX_CHUNK_CHARS", 50)
    text = ("普通的一行文字。\n" * 20) + "这里有法轮功\n" + ("另一行。\n" * 20) + "法輪功"
    found = matcher.scan(text)
    assert [text[h.start:h.end] for h in found] == ["法轮功", "法輪功"]


def test_a_long_document_in_scan_many_is_scanned_in_pieces_with_the_same_hits(
        matcher: Matcher, monkeypatch: pytest.MonkeyPatch) -> None:
    import beian.text.matcher as mod

    text = ("普通的一行文字。\n" * 20) + "这里有法轮功\n" + ("另一行。\n" * 20) + "法輪功"
    whole = matcher.scan_many([text])
    monkeypatch.setattr(mod, "MAX_CHUNK_CHARS", 60)
    assert matcher.scan_many([text]) == whole
    assert [text[h.start:h.end] for h in whole[0]] == ["法轮功", "法輪功"]


def test_scan_stream_gives_a_long_document_piece_by_piece_in_order(matcher: Matcher, monkeypatch: pytest.MonkeyPatch) -> None:
    import beian.text.matcher as mod

    long = ("普通的一行文字。\n" * 20) + "这里有法轮功\n" + ("另一行。\n" * 20) + "法輪功"
    docs = ["看色情片", long, "", "法轮功"]
    monkeypatch.setattr(mod, "MAX_CHUNK_CHARS", 60)
    stream = list(matcher.scan_stream(docs))
    assert [doc for doc, _ in stream].count(1) > 1  # the long one came in several pieces
    assert [doc for doc, _ in stream] == sorted(doc for doc, _ in stream)
    joined: list[list[str]] = [[] for _ in docs]
    for doc, hits in stream:
        joined[doc].extend(docs[doc][h.start:h.end] for h in hits)
    assert joined == [["色情"], ["法轮功", "法輪功"], [], ["法轮功"]]
    assert matcher.scan_many(docs) == [[h for d, hits in stream if d == k for h in hits] for k in range(len(docs))]


def test_pieces_end_at_a_sentence_break_rather_than_inside_a_term(matcher: Matcher, monkeypatch: pytest.MonkeyPatch) -> None:
    """A term written across a line break ("法\n轮功") is not cut apart when a sentence ends on a line nearby."""
    import beian.text.matcher as mod

    monkeypatch.setattr(mod, "MAX_CHUNK_CHARS", 30)
    text = "第一段的文字写在这里。\n下面一句话里有法\n轮功这个词，还有别的内容。\n" * 3
    pieces = [p for _, p in mod._chunks(text)]
    assert "".join(pieces) == text
    assert all(not p.endswith("法\n") for p in pieces)
    assert sum(text[h.start:h.end].replace("\n", "") == "法轮功" for h in matcher.scan(text)) == 3


def test_disk_cache_round_trip_gives_the_same_hits(tmp_path: Path) -> None:
    lex = _lexicon("法轮功", "色情")
    first = Matcher.build(lex, cache_dir=tmp_path)
    assert list(tmp_path.glob("*.matcher")) and list(tmp_path.glob("*.matcher.sha256"))
    again = Matcher.build(lex, cache_dir=tmp_path)
    text = "法*輪功和色情"
    assert again.scan(text) == first.scan(text)


def test_a_planted_cache_file_runs_no_code(tmp_path: Path) -> None:
    """Even with a matching digest, a pickle or an object array in the cache is refused, never executed."""
    import hashlib
    import json
    import pickle

    import numpy as np

    lex = _lexicon("法轮功")
    first = Matcher.build(lex, cache_dir=tmp_path)
    marker = tmp_path / "pwned"

    class Payload:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (marker.write_text, ("ran",))

    from beian.text.sections import MAGIC

    archive = next(tmp_path.glob("*.matcher"))
    pickled = pickle.dumps(Payload())
    header = json.dumps({"meta": {}, "sections": {"x": ["array", "|O", 0, len(pickled)]}}).encode()
    for planted in (pickled, MAGIC + len(header).to_bytes(8, "little") + header + pickled, None):
        if planted is None:  # a NumPy archive whose member is a pickled object array
            with open(archive, "wb") as fh:
                np.savez(fh, header=np.array([Payload()], dtype=object))
        else:
            archive.write_bytes(planted)
        digest = hashlib.sha256(archive.read_bytes()).hexdigest()
        archive.with_name(archive.name + ".sha256").write_text(digest, encoding="ascii")
        again = Matcher.build(lex, cache_dir=tmp_path)
        assert not marker.exists()
        assert [h.matched for h in again.scan("法轮功")] == ["法轮功"] and again.key == first.key


def test_a_cache_file_changed_after_writing_is_not_trusted(tmp_path: Path) -> None:
    lex = _lexicon("法轮功", "色情")
    Matcher.build(lex, cache_dir=tmp_path)
    archive = next(tmp_path.glob("*.matcher"))
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte: the digest no longer vouches for it
    archive.write_bytes(bytes(data))
    again = Matcher.build(lex, cache_dir=tmp_path)
    assert [h.matched for h in again.scan("看色情")] == ["色情"]


def test_corrupt_cache_file_is_rebuilt(tmp_path: Path) -> None:
    lex = _lexicon("法轮功")
    m = Matcher.build(lex, cache_dir=tmp_path)
    for f in tmp_path.glob("*.matcher"):
        f.write_bytes(b"not an archive")
    again = Matcher.build(lex, cache_dir=tmp_path)
    assert [h.matched for h in again.scan("法轮功")] == ["法轮功"]
    assert again.key == m.key


def test_aho_corasick_engine_agrees_with_hyperscan(tmp_path: Path) -> None:
    lex = _lexicon("法轮功", "色情", "QQ")
    text = "法*輪功，ＱＱ，看色情片, falungong"
    hs = Matcher.build(lex, cache_dir=None, engine="auto")
    ac = Matcher.build(lex, cache_dir=None, engine="ahocorasick")
    assert ac.engine_name == "ahocorasick"
    assert ac.scan(text) == hs.scan(text)


def test_options_per_category_switch_pinyin_off(tmp_path: Path) -> None:
    lex = _lexicon("法轮功")
    lex.category_options["测试"] = VariantOptions(pinyin=False, initials=False)
    m = Matcher.build(lex, cache_dir=tmp_path)
    assert m.scan("falungong") == [] and m.scan("flg") == []
    assert m.scan("法轮功")


def test_max_term_chars_for_streaming_holdback(matcher: Matcher) -> None:
    assert matcher.max_term_chars >= 3


def test_empty_lexicon_builds_a_matcher_that_finds_nothing(tmp_path: Path) -> None:
    m = Matcher.build(Lexicon(), cache_dir=tmp_path)
    assert m.scan("法轮功") == [] and m.n_terms == 0
    assert Matcher.build(Lexicon(), cache_dir=tmp_path).scan("色情") == []  # from the cache too


def test_same_spelling_hits_keep_their_own_variant_within_one_text(tmp_path: Path) -> None:
    """Hits over the same text and term are made once per text, except where a collapsed repeat makes the
    second one a ``repeat`` hit (生活|活动: the doubled 活 is trimmed from the span, not from the reading)."""
    m = Matcher.build(_lexicon("活動", "生活"), cache_dir=tmp_path)
    found = [(h.text, h.matched, h.variant, h.confidence) for h in m.scan("开展活动。生活活动中") if h.matched == "活動"]
    assert found == [("活动", "活動", "exact", 1.0), ("活动", "活動", "repeat", 0.9)]
