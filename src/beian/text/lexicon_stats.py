"""Lexicon statistics: size, duplicates, writing variants, suspicious entries and the per-risk quota check.

Counts toward the quotas are *distinct* terms (after NFKC and case folding), writing variants merged (``冰 毒``,
``冰*毒`` and ``冰-毒`` are ``冰毒`` with characters the matcher deletes, :func:`variant_key`): a duplicated entry,
or one written again with a space or a symbol inside, does not make a list larger in the reviewer's eyes.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from beian.text.lexicon_words import pinyin_word_message, word_notes
from beian.text.normalize import codepoints, fold_tables
from beian.text.terms import Lexicon, Term

if TYPE_CHECKING:
    from beian.standard import Profile

LONG_TERM_CHARS = 50
"""Entries longer than this are flagged: a keyword list is not a sentence list."""

SUSPICIOUS_REASONS: dict[str, str] = {
    "control": "含控制字符（文件可能损坏或混入了不可见字符）",
    "single_char": "只有一个字符，极易误拦截",
    "punctuation": "只由分隔符或标点组成，不是有效关键词",
    "common_word": "是常用词，拦截会造成大量误报",
    "too_long": f"超过 {LONG_TERM_CHARS} 个字符，更像句子而不是关键词",
}
"""Reason code → Chinese explanation shown to the user."""

_COMMON_WORDS_FILE = Path(__file__).parent / "data" / "common_words.txt"
UNLABELLED = "（无分类）"


@dataclass(frozen=True)
class Suspicious:
    """A lexicon entry that is probably a mistake."""

    text: str
    code: str
    reason: str
    source: str
    line: int


@dataclass(frozen=True)
class WordHint:
    """An entry that is an ordinary word or hides inside ordinary words (:mod:`beian.text.lexicon_words`), where
    the lexicon has it, with advice a user can follow with beian as it is: a longer entry, removing it, the
    allowlist (``--allow``), the user dictionary (``--user-dict``, only for the host words where it was seen to
    work), a context rule (``人大 && 代表|常委会``, for an entry that is itself a word) or the always-block marker
    ``!`` (never advised to an entry that already has it)."""

    term: str
    code: str  # "ordinary_word", "inside_words" or "pinyin_word"
    freq: int
    hosts: tuple[str, ...]
    source: str
    line: int
    always_block: bool = False
    user_dict_hosts: tuple[str, ...] = ()  # hosts that, listed in a user dictionary, take the hit below 0.5

    @property
    def message(self) -> str:
        """The Chinese explanation and suggestion shown to the user."""
        t = self.term
        if self.code == "pinyin_word":
            return pinyin_word_message(t, self.hosts[0], self.freq)
        if self.code == "ordinary_word":
            said = f"“{t}”本身是常用词（词典词频 {self.freq}），"
            if self.always_block:
                return said + f"且已写作“!{t}”（总是拦截），正常文本中的“{t}”都会命中；确需如此可不处理，否则去掉 ! 并改用更长的词"
            return said + ("会拦截大量正常文本；建议改用更长、更具体的词或从词库中删除，或加语境规则，在词库中写作"
                           f"“{t} && 语境词1|语境词2”（附近 20 个字内有其中一个词才处置，否则只列出），"
                           "确需保留原样时把常见的正常说法写进白名单（--allow）")
        examples = "”“".join(self.hosts)
        if self.always_block:
            return (f"“{t}”已写作“!{t}”（总是拦截），出现在普通词语中（如“{examples}”）也会命中；确需如此可不处理，"
                    "否则去掉 !，或把这些词加入白名单（--allow）")
        return (f"“{t}”常出现在普通词语中（如“{examples}”）：切开这些词的命中扫描时降为低置信度（0.4），"
                f"以它开头或结尾的词仍会命中；误报时把这些词加入白名单（--allow）{self._user_dict_advice()}，"
                f"确需一律拦截时在词库中写作“!{t}”（总是拦截）")

    def _user_dict_advice(self) -> str:
        """The user-dictionary part of the advice: only for host words it was seen to work for."""
        if not self.user_dict_hosts:
            return ""
        if set(self.user_dict_hosts) >= set(self.hosts):
            return "或用户词典（--user-dict）"
        return f"（其中“{'”“'.join(self.user_dict_hosts)}”也可加入用户词典 --user-dict）"


@dataclass
class LexiconStats:
    """What ``beian lexicon stats`` reports."""

    total: int
    distinct: int
    distinct_folded: int  # distinct, writing variants merged (:func:`variant_key`): what the quotas count
    duplicate_count: int
    duplicates: dict[str, int]
    variants: dict[str, list[str]]  # plain form (as first written) -> its other written forms
    suspicious: list[Suspicious]
    unmapped: dict[str, int]
    per_risk: dict[str, int]
    missing: dict[str, int]
    quota_total: int
    profile: str
    risk_names: dict[str, str] = field(default_factory=dict)
    risk_minimums: dict[str, int] = field(default_factory=dict)
    word_notes: list[WordHint] = field(default_factory=list)

    @property
    def variant_count(self) -> int:
        """How many distinct entries are only writing variants of another one (``冰 毒`` of ``冰毒``)."""
        return self.distinct - self.distinct_folded

    @property
    def meets_total(self) -> bool:
        """True when the distinct term count, writing variants merged, reaches the profile's total."""
        return self.distinct_folded >= self.quota_total

    @property
    def meets_quota(self) -> bool:
        """True when both the total and every per-risk minimum are met."""
        return self.meets_total and not self.missing

    @property
    def total_shortfall(self) -> int:
        """How many more distinct terms (writing variants merged) the total quota needs (0 when met)."""
        return max(0, self.quota_total - self.distinct_folded)

    def suspicious_counts(self) -> dict[str, int]:
        """Reason code → how many entries were flagged for it."""
        return dict(Counter(s.code for s in self.suspicious))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (stable keys)."""
        return {
            "profile": self.profile,
            "total": self.total,
            "distinct": self.distinct,
            "distinct_folded": self.distinct_folded,
            "duplicate_count": self.duplicate_count,
            "duplicates": self.duplicates,
            "variant_count": self.variant_count,
            "variants": self.variants,
            "suspicious_counts": self.suspicious_counts(),
            "suspicious": [asdict(s) for s in self.suspicious],
            "unmapped": self.unmapped,
            "per_risk": self.per_risk,
            "risk_minimums": self.risk_minimums,
            "missing": self.missing,
            "quota_total": self.quota_total,
            "total_shortfall": self.total_shortfall,
            "meets_quota": self.meets_quota,
            "word_notes": [{**asdict(n), "message": n.message} for n in self.word_notes],
        }


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def normalize_key(text: str) -> str:
    """The key used for duplicate detection: NFKC + case folding + trimmed, control characters and line breaks
    removed (the matcher deletes them, and the export merges ``裸\x1e聊`` with ``裸聊``)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cc").strip()


