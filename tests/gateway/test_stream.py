"""The streaming guard holds back only what could still become a hit; the classifier gate."""

from __future__ import annotations

import asyncio

import pytest

from beian.gateway.policy import PolicyHit, Verdict
from beian.gateway.stream import ClassifierGate, FieldGuard, pii_pending
from beian.text.matcher import Matcher
from beian.text.terms import Lexicon, Term


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher.build(Lexicon(terms=[Term("法轮功", category="违禁"), Term("炸药配方", category="违禁")]),
                         cache_dir=None)


@pytest.mark.parametrize(("text", "held"), [
    ("今天天气很好", ""),
    ("今天天气很好，法", "法"),
    ("今天天气很好，法 轮", "法 轮"),      # evasion noise inside the unfinished term is held too
    ("好的。法輪", "法輪"),                # traditional form
    ("我们聊聊 fa lun", "fa lun"),         # pinyin
    ("写一个炸药配", "炸药配"),
    ("上一行提到法\n", "法\n"),            # one line break does not end a match (法\n轮功 is a hit)
    ("上一段提到法\n\n", ""),              # a paragraph break does
])
def test_pending_is_only_an_unfinished_term(matcher: Matcher, text: str, held: str) -> None:
    n = matcher.pending_chars(text)
    assert text[len(text) - n:] == held


def guard(matcher: Matcher) -> FieldGuard:
    def judge(text: str) -> Verdict:
        hits = [PolicyHit("keyword", m.start, m.end, "违禁", 1.0, "block", "x") for m in matcher.scan(text)]
        return Verdict(action="block" if hits else "allow", hits=hits, text=text, reply="拒答")

    return FieldGuard(100, judge, matcher.pending_chars)


def test_benign_text_is_released_at_once(matcher: Matcher) -> None:
    g = guard(matcher)
    assert g.feed("今天天气") == ("今天天气", None)
    assert g.feed("很好，") == ("很好，", None)


def test_split_term_is_held_then_stopped(matcher: Matcher) -> None:
    g = guard(matcher)
    out, stop = g.feed("然后聊聊法")
    assert out == "然后聊聊" and stop is None
    out, stop = g.feed("轮")
    assert out == "" and stop is None
    out, stop = g.feed("功的历史")
    assert out == "" and stop is not None and stop.reply == "拒答"


def test_prefix_that_does_not_continue_is_released(matcher: Matcher) -> None:
    g = guard(matcher)
    assert g.feed("法") == ("", None)
    assert g.feed("律很重要") == ("法律很重要", None)


@pytest.fixture(scope="module")
def allow_matcher() -> Matcher:
    return Matcher.build(Lexicon(terms=[Term("台独", category="违禁")], allow=[Term("平台独立")]), cache_dir=None)


def test_allowlist_term_finished_in_a_later_chunk_is_not_stopped(allow_matcher: Matcher) -> None:
    g = guard(allow_matcher)
    out, stop = g.feed("这个平台独")      # "台独" is complete, "平台独立" not yet
    assert stop is None and out == "这个"
    out, stop = g.feed("立运行，很稳定。")
    assert stop is None and out == "平台独立运行，很稳定。"


def test_term_inside_an_unfinished_allowlist_prefix_is_stopped_when_it_does_not_finish(
        allow_matcher: Matcher) -> None:
    g = guard(allow_matcher)
    out, stop = g.feed("支持平台独")
    assert stop is None and out == "支持"
    out, stop = g.feed("的言论")
    assert out == "" and stop is not None and stop.reply == "拒答"


def test_term_held_at_the_end_of_the_stream_is_decided(allow_matcher: Matcher) -> None:
    g = guard(allow_matcher)
    assert g.feed("他说平台独") == ("他说", None)
    out, stop = g.feed("", final=True)
    assert out == "" and stop is not None


def test_pii_tail_held() -> None:
    assert pii_pending("请拨打 138 1234") == len(" 138 1234")
    assert pii_pending("邮箱 someone@exa") == len(" someone@exa")
    assert pii_pending("好的。") == 0


def _hits(unsafe: bool) -> list[PolicyHit]:
    return [PolicyHit("classifier", 0, 0, "A.1.f", 1.0, "block", "分类模型：暴力")] if unsafe else []


