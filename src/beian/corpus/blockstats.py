"""One complete block's figures: counts by language, keyword category and PII kind, the technical
sample, malformed lines; plus its arrays (near-duplicate signatures in line order, and the block's
``manual_n`` smallest manual-sample keys, so the sample can be drawn later without rescanning)."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import numpy as np

from beian.corpus.plan import Block


def fold_block(block: Block, cols: dict[str, np.ndarray], manual_n: int) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """``(figures, arrays)`` of a block from its per-record columns."""
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
        "tech_n": int(tech.sum()), "tech_pass": int((tech & ~flagged).sum()),
        "malformed": int(meta["malformed"]), "examples": meta["examples"], "encodings": meta["encodings"],
    }
    keys = cols["skey"][real]
    lines = cols["line"][real]
    pick = np.argsort(keys, kind="stable")[:manual_n]
    arrays = {"simhash": cols["simhash"][real][order].astype(np.uint64),
              "sample_key": keys[pick].astype(np.uint64), "sample_line": lines[pick].astype(np.int64),
              "sample_flag": flagged[pick]}
    return figures, arrays
