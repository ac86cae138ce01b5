"""One complete block's figures: counts by language, keyword category and PII kind, the classifier's
flags and failures, the technical sample (failing on a keyword hit OR a classifier flag, and which),
malformed lines; plus its arrays (near-duplicate signatures in line order, and the block's
``manual_n`` smallest manual-sample keys, so the sample can be drawn later without rescanning)."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import numpy as np

from beian.corpus.plan import Block


def fold_block(block: Block, cols: dict[str, np.ndarray], manual_n: int,
               classifier: bool = False) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """``(figures, arrays)`` of a block from its per-record columns (``classifier``: one was configured)."""
    metas = [json.loads(m) for m in cols["meta"] if m]
    meta: dict[str, Any] = metas[0] if metas else {"malformed": 0, "examples": [], "encodings": {}}
    real = cols["real"].astype(bool)
    order = np.argsort(cols["line"][real], kind="stable")
    cats = cols["cats"][real]
    pii = cols["pii"][real]
    tech = cols["tech"][real]
    flagged = np.array([bool(c) for c in cats], dtype=bool)
    figures = {
        "id": block.id, "source": block.source, "file": block.file, "worker": int(cols["worker"][0]),
        "worker_peak_rss_mb": int(cols["rss_mb"].max()),
        "records": int(real.sum()), "chars": int(cols["chars"][real].sum()), "bytes": int(cols["bytes"][real].sum()),
        "languages": dict(Counter(cols["lang"][real].tolist())),
        "flagged": int(flagged.sum()),
        "categories": dict(Counter(c for cell in cats for c in str(cell).split("|") if c)),
        "pii_records": int(sum(1 for p in pii if p)),
        "pii_kinds": dict(Counter(k for cell in pii for k in str(cell).split("|") if k)),
        **_classified(cols, real, flagged, tech, classifier),
        "malformed": int(meta["malformed"]), "examples": meta["examples"], "encodings": meta["encodings"],
    }
    keys = cols["skey"][real]
    lines = cols["line"][real]
    pick = np.argsort(keys, kind="stable")[:manual_n]
    arrays = {"simhash": cols["simhash"][real][order].astype(np.uint64),
              "sample_key": keys[pick].astype(np.uint64), "sample_line": lines[pick].astype(np.int64),
              "sample_flag": flagged[pick], "sample_clf": cols["clf"][real][pick].astype(np.int8)}
    return figures, arrays


def _classified(cols: dict[str, np.ndarray], real: np.ndarray, kw: np.ndarray, tech: np.ndarray,
                configured: bool) -> dict[str, Any]:
    """Classifier counts, the combined rule (keyword OR classifier) and the technical sample's figures.

    A record whose classifier call failed is not measured (neither pass nor fail) unless a keyword
    hit already makes it fail; without a classifier every record is measured by keywords alone.
    """
    from beian.corpus.classify import ERROR, FLAGGED, SAFE

    code = cols["clf"][real]
    errors = cols["clf_error"][real]
    clf = code == FLAGGED
    failed = code == ERROR
    fail = kw | clf
    measured = (code == SAFE) | clf | (failed & kw) if configured else np.ones(len(kw), dtype=bool)
    t = tech & ~(failed & ~kw)  # technical records: not the failed calls without a keyword hit
    example = next((str(e) for e in errors[failed] if e), "")
    return {
        "clf_n": int(((code == SAFE) | clf).sum()), "clf_flag": int(clf.sum()), "clf_err": int(failed.sum()),
        "clf_err_example": example,
        "clf_risks": dict(Counter(r for cell in cols["clf_risks"][real][clf] for r in str(cell).split("|") if r)),
        "rule_n": int(measured.sum()), "rule_k": int((fail & measured).sum()),
        "tech_n": int(t.sum()), "tech_pass": int((t & ~fail).sum()),
        "tech_kw_fail": int((t & kw & ~clf).sum()), "tech_clf_fail": int((t & clf & ~kw).sum()),
        "tech_both_fail": int((t & kw & clf).sum()), "tech_unmeasured": int((tech & failed & ~kw).sum()),
    }