def variant_key(text: str) -> str:
    """The key that also merges writing variants: :func:`normalize_key` less the characters the text core's fold
    deletes when it matches (:func:`beian.text.normalize.normalize`: spaces, ``*``, ``-`` and other punctuation or
    symbols, fillers such as ``丨``, invisible characters), so ``冰毒``, ``冰 毒``, ``冰*毒`` and ``冰-毒`` are one keyword.

    Only deletions are merged: letters, repeated characters, traditional and lookalike characters stay as written.
    Between two ASCII letters or digits a run of deleted characters stays one space, so an English phrase keeps its
    words (``kill people`` and ``kill-people`` are one, ``killpeople`` another). An entry of deleted characters only
    keeps its :func:`normalize_key` (it is a suspicious entry, not a variant of another).
    """
    return _without_separators(normalize_key(text))


def _without_separators(key: str) -> str:
    """``key`` (a :func:`normalize_key`) with the fold's deleted characters removed, as :func:`variant_key` says."""
    kept = _kept_table()[codepoints(key)].tolist()
    if all(kept) or not any(kept):
        return key
    out: list[str] = []
    gap = False
    for ch, keep in zip(key, kept):
        if not keep:
            gap = bool(out)
            continue
        if gap and _word_char(out[-1]) and _word_char(ch):
            out.append(" ")
        out.append(ch)
        gap = False
    return "".join(out)