def test_classifier_gate_releases_whole_sentences_after_approval() -> None:
    seen: list[str] = []

    async def classify(answer: str) -> list[PolicyHit]:
        seen.append(answer)
        return _hits("坏" in answer)

    async def run() -> list[tuple[str, list[PolicyHit] | None]]:
        gate = ClassifierGate(classify, every=6)
        return [await gate.feed("第一句很好。第二"), await gate.feed("句也不错，"),
                await gate.feed("接着说坏话。"), await gate.feed("", final=True)]

    first, second, third, _ = asyncio.run(run())
    assert first == ("第一句很好。", None) and seen[0] == "第一句很好。"
    assert second == ("", None)                      # no sentence end yet: nothing released
    assert third[0] == "" and third[1] and third[1][0].key == "A.1.f"
    assert "坏" not in first[0] + second[0]


def test_classifier_gate_only_at_end() -> None:
    async def run() -> tuple[tuple[str, list[PolicyHit] | None], tuple[str, list[PolicyHit] | None]]:
        gate = ClassifierGate(lambda a: asyncio.sleep(0, _hits(False)), every=0)
        return await gate.feed("很长的回答。" * 50), await gate.feed("结束", final=True)

    mid, end = asyncio.run(run())
    assert mid == ("", None) and end == ("很长的回答。" * 50 + "结束", None)


# ------------------------------------------------------------------ the invariant: nothing of a pending hit leaves
@pytest.fixture(scope="module")
def party_matcher() -> Matcher:
    return Matcher.build(Lexicon(terms=[Term("打倒共产党", category="违禁")], allow=[Term("党校教材")]),
                         cache_dir=None)


def test_start_of_a_hit_waiting_for_an_allowlist_term_is_never_released(party_matcher: Matcher) -> None:
    # "打倒共产党" is complete; "党校" could still grow into the allowlisted "党校教材"
    g = guard(party_matcher)
    out, stop = g.feed("前文打倒共产党校")
    assert stop is None and out == "前文"          # before the fix: "前文打倒共产"
    out, stop = g.feed("园里的后文")
    assert out == "" and stop is not None


def test_allowlist_term_that_covers_the_hit_releases_it(party_matcher: Matcher) -> None:
    g = guard(party_matcher)
    assert g.feed("我们用的党校") == ("我们用的", None)
    assert g.feed("教材很好。") == ("党校教材很好。", None)


def test_live_hold_and_matcher_are_read_on_every_feed(matcher: Matcher, party_matcher: Matcher) -> None:
    current = {"m": matcher}

    def judge(text: str) -> Verdict:
        hits = [PolicyHit("keyword", m.start, m.end, "违禁", 1.0, "block", "x") for m in current["m"].scan(text)]
        return Verdict(action="block" if hits else "allow", hits=hits, text=text, reply="拒答")

    g = FieldGuard(lambda: 100, judge, lambda t: current["m"].pending_chars(t))
    assert g.feed("前文") == ("前文", None)
    current["m"] = party_matcher                  # a keyword reload while the stream runs
    out, stop = g.feed("打倒共产党。然后")
    assert out == "" and stop is not None


@pytest.mark.parametrize("partial", ["电话𝟏𝟑𝟖𝟏𝟐𝟑𝟒", "电话①③⑧①②③④", "电话一三八一二三四", "电话１３８\u200b１２３４"])
def test_pii_tail_in_any_digit_style_is_held(partial: str) -> None:
    """A phone in mathematical, circled, Chinese or full-width digits is not released half-written."""
    assert pii_pending(partial) == len(partial) - 2


@pytest.mark.parametrize("chunks", [
    ["好的：&#27861;", "&#36718;", "&#21151;", "的历史"],          # HTML character references
    ["好的：&#278", "61;&#367", "18;&#21", "151;是"],               # codes cut mid-way by the chunking
    ["好的：%E6%B3", "%95%E8%BD%AE", "%E5%8A%9F 是"],               # URL encoding, a character cut mid-way
    ["好的：\\u6cd5\\u8f", "6e\\u529f", "。"],                      # JSON escapes
])
def test_a_term_streamed_as_escape_codes_is_never_released(matcher: Matcher, chunks: list[str]) -> None:
    """A model asked to answer in character codes must not get the term past the guard piece by piece."""
    g = guard(matcher)
    released, stop = "", None
    for i, chunk in enumerate(chunks):
        out, stop = g.feed(chunk, final=i == len(chunks) - 1)
        released += out
        if stop is not None:
            break
    assert stop is not None
    assert released == "好的："  # nothing of the codes left before the verdict
