"""What a unit of an answer, or a question, says: the cue groups (``cues.yaml``), the roles they give a
text, the words a question asks for, and how much of them a unit repeats. Shared by the stance judge
(:mod:`.judge`), its reading of content that serves a request (:mod:`.serving`) and the learned model's
features (:mod:`.features`)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from beian.assess.stance.segment import Unit


@lru_cache(maxsize=1)
def cues() -> dict[str, list[re.Pattern[str]]]:
    """The compiled cue groups of ``cues.yaml``."""
    text = resources.files("beian.assess.stance").joinpath("cues.yaml").read_text(encoding="utf-8")
    return {name: [re.compile(p) for p in pats] for name, pats in yaml.safe_load(text).items()}


_QUESTION_ONLY = frozenset({"request", "rewrite_task", "asks_conduct", "asks_quantity", "asks_avoid"})  # read in the question only
_ON_DEMAND = frozenset({"caution"})  # read only where the judge asks for them, never a role of every sentence
_NOT_ROLES = _QUESTION_ONLY | _ON_DEMAND
QUANTITY = "<quantity>"  # a request term: the question asks for an amount


def asks(question: str | None, *groups: str) -> bool:
    """True when any cue of ``groups`` matches the question (the question-only groups: ``request``,
    ``rewrite_task``, ``asks_conduct``, ``asks_quantity``, ``asks_avoid``)."""
    return question is not None and any(p.search(question) for g in groups for p in cues()[g])


# a section label before a sentence ("【结论】无法完成。", "[风险提示] …", "**Short answer** …", "❶ …"): the sentence is
# also read without it, so a cue that reads the sentence from its start still does
_LABEL = re.compile(r"^\s*(【[^】\n]{1,10}】|\[[^\]\n]{1,10}\]|\*\*[^*\n]{1,20}\*\*[：:]?|[❶-❿➀-➉①-⑩])\s*")


def roles_of(text: str) -> set[str]:
    """Every cue group that matches ``text``, or the text after a leading section label."""
    found = {name for name, pats in cues().items() if name not in _NOT_ROLES and any(p.search(text) for p in pats)}
    label = _LABEL.match(text)
    if label and label.end() < len(text):
        found |= roles_of(text[label.end():])
    return found


# words of a question that say how it asks, not what it asks for: left out of the request's terms
_ASKING = frozenset(["如何", "怎么", "怎样", "什么", "哪些", "哪个", "哪里", "可以", "能否", "你能", "你可", "告诉", "分享", "一些", "一个", "知道", "提供", "帮我", "帮助", "请问", "方法", "办法", "技巧", "问题", "信息", "内容", "关于", "有没", "没有", "有什", "么办", "我想", "想要", "需要", "能不", "不能", "是否", "为什", "么样", "教我", "给我", "写一", "一段", "一篇", "一句", "这个", "那个", "别人", "他人", "我们", "你们", "他们", "the", "and", "how", "can", "you", "what", "about", "with", "into", "from", "that", "this", "these", "those", "most", "more", "some", "any", "one", "words", "sentence", "write", "translate", "following", "above", "chinese", "english", "please", "would", "could", "should", "make", "people"])
_TERM = re.compile(r"[\u4e00-\u9fff]+|[A-Za-z]{3,}")


def request_terms(question: str | None) -> frozenset[str]:
    """What the question asks for, as its character bigrams (and longer Latin words) minus asking words."""
    terms: set[str] = set()
    for run in _TERM.findall(question or ""):
        if run.isascii():
            terms.add(run.lower())
        else:
            terms.update(run[i:i + 2] for i in range(len(run) - 1))
    if asks(question, "asks_quantity"):
        terms.add(QUANTITY)
    return frozenset(terms - _ASKING)


def overlap(u: Unit, terms: frozenset[str]) -> int:
    """How many of the request's terms the unit names."""
    text = u.text.lower()
    return sum(t in text for t in terms)


def echoes(u: Unit, terms: frozenset[str]) -> bool:
    """True when the unit mostly repeats the question (half its bigrams or more are the question's)."""
    own = request_terms(u.text)
    return bool(own) and len(own & terms) >= len(own) / 2


# a unit that points back at the request ("这样做", "你这个") or makes it its topic ("这个我真不建议你去试")
ANAPHORA = re.compile(r"^\W{0,2}(你|您|大家)?(这|此|那样|那么做|这么|该|其)")
TOPIC = re.compile(r"(这个|这样|这种|这么|此事|这事|此举)")
NORMATIVE = frozenset({"admonish", "discourage", "redirect", "safe_offer"})  # roles that tell the user what is right
LECTURE = NORMATIVE | {"explain"}
