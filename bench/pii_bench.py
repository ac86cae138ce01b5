"""Precision and recall of the personal-information recognisers, beside the usual baselines.

Inputs:

* ``tests/text/pii_lookalikes.jsonl``: 78 hand-labelled texts in seven independent styles (order
  confirmations, logs, tracking mails, version notes, math text, folded digits, IDs ending in X, contact
  lines). The labels were written and committed before the recognisers were tuned on them.
* ``tests/text/pii_heldout.jsonl``: 52 hand-labelled texts in seven further styles (chat, invoices, config
  and code, science, bank SMS, tickets, evasions), written after that tuning and measured once before any
  further change (the first figures are kept in BENCHMARKS.md).
* ``../shared/data/pii-multipriv-zh``: 975 synthetic person records; ground truth is the record's phone,
  e-mail and (check-digit-valid) resident ID, plus the bank cards found in the paragraphs and checked by hand.
* ``../shared/data/corpus-sophonplus-reviews/waimai_10k.csv.gz``: benign reviews; every hit is counted.

Systems: ``beian`` (:func:`beian.text.pii.find_pii`), ``regex`` (NFKC plus the plain regex set people
usually write) and ``presidio`` (Microsoft Presidio's pattern recognisers for credit cards, e-mail, IP and
phone numbers with region CN; only when ``presidio-analyzer`` is installed, no spaCy model needed).

Run: ``.venv/bin/python bench/pii_bench.py`` (prints a Markdown table).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from beian.text.pii import find_pii, validate_resident_id  # noqa: E402
from corpora import DATA  # noqa: E402

Hit = tuple[str, str]
System = Callable[[str], list[Hit]]
LOOKALIKES = REPO / "tests" / "text" / "pii_lookalikes.jsonl"
HELDOUT = REPO / "tests" / "text" / "pii_heldout.jsonl"
# Bank cards that occur in pii-multipriv-zh paragraphs ("中国工商银行6222…"), checked by hand.
HAND_CHECKED_CARDS = {"6222020308123456789", "6222020302057195836"}
_GROUP = {"mobile": "phone", "landline": "phone", "ipv6": "ip", "ipv4": "ip"}


def _group(kind: str) -> str:
    return _GROUP.get(kind, kind)


def beian_system(text: str) -> list[Hit]:
    """Hits of the recognisers under test."""
    return [(m.kind, m.text) for m in find_pii(text)]


_REGEX = {
    "mobile": re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)"),
    "resident_id": re.compile(r"(?<!\d)\d{17}[\dXx](?![\dXx])"),
    "bank_card": re.compile(r"(?<!\d)\d{16,19}(?!\d)"),
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "ipv4": re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])"),
    "landline": re.compile(r"(?<!\d)0\d{2,3}-\d{7,8}(?!\d)"),
}


def regex_system(text: str) -> list[Hit]:
    """The usual pipeline: NFKC, then one plain regex per kind (a resident ID beats a card reading)."""
    norm = unicodedata.normalize("NFKC", text)
    hits = [(kind, m.group()) for kind, pat in _REGEX.items() for m in pat.finditer(norm)]
    ids = {v for k, v in hits if k == "resident_id"}
    return [(k, v) for k, v in hits if not (k == "bank_card" and v in ids)]


def presidio_system() -> System | None:
    """Presidio's pattern recognisers, or None when presidio-analyzer is not installed."""
    try:
        from presidio_analyzer.predefined_recognizers import (
            CreditCardRecognizer,
            EmailRecognizer,
            IpRecognizer,
            PhoneRecognizer,
        )
    except ImportError:
        return None
    import tldextract

    # Offline: the bundled public-suffix snapshot instead of a download.
    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)  # type: ignore[assignment]
    recs = [
        (CreditCardRecognizer(), "bank_card"),
        (EmailRecognizer(), "email"),
        (IpRecognizer(), "ipv4"),
        (PhoneRecognizer(supported_regions=("CN",)), "mobile"),
    ]

    def run(text: str) -> list[Hit]:
        out: list[Hit] = []
        for rec, kind in recs:
            for r in rec.analyze(text, rec.supported_entities, None):  # type: ignore[arg-type]
                if r.score >= 0.4:
                    out.append((kind, text[r.start : r.end]))
        return out

    return run


def _norm_value(value: str) -> str:
    return unicodedata.normalize("NFKC", value).replace("\u200b", "")


def score(pairs: list[tuple[list[Hit], set[Hit]]]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) over (hits, labels) pairs, kinds grouped."""
    tp = fp = fn = 0
    for hits, labels in pairs:
        want = {(_group(k), _norm_value(v)) for k, v in labels}
        got = {(_group(k), _norm_value(v)) for k, v in hits}
        tp += len(got & want)
        fp += len(got - want)
        fn += len(want - got)
    return tp, fp, fn


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def lookalike_pairs(
    system: System, style: str | None = None, path: Path = LOOKALIKES
) -> list[tuple[list[Hit], set[Hit]]]:
    """Hits and labels on a hand-labelled set (one style or all)."""
    rows = _rows(path)
    return [
        (system(r["text"]), {(k, v) for k, v in r["pii"]})
        for r in rows
        if style is None or r["style"] == style
    ]


def multipriv_pairs(system: System) -> list[tuple[list[Hit], set[Hit]]]:
    """Hits and labels on pii-multipriv-zh (phone, e-mail, valid ID, hand-checked cards)."""
    data = json.loads((DATA / "pii-multipriv-zh" / "data_person_1000_zh.json").read_text(encoding="utf-8"))
    out = []
    for r in data:
        para = r["naturalParagraph"]
        labels = {("mobile", str(r["phoneNumbers"])), ("email", str(r["emailAddress"]))}
        if validate_resident_id(str(r["idCardNumbers"])):
            labels.add(("resident_id", str(r["idCardNumbers"])))
        labels |= {("bank_card", c) for c in HAND_CHECKED_CARDS if c in para}
        out.append((system(para), {(k, v) for k, v in labels if v in para}))
    return out


def benign_hits(system: System, limit: int = 11_988) -> int:
    """Hits on the benign take-away reviews (every one is a false alarm unless a real contact)."""
    path = DATA / "corpus-sophonplus-reviews" / "waimai_10k.csv.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return sum(len(system(line)) for _, line in zip(range(limit), fh))


def _fmt(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return f"P {p:.3f} R {r:.3f} (TP {tp} FP {fp} FN {fn})"


def main() -> None:
    """Print one Markdown row per system."""
    systems: dict[str, System] = {"beian": beian_system, "regex": regex_system}
    presidio = presidio_system()
    if presidio is not None:
        systems["presidio"] = presidio
    print("| 系统 | 仿冒集 | 留出集 | pii-multipriv-zh | 外卖评论命中 |")
    print("|---|---|---|---|---|")
    for name, system in systems.items():
        look = _fmt(*score(lookalike_pairs(system)))
        held = _fmt(*score(lookalike_pairs(system, path=HELDOUT)))
        multi = _fmt(*score(multipriv_pairs(system)))
        print(f"| {name} | {look} | {held} | {multi} | {benign_hits(system)} |")
    for path in (LOOKALIKES, HELDOUT):
        styles = sorted({r["style"] for r in _rows(path)})
        print(f"\n{path.name}（每种风格的误报/漏报）\n")
        print("| 系统 | " + " | ".join(styles) + " |")
        print("|---|" + "---|" * len(styles))
        for name, system in systems.items():
            cells = []
            for style in styles:
                _tp, fp, fn = score(lookalike_pairs(system, style, path))
                cells.append(f"{fp}/{fn}")
            print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
