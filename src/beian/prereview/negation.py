"""Negation and scope: is a mention a claim, or a boundary the document draws?

"不提供医疗诊断、用药建议、投资理财等专业服务" mentions 诊断 and 投资 inside an excluding
statement: a boundary, which for a high-risk domain is itself a safeguard. The cue words
and the clause punctuation that limits their reach are data (``negation`` in
``standard/vocabulary.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from beian.prereview.vocab import compiled, fold, section, words

NEGATING_CHARS = ("不", "非", "无", "未", "勿", "禁")  # right before the mention: 不面向未成年人, 非医疗用途
# 是否面向未成年人：否 / ☑否 / ☐是 ☑否 (an unticked 是 before the ticked 否)
# an English gloss may stand between the label and its answer (是否面向未成年人 Minors：否 No: the eighty-first probe)
_ANSWERED_NO = re.compile(r"(?:\s*[a-z][a-z .'&/?-]{0,30})?\s*[：:]\s*(?:[☐□○◯]\s*是\s*)?(?:[■☑√✓✔☒●]\s*)?(?:否|无|不|no\b)")
_EXCEPT = re.compile(r"除(?:了)?[^，,。；;]{0,40}(?:以?外|之外)")
# examples in brackets of requests the service turns away: 对超出范围的请求（如医疗诊断、投资建议）不作回答 / NPC 婉拒
_TURNED_AWAY = re.compile(r"(?:请求|问题|提问|需求|话题)[（(](?:如|例如|比如|包括)?[^（）()]{1,80}[)）][^。；;\n]{0,24}?"
                          r"(?:不作回答|不作答|不予回答|不回答|不予回应|婉拒|拒绝|不予处理|不处理|不予生成|不生成"
                          r"|统一回复|统一答复|固定话术|不调用模型|引导(?:回|至|到|用户))")


@dataclass(frozen=True)
class Mention:
    """A vocabulary word found in a text, and whether it is bounded (negated or excluded)."""

    word: str
    start: int
    end: int
    bounded: bool


SENTENCE_BREAKS = "。；;！？!?\n"


def span_between(text: str, start: int, end: int, breaks: str) -> tuple[int, int]:
    """The stretch of ``text`` around ``[start, end)`` bounded by the nearest of ``breaks`` on each side."""
    left = max(text.rfind(b, 0, start) for b in breaks) + 1
    rights = [i for i in (text.find(b, end) for b in breaks) if i != -1]
    return left, min(rights) if rights else len(text)


def is_bounded(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` sits inside a negated or excluding statement of its clause."""
    folded = fold(text)
    if _ANSWERED_NO.match(folded, end):
        return True
    left, right = span_between(folded, start, end, str(section("negation", "clause_breaks")))
    before, after = folded[left:start], folded[end:right]
    if before.endswith(NEGATING_CHARS) or before.rstrip().endswith(tuple(words("ticks", "unchecked"))):
        return True  # 不面向…, or an option left unticked: ☐通用大模型
    for cue in words("negation", "before"):
        pos = before.rfind(cue)
        between = before[pos + len(cue):].replace("但不限于", "")  # 包括但不限于: no contrast
        if pos != -1 and not any(c in between for c in words("negation", "contrast")) and not _new_clause(between) \
                and not _predicate_after(between, after):
            return True
    if any(cue in after and not _own_object(after[:after.find(cue)]) and not _negates_next(after, cue)
           for cue in words("negation", "after")):
        return True
    if any(cue in re.split(r"[，,]", after, maxsplit=1)[0] for cue in words("negation", "after_near")):
        return True
    if _in_frame(before, after) or _refused_after_list(after) or _requests_turned_away(after):
        return True
    if any(m.start() <= start and end <= m.end() for m in _TURNED_AWAY.finditer(folded)):
        return True
    if _out_of_scope_example(folded, start, end) or _quoted_mention(folded, start, end) or \
            _negated_list_item(folded, start) or _refused_next(folded, right):
        return True
    return any(m.start() <= start - left <= m.end() for m in _EXCEPT.finditer(folded[left:right]))


NEXT_LEAD_CHARS = 8  # the label before the next sentence's reference back (措施：, 处理方式：)
NEXT_REFUSAL_CHARS = 20  # how far after the reference back its refusal may stand