def _word_char(ch: str) -> bool:
    """An ASCII letter or digit: a character of an English word."""
    return ch.isascii() and ch.isalnum()


@lru_cache(maxsize=1)
def _kept_table() -> Any:
    """Code point -> False where the matcher's fold deletes the character (the FOLD table maps it to 0)."""
    fold, _, _ = fold_tables()
    return fold != 0


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The built-in list of ordinary high-frequency words (``data/common_words.txt``)."""
    lines = _COMMON_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(normalize_key(w) for w in lines if w.strip() and not w.startswith("#"))


def suspicion(text: str) -> str | None:
    """Reason code for a doubtful entry, or None when it looks fine."""
    if _CONTROL.search(text):  # Unicode category Cc, as one regex (a 5-million-character line stays fast)
        return "control"
    key = normalize_key(text)
    if all(unicodedata.category(ch)[0] in "PZS" for ch in key):
        return "punctuation"
    if len(key) == 1:
        return "single_char"
    if key in common_words():
        return "common_word"
    if len(text) > LONG_TERM_CHARS:
        return "too_long"
    return None


def lexicon_stats(lexicon: Lexicon, profile: Profile | None = None, *, check_user_dict: bool = False) -> LexiconStats:
    """Count, de-duplicate and check ``lexicon`` against ``profile``'s keyword quotas.

    ``check_user_dict`` also finds, for the word notes, which host words a user dictionary would take below the
    default reporting threshold (:func:`user_dict_hosts`, a small matcher compiled for it: about 0.6 s for the
    public lexicons); without it the notes advise only the allowlist for host words.
    """
    if profile is None:
        from beian.standard import load_profile

        profile = load_profile()
    counts: Counter[str] = Counter()
    first: dict[str, Term] = {}
    folded: dict[str, str] = {}  # normalize_key -> variant key
    per_risk_keys: dict[str, set[str]] = {r.id: set() for r in profile.keyword_risks}
    unmapped: Counter[str] = Counter()
    suspicious: list[Suspicious] = []
    for term in lexicon.terms:
        key = normalize_key(term.text)
        counts[key] += 1
        first.setdefault(key, term)
        if key not in folded:
            folded[key] = _without_separators(key)
        if term.risk is None:
            unmapped[term.category or UNLABELLED] += 1
        elif term.risk in per_risk_keys:
            per_risk_keys[term.risk].add(folded[key])
        code = suspicion(term.text) if counts[key] == 1 else None
        if code is not None:
            suspicious.append(Suspicious(term.text, code, SUSPICIOUS_REASONS[code], term.source, term.line))
    result = _assemble(lexicon, profile, counts, first, folded, per_risk_keys, unmapped, suspicious)
    if check_user_dict:
        result.word_notes = user_dict_hosts(result.word_notes)
    return result


def _assemble(lexicon: Lexicon, profile: Profile, counts: Counter[str], first: dict[str, Term],
              folded: dict[str, str], per_risk_keys: dict[str, set[str]], unmapped: Counter[str],
              suspicious: list[Suspicious]) -> LexiconStats:
    duplicates = {first[k].text: n for k, n in counts.most_common() if n > 1}
    per_risk = {rid: len(keys) for rid, keys in per_risk_keys.items()}
    minimums = {r.id: r.keyword_min for r in profile.keyword_risks}
    missing = {rid: minimums[rid] - n for rid, n in per_risk.items() if n < minimums[rid]}
    return LexiconStats(
        total=len(lexicon.terms),
        distinct=len(counts),
        distinct_folded=len(set(folded.values())),
        duplicate_count=sum(n - 1 for n in duplicates.values()),
        duplicates=duplicates,
        variants=_variant_groups(folded, first),
        suspicious=suspicious,
        unmapped=dict(unmapped.most_common()),
        per_risk=per_risk,
        missing=missing,
        quota_total=int(profile.quota("keywords_total")),
        profile=profile.id,
        risk_names={r.id: r.name for r in profile.keyword_risks},
        risk_minimums=minimums,
        word_notes=_word_hints(lexicon, counts, first),
    )


def _variant_groups(folded: dict[str, str], first: dict[str, Term]) -> dict[str, list[str]]:
    """Writing variants, as first written: the plain form (the one without deleted characters where the list has
    it, else the first written) -> the other forms, in list order; only variant keys with two or more forms."""
    groups: dict[str, list[str]] = {}
    for key, vkey in folded.items():
        groups.setdefault(vkey, []).append(key)
    out = {}
    for vkey, keys in groups.items():
        if len(keys) > 1:
            plain = vkey if vkey in keys else keys[0]
            out[first[plain].text] = [first[k].text for k in keys if k != plain]
    return out


def _word_hints(lexicon: Lexicon, counts: Counter[str], first: dict[str, Term]) -> list[WordHint]:
    """The word notes, each placed where its entry is first written, knowing whether any copy is always-block."""
    always = {normalize_key(t.text) for t in lexicon.terms if t.always_block}
    return [WordHint(n.term, n.code, n.freq, n.hosts, first[n.term].source, first[n.term].line, n.term in always)
            for n in word_notes(k for k in counts if len(k) >= 2)]


USER_DICT_FRAMES = (("。", "。"), ("我们今天讨论的是", "这个话题。"))
"""The texts a host word is tried in (before, after) by :func:`user_dict_hosts`: alone, and inside a sentence."""
REPORT_THRESHOLD = 0.5  # beian scan's default --min-confidence


def user_dict_hosts(hints: list[WordHint]) -> list[WordHint]:
    """``hints`` with ``user_dict_hosts`` filled: the host words that, all listed in a user dictionary (without a
    frequency, as the advice says), leave no hit of the entry on them at :data:`REPORT_THRESHOLD` or above in
    every text of :data:`USER_DICT_FRAMES`. The scan is beian's own matcher over the noted entries, so what is
    advised is what ``beian scan --user-dict`` does (a word reaching more than a few characters past the hit, or
    one the fold reads differently, is not advised)."""
    pairs = [(h.term, host) for h in hints if h.code == "inside_words" and not h.always_block for host in h.hosts]
    if not pairs:
        return hints
    failed = _user_dict_failures(pairs)
    return [replace(h, user_dict_hosts=tuple(w for w in h.hosts if (h.term, w) not in failed))
            if h.code == "inside_words" and not h.always_block else h for h in hints]


def _user_dict_failures(pairs: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """The (entry, host word) pairs whose hit a user dictionary of all the host words does not lower."""
    from beian.text.compiler import compile_lexicon
    from beian.text.matcher import Matcher
    from beian.text.wordcut import MIN_USER_FREQ

    lexicon = Lexicon(terms=[Term(t) for t in dict.fromkeys(t for t, _ in pairs)])
    lexicon.user_words = [(w, MIN_USER_FREQ) for w in dict.fromkeys(w for _, w in pairs)]
    matcher = Matcher(compile_lexicon(lexicon), "")  # not cached: small, and made for this check only
    docs = [before + host + after for _, host in pairs for before, after in USER_DICT_FRAMES]
    failed = set()
    for i, found in enumerate(matcher.scan_many(docs)):
        term, host = pairs[i // len(USER_DICT_FRAMES)]
        lo = len(USER_DICT_FRAMES[i % len(USER_DICT_FRAMES)][0])
        if any(m.matched == term and m.confidence >= REPORT_THRESHOLD and m.start < lo + len(host) and m.end > lo
               for m in found):
            failed.add((term, host))
    return failed
