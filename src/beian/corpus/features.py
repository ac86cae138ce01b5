"""Per-record figures: keyword hits by category, personal information by kind, length, language,
a near-duplicate signature (64-bit SimHash) and the two seeded sampling keys.

:class:`RecordScanner` is the callable class Ray Data runs in each worker: the matcher is built in
its constructor, once per worker, and every batch reuses it.
"""

from __future__ import annotations

import hashlib
import os
import resource
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

SIG_CHARS = 2000  # the signature looks at the first characters only (long documents: their opening)
SHINGLE = 3
PII_JOIN = "\n\n。\n\n"
_K = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], dtype=np.uint64)
U64 = npt.NDArray[np.uint64]


def record_keys(seed: int, path: str, lines: Sequence[int]) -> tuple[list[int], list[int]]:
    """Two seeded 64-bit keys per record: one orders the manual sample, one draws the technical sample."""
    manual, technical = [], []
    for line in lines:
        digest = hashlib.blake2b(f"{seed}\0{path}\0{line}".encode(), digest_size=16).digest()
        manual.append(int.from_bytes(digest[:8], "little"))
        technical.append(int.from_bytes(digest[8:], "little"))
    return manual, technical


def _is_cjk(cps: npt.NDArray[np.uint32]) -> npt.NDArray[np.bool_]:
    return (((cps >= 0x4E00) & (cps <= 0x9FFF)) | ((cps >= 0x3400) & (cps <= 0x4DBF))
            | ((cps >= 0x20000) & (cps <= 0x2A6DF)) | ((cps >= 0xF900) & (cps <= 0xFAFF)))


def _is_latin(cps: npt.NDArray[np.uint32]) -> npt.NDArray[np.bool_]:
    low = cps | 0x20
    return (low >= 0x61) & (low <= 0x7A)


def _joined(texts: Sequence[str], cap: int | None = None) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.int64]]:
    """Code points of all texts (lower-cased, each cut to ``cap``) and the record index of each."""
    parts = [t[:cap].lower() if cap else t.lower() for t in texts]
    cps = np.frombuffer("".join(parts).encode("utf-32-le"), dtype=np.uint32)
    lens = np.fromiter(map(len, parts), dtype=np.int64, count=len(parts))
    return cps, np.repeat(np.arange(len(parts), dtype=np.int64), lens)


def languages(texts: Sequence[str]) -> list[str]:
    """中文 / 英文 / 其他 by the share of CJK characters among letters (a cheap heuristic)."""
    cps, rec = _joined(texts)
    cjk = np.bincount(rec[_is_cjk(cps)], minlength=len(texts))
    latin = np.bincount(rec[_is_latin(cps)], minlength=len(texts))
    return ["中文" if c and c * 2 >= la else "英文" if la else "其他" for c, la in zip(cjk.tolist(), latin.tolist())]


def simhashes(texts: Sequence[str]) -> U64:
    """64-bit SimHash of character 3-grams (letters, digits and CJK only) of each text's opening.

    All texts of a batch are hashed at once: 3-grams that cross two records are dropped, and the
    bit votes are counted per record with one weighted ``bincount`` per bit.
    """
    n = len(texts)
    cps, rec = _joined(texts, SIG_CHARS)
    keep = _is_cjk(cps) | _is_latin(cps) | ((cps >= 0x30) & (cps <= 0x39))
    cps, rec = cps[keep], rec[keep]
    c = cps.astype(np.uint64)
    with np.errstate(over="ignore"):
        h = c[:-2] * _K[0] ^ c[1:-1] * _K[1] ^ c[2:] * _K[2]
        h ^= h >> np.uint64(29)
        h *= _K[0]
        h ^= h >> np.uint64(32)
    inside = rec[:-2] == rec[2:] if len(rec) >= SHINGLE else np.zeros(0, dtype=bool)
    h, hrec = h[inside], rec[:-2][inside]
    counts = np.bincount(hrec, minlength=n)
    major = np.zeros((n, 64), dtype=np.uint8)
    for bit in range(64):  # one weighted count per bit: cheaper than unpacking a (shingles x 64) matrix
        ones = np.bincount(hrec, weights=((h >> np.uint64(63 - bit)) & np.uint64(1)).astype(np.float64), minlength=n)
        major[:, bit] = ones * 2 > counts
    out: U64 = np.packbits(major, axis=1).view(">u8").ravel().astype(np.uint64)
    for i in np.flatnonzero(counts == 0).tolist():
        out[i] = _short_hash(cps[rec == i])
    return out