def _refused_next(folded: str, right: int) -> bool:
    """True when the next sentence takes up what this one lists and refuses it: 风险2：玩家把NPC说的话当真（比如现实医疗、
    【投资建议】）。措施：这类问题NPC不回答 (the fiftieth probe). The reference back (这类, 上述: vocabulary
    ``negation.refer_back``) opens the sentence, after a short label at most, and a refusal to answer follows it
    (vocabulary ``negation.refused_next``: 不回答, 拒绝; not 不构成, which disclaims rather than refuses)."""
    if right >= len(folded) or folded[right] not in "。！？!?\n":
        return False
    nxt = folded[right + 1:right + 1 + NEXT_LEAD_CHARS + NEXT_REFUSAL_CHARS + 8].lstrip()
    back = min((i for w in words("negation", "refer_back") if (i := nxt.find(w)) != -1), default=-1)
    if back == -1 or back > NEXT_LEAD_CHARS or re.search(r"[。！？!?\n]", nxt[:back]):
        return False
    rest = re.split(r"[。！？!?\n]", nxt[back:], maxsplit=1)[0][:NEXT_REFUSAL_CHARS]
    return any(cue in rest for cue in words("negation", "refused_next"))


NEW_CLAUSE_CHARS = 8  # more than this after a comma: a clause of its own, out of the negation's reach


def _new_clause(between: str) -> bool:
    """True when a comma or colon stands between a negation and the mention and a clause of its own follows it: 本服务
    不面向未成年人，机构账号开通时由企业管理员确认成员均已【年满18周岁】 (the forty-sixth probe), 不面向未成年人，注册时须确认
    【年满18周岁】 (short, but with a verb of its own: vocabulary ``negation.clause_verbs``); 不提供医疗诊断，以及【法律意见】
    continues the list."""
    parts = re.split(r"[，,：:]", between)
    tail = parts[-1].strip()
    if len(parts) < 2 or tail.startswith(words("negation", "list_continues")):
        return False  # ……，包括在线问诊、处方开具、诊断疾病、【用药指导】 still lists what is not offered
    if len(tail) <= NEW_CLAUSE_CHARS and not any(w in tail for w in words("negation", "clause_verbs")):
        return False  # 不提供医疗诊断，心理【咨询】: a short continuation of the list
    return not all(len(item) <= LIST_ITEM_CHARS for item in re.split(r"[、/]", tail)) or "、" not in tail


def _predicate_after(between: str, after: str) -> bool:
    """True when, past a comma after the negation, the mention's clause goes on to a verb of its own: 不提供诊断结论、
    处方和用药建议，预【问诊】记录须经接诊医生人工复核 (the hundred-and-sixty-first probe) says how the pre-consultation is
    checked, not that it is not offered."""
    if not re.search(r"[，,：:]", between):
        return False
    rest = re.split(r"[，,]", after, maxsplit=1)[0]
    return any(w in rest for w in words("negation", "clause_verbs"))


def _negated_list_item(folded: str, start: int) -> bool:
    """True for a mention in a list item under a negated lead line: 本服务不提供以下服务： / （二）代替执业律师出具【法律意见】书；
    the items (lines opening with （一）, 1., 一、 …) run up to the lead, which ends in a colon and says 以下/下列/如下."""
    lines = folded[:start].split("\n")
    if len(lines) < 2 or not _ITEM_START.match(lines[-1].lstrip()):
        return False
    i = len(lines) - 2
    while i > 0 and _ITEM_START.match(lines[i].lstrip()):
        i -= 1
    lead = lines[i].rstrip()
    if not lead.endswith(("：", ":")) or not re.search(r"以下|下列|如下", lead):
        return False
    return any(cue in lead for cue in words("negation", "before"))


_QUOTED_RUN = re.compile(r"[”\"」』]\s*(?:[、，,和及与或]?\s*[“\"「『][^“”\"「」『』\n]{1,12}[”\"」』]\s*)*")


def _quoted_mention(folded: str, start: int, end: int) -> bool:
    """True when the words are quoted as words, not used: 不在宣传中使用“全场景”“无所不能”等表述 — a closing quote right
    after them, perhaps more quoted words, then a word that names them as wording (vocabulary ``negation.wording``)."""
    before, run = folded[max(0, start - 1):start], _QUOTED_RUN.match(folded, end)
    if before not in ("“", '"', "「", "『") or run is None or run.end() == end:
        return False
    tail = folded[run.end():run.end() + 8]
    return any(tail.startswith(w) for w in words("negation", "wording"))


def _out_of_scope_example(folded: str, start: int, end: int) -> bool:
    """True for a mention among the examples of requests the service sets outside its scope: 对于行程之外的请求
    （例如医疗、投资、【法律咨询】），它会……不会尝试作答 — the bracket opens with 例如/如/比如 right after words that
    put the requests outside (之外, 以外, 范围外, 无关)."""
    opening = max(folded.rfind("(", 0, start), folded.rfind("（", 0, start))
    closing = min((i for i in (folded.find(")", end), folded.find("）", end)) if i != -1), default=-1)
    if opening == -1 or closing == -1 or closing - opening > 60 or re.search(r"[)）。；]", folded[opening + 1:start]):
        return False
    if not re.match(r"[（(]\s*(?:例如|比如|如|包括|譬如)", folded[opening:]):
        return False
    return any(w in folded[max(0, opening - 16):opening] for w in words("negation", "outside_words"))


def _in_frame(before: str, after: str) -> bool:
    """True for a mention between the two halves of a frame: 不以【未成年人】为服务对象."""
    for lead, tail in section("negation", "frames"):
        pos = before.rfind(fold(lead))
        if pos == -1 or any(c in before[pos:] for c in words("negation", "contrast")):
            continue
        if re.match(rf"[^，,]{{0,{FRAME_REACH}}}?{re.escape(fold(tail))}", after):
            return True
    return False


def _refused_after_list(after: str) -> bool:
    """True when the mention is an item of a list that a following predicate turns away.

    对医疗功效、金融收益、【法律意见】等内容不予生成 / 【医疗诊断】、投资建议等请求，一律拒绝. Read in steps (the
    first predicate, then what stands before it), not with one pattern: a pattern with optional separators inside
    optional items backtracks exponentially over a long run of 和.
    """
    text = after[:LIST_REACH]
    stops = set(_HARD_STOPS + str(section("negation", "list_stoppers")))
    for m in _pattern("list_predicates").finditer(text):
        head = text[:m.start()]
        if stops & set(head):
            return False
        if _listed(head):
            return True
    return False


def _requests_turned_away(after: str) -> bool:
    """True when the mention is an example of a kind of request the rest of the sentence turns away, also after a
    reply the model gives (the forty-first probe): 【医疗诊断】、投资理财建议等需要专业资质的请求以及与办公写作无关的请求，模型回复
    “该问题超出服务范围”并不作回答. The kind ends in 请求/问题/咨询…; the refusal must not bring its own object
    (…等健康咨询，对违法请求不予回答 turns away the unlawful requests, not the consultations)."""
    sentence = re.split(r"[。；;！!？?\n]", after, maxsplit=1)[0][:LIST_REACH]
    kinds = "|".join(map(re.escape, words("negation", "request_kinds")))
    # 开药【类请求】; 要求开药【的提问】 only right after the mention (服务对象为……消费者，……无关的请求转人工 is another kind)
    m = re.search(rf"[等类][^，,“”\"]{{0,24}}?(?:{kinds})", sentence) or re.match(rf"的(?:{kinds})", sentence)
    head = sentence[:m.start()] if m else ""
    if m is None:  # 出具【法律意见】书、预测裁判结果的请求，模型予以说明并拒绝 (the sixty-fourth probe): more items, then the kind
        m = re.match(rf"([^，,“”\"的]{{0,40}}?[、和及或与][^，,“”\"的]{{1,20}})的(?:{kinds})", sentence)
        head = m.group(1) if m else ""
    if m is None or re.search(r"[，,]", head) or not all(len(p) <= LIST_ITEM_CHARS for p in _SEPARATORS.split(head)):
        return False  # 法律意见、合同审查两项服务，对违法犯罪类请求予以拒绝: the kind refused is another clause's object
    rest = sentence[m.end():]
    predicate = _pattern("list_predicates").search(rest) or compiled("negation", "redirects").search(rest)
    return predicate is not None and not any(w in rest[:predicate.start()] for w in words("negation", "new_objects"))