def _short_hash(cps: npt.NDArray[np.uint32]) -> int:
    return int.from_bytes(hashlib.blake2b(cps.tobytes(), digest_size=8).digest(), "little")


def pii_kinds(texts: Sequence[str], min_confidence: float = 0.75) -> list[str]:
    """Personal-information kinds per text (``|``-joined), found in one pass over the joined batch.

    Texts are joined with a paragraph break and a full stop, which no recogniser reads across; a
    hit that still spans two texts is dropped.
    """
    from beian.text.pii import find_pii

    found: list[set[str]] = [set() for _ in texts]
    starts = np.cumsum([0, *[len(t) + len(PII_JOIN) for t in texts]])
    for m in find_pii(PII_JOIN.join(texts), min_confidence=min_confidence):
        doc = int(np.searchsorted(starts, m.start, side="right")) - 1
        if m.end <= starts[doc] + len(texts[doc]):
            found[doc].add(m.kind)
    return ["|".join(sorted(kinds)) for kinds in found]


class RecordScanner:
    """Ray Data callable class: per-record figures for a batch of records."""

    def __init__(self, lexicons: list[str], allow: list[str], profile: str, files: list[str], seed: int,
                 technical_fraction: float, min_confidence: float, pii: bool,
                 classifier: dict[str, Any] | None = None) -> None:
        from beian.corpus.classify import RecordClassifier
        from beian.standard import load_profile
        from beian.text.matcher import build_matcher

        self.matcher = build_matcher([Path(p) for p in lexicons], [Path(p) for p in allow],
                                     profile=load_profile(profile)) if lexicons else None
        self.files, self.seed, self.fraction = files, seed, technical_fraction
        self.min_confidence, self.pii = min_confidence, pii
        self.classifier = RecordClassifier(**classifier) if classifier else None

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        """Figures for every row; placeholder rows (empty blocks) pass through with zeros."""
        texts = [str(t) for t in batch["text"]]
        real = batch["real"].astype(bool)
        cats = self._keywords(texts)
        pii = pii_kinds(texts) if self.pii else [""] * len(texts)
        manual, tech_keys = self._keys(batch)
        tech = np.array([k / 2.0**64 < self.fraction for k in tech_keys], dtype=bool) & real
        return {**self._classify(texts, real, tech),
            "block": batch["block"], "file": batch["file"], "line": batch["line"], "n_rows": batch["n_rows"], "real": real,
            "meta": batch["meta"], "chars": np.array([len(t) for t in texts], dtype=np.int64),
            "bytes": np.array([len(t.encode("utf-8")) for t in texts], dtype=np.int64),
            "lang": np.array(languages(texts), dtype=object), "cats": np.array(cats, dtype=object),
            "pii": np.array(pii, dtype=object), "simhash": simhashes(texts),
            "skey": np.array(manual, dtype=np.uint64),
            "worker": np.full(len(texts), os.getpid(), dtype=np.int64),
            "rss_mb": np.full(len(texts), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, dtype=np.int64),
            "tech": tech,
        }

    def _classify(self, texts: list[str], real: np.ndarray, tech: np.ndarray) -> dict[str, np.ndarray]:
        """Classifier columns: a code per record (see :mod:`beian.corpus.classify`), risks, error messages."""
        from beian.corpus.classify import NOT_RUN, Judged

        n = len(texts)
        if self.classifier is None:
            judged = Judged(np.full(n, NOT_RUN, dtype=np.int8), [""] * n, [""] * n)
        else:
            judged = self.classifier.judge(texts, real & (tech if self.classifier.scope == "sample" else True))
        return {"clf": judged.codes, "clf_risks": np.array(judged.risks, dtype=object),
                "clf_error": np.array(judged.errors, dtype=object)}

    def _keywords(self, texts: list[str]) -> list[str]:
        if self.matcher is None:
            return [""] * len(texts)
        out = []
        for hits in self.matcher.scan_many(texts):
            found = sorted({m.category or m.risk or "未分类" for m in hits if m.confidence >= self.min_confidence})
            out.append("|".join(found))
        return out

    def _keys(self, batch: dict[str, Any]) -> tuple[list[int], list[int]]:
        manual: list[int] = []
        tech: list[int] = []
        for f, line in zip(batch["file"].tolist(), batch["line"].tolist()):
            m, t = record_keys(self.seed, self.files[f], [line])
            manual += m
            tech += t
        return manual, tech