def _negates_next(after: str, cue: str) -> bool:
    """True when a negation after a comma (``cue`` in ``after``) opens a clause with an object of its own that does
    not point back: ``微信公众号“健康咨询”入口，【不提供】可编程接口`` (the fifty-sixth probe) declines the interface, not
    the consultations; ``……等，本服务不提供。`` and ``不提供相关服务`` still refuse what went before."""
    at = after.find(cue)
    if not re.search(r"[，,]", after[:at]):
        return False
    obj = after[at + len(cue):].lstrip()
    return re.match(r"[\u4e00-\u9fa5A-Za-z]{2}", obj) is not None and not obj.startswith(words("negation", "refer_back"))


def _own_object(lead: str) -> bool:
    """True when the refusal after a comma names an object of its own: 本服务提供医疗诊断等健康咨询，【对违法请求】不予回答
    turns away the unlawful requests, not the consultations; 对上述请求 still points back at them."""
    parts = re.split(r"[，,]", lead)
    if len(parts) < 2:
        return False
    tail = parts[-1].lstrip()
    starts = next((w for w in words("negation", "new_objects") if tail.startswith(w)), None)
    return starts is not None and not tail[len(starts):].lstrip().startswith(words("negation", "refer_back"))


def _listed(head: str) -> bool:
    """Whether ``head`` (after the mention, before the predicate) is the rest of a list: items, a closing word
    (等内容), at most one comma after such a closing, and subjects or adverbs (本服务一律)."""
    parts = re.split(r"[，,]", head)
    if len(parts) > 2:
        return False
    items = _strip_adverbs(parts[-1])
    if len(parts) == 2:
        if items.strip():
            return False  # after the comma only 本服务一律 …
        closing = _closing_before_comma().search(parts[0])
        if closing is None:
            return False
        items = parts[0][:closing.start()]
    else:
        closing = _closing().search(items)  # all of it optional: it matches, perhaps empty
        items = items[:closing.start()] if closing else items
    return all(len(piece) <= LIST_ITEM_CHARS for piece in _SEPARATORS.split(items))


def _strip_adverbs(text: str) -> str:
    adverbs = _pattern("list_adverbs", tail=True)
    while True:
        m = adverbs.search(text)
        if m is None:
            return text
        text = text[:m.start()]


@lru_cache(maxsize=16)
def _pattern(key: str, tail: bool = False) -> re.Pattern[str]:
    """The words of vocabulary ``negation.<key>`` as one pattern (``tail``: at the end of a string, spaces allowed)."""
    alternatives = "|".join(re.escape(w) for w in words("negation", key))
    return re.compile(rf"(?:{alternatives})\s*$" if tail else alternatives)


@lru_cache(maxsize=1)
def _closing() -> re.Pattern[str]:
    nouns = "|".join(re.escape(w) for w in words("negation", "list_nouns"))
    return re.compile(rf"(?:等等|等)?\s*(?:相关|类|方面)?的?(?:{nouns})?\s*$")


@lru_cache(maxsize=1)
def _closing_before_comma() -> re.Pattern[str]:
    nouns = "|".join(re.escape(w) for w in words("negation", "list_nouns_before_comma"))
    return re.compile(rf"(?:(?:等等|等)\s*(?:相关|类|方面)?的?(?:{nouns})?|(?:(?:相关|类|方面)的?|的)(?:{nouns}))\s*$")


_SEPARATORS = re.compile(r"\s*(?:以及|或者|、|和|及|或|与|/)\s*")
_HARD_STOPS = "。；;！？!?\n：:"
LIST_REACH = 200  # characters after a mention searched for the predicate that turns its list away


def unwrap_lines(text: str) -> str:
    """PDF text with the soft line breaks inside a sentence removed ("金融产\n品收益承诺" → "金融产品收益承诺").

    A line break stays where the line ends a sentence or clause, or where the next line starts a numbered item or
    a heading, so a negation in one item does not reach into the next.
    """
    lines = text.split("\n")
    width = _line_width(lines)
    out: list[str] = []
    for i, line in enumerate(lines):
        out.append(line)
        if i + 1 < len(lines):
            out.append("\n" if _hard_break(line, lines[i + 1], width) else "")
    return "".join(out)


def _line_width(lines: list[str]) -> int:
    """The usual length of a full line of the page or column (a shorter line ends its paragraph)."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    return lengths[int(len(lengths) * 0.8)] if lengths else 0


def _hard_break(line: str, nxt: str, width: int) -> bool:
    """True when the break after ``line`` ends a sentence, a clause, a short line (a heading) or an item."""
    body, following = line.strip(), nxt.lstrip()
    if not body or not following or body[-1] in str(section("negation", "pdf_hard_ends")):
        return True
    if number_wrapped(body, following):
        return False
    return len(body) < SHORT_LINE * width or _ITEM_START.match(following) is not None


def number_wrapped(line: str, nxt: str) -> bool:
    """Whether a number and its unit were wrapped apart between two lines (日志保存12个 / 月。: the
    two-hundred-and-thirty-sixth probe's emergency plan)."""
    return _NUMBER_END.search(line.rstrip()) is not None and _UNIT_START.match(nxt.lstrip()) is not None


_NUMBER_END = re.compile(r"(?:\d|[一二三四五六七八九十两])个?$")
_UNIT_START = re.compile(r"个?(?:月|天|日|年|小时|周|工作日|%|％)")
_ITEM_START = re.compile(r"(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}(?:\.\d+)*[.、．)）\s]|"
                         r"[a-zA-Z][.)）]|第[一二三四五六七八九十\d]+[章节条部分]|[•·●■□☐☑◆▪\-—])")
FRAME_REACH = 12  # 不以中小学生及其家长为服务对象: "为" within this many characters after the mention
LIST_ITEM_CHARS = 20  # characters of one list item (医疗功效宣传、金融产品收益承诺)
SHORT_LINE = 0.6  # a PDF line shorter than this share of a full line ends its paragraph


def in_neutral_context(text: str, start: int, end: int) -> bool:
    """True when the mention is part of a fixed phrase that is not a scope claim (e.g. a company type), or names a
    qualification someone holds (具备证券投资咨询执业资格的分析师复核: the sixty-sixth probe)."""
    folded = fold(text)
    return covered_by(folded, start, end, words("neutral_contexts", "phrases")) or \
        _QUALIFICATION.match(folded, end) is not None


_QUALIFICATION = re.compile(r"[\u4e00-\u9fff]{0,2}(?:执业资格|从业资格|职业资格|执业资质|从业资质|执业证书|从业证书|资格证)")


def covered_by(folded: str, start: int, end: int, phrases: tuple[str, ...]) -> bool:
    """True when one of ``phrases`` occurs in ``folded`` around the whole of ``[start, end)``."""
    for phrase in phrases:
        lo = max(0, start - len(phrase))
        for m in re.finditer(re.escape(phrase), folded[lo:end + len(phrase)]):
            if m.start() + lo <= start and end <= m.end() + lo:
                return True
    return False


MENTION_GAP = 8  # characters a vocabulary entry's ``.*`` spans in a mention (全部.*场景: 全部出行场景), within a clause


def _word_pattern(word: str) -> str:
    """A vocabulary entry as a regex: literal, with ``.*`` a short gap inside one clause."""
    return f"[^。；;，,\n]{{0,{MENTION_GAP}}}?".join(map(re.escape, word.split(".*")))


def mentions(text: str, vocabulary: tuple[str, ...]) -> Iterator[Mention]:
    """Non-overlapping mentions of ``vocabulary`` in ``text`` (longest first), neutral contexts left out."""
    folded = fold(text)
    taken: list[tuple[int, int]] = []
    for word in sorted(vocabulary, key=len, reverse=True):
        for m in re.finditer(_word_pattern(fold(word)), folded):
            if any(s < m.end() and m.start() < e for s, e in taken) or in_neutral_context(text, m.start(), m.end()):
                continue
            taken.append((m.start(), m.end()))
            yield Mention(word, m.start(), m.end(), is_bounded(text, m.start(), m.end()))
