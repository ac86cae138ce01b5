"""Old Word files (.doc) or PDFs against the same documents as .docx: what is read, and what ``beian check`` finds.

    python bench/doc_equivalence.py PACKAGE_DIR [PACKAGE_DIR ...] [--to doc|pdf] [--old-src OLD/src]

Needs LibreOffice (``soffice``; Debian: ``apt-get install libreoffice-writer-nogui``). Every .docx of every package is
saved as Word 97–2003 (``--to doc``, the default) or as PDF (``--to pdf``: a package submitted as PDFs only, the
spreadsheets left as they are) by LibreOffice into a copy of the package (the .docx removed; a PDF of the same name
already there, such as a stamped copy, is replaced). For .doc, per document, the paragraphs, tables and heading levels
beian reads from the .doc are compared with python-docx's reading of the .docx (a PDF has no such structure to compare);
per package, the blocker/high/medium findings of ``beian check`` on the two copies are compared (file names
``.doc``/``.pdf``/``.docx`` aside). With ``--old-src`` the converted packages are also checked by older code
(``PYTHONPATH``), to show what a user of that code got. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

SERIOUS = ("blocker", "high", "medium")
PROFILE = Path(tempfile.gettempdir()) / "beian-bench-soffice"  # its own profile: another soffice running does not block


def convert(package: Path, out: Path, fmt: str = "doc") -> list[tuple[Path, Path]]:
    """A copy of ``package`` in ``out`` with each .docx saved as ``fmt`` (doc or pdf); the (docx, converted) pairs."""
    shutil.copytree(package, out)
    docx = sorted(p for p in out.rglob("*.docx") if not p.name.startswith("~$"))
    pairs = []
    with tempfile.TemporaryDirectory() as tmp:
        for k, path in enumerate(docx):  # one folder per file: names may repeat across sub-folders
            target = Path(tmp) / str(k)
            subprocess.run(["soffice", f"-env:UserInstallation=file://{PROFILE}", "--headless", "--convert-to", fmt,
                            "--outdir", str(target), str(path)],
                           check=True, capture_output=True, stdin=subprocess.DEVNULL, timeout=120)
            made = target / f"{path.stem}.{fmt}"
            if made.exists():
                kept = package / path.relative_to(out)
                shutil.copy(made, path.with_suffix(f".{fmt}"))
                path.unlink()
                pairs.append((kept, path.with_suffix(f".{fmt}")))
    return pairs


def read_alike(pairs: list[tuple[Path, Path]]) -> dict[str, int]:
    """How many documents read the same as .doc and as .docx: paragraphs, tables, headings."""
    from beian.prereview.extract import Content, _read_docx
    from beian.prereview.worddoc import read_doc

    same = {"documents": 0, "paragraphs": 0, "tables": 0, "headings": 0}
    for docx, doc in pairs:
        expected = Content(file=None)  # type: ignore[arg-type]
        _read_docx(docx, expected)
        got = read_doc(doc.read_bytes())
        same["documents"] += 1
        same["paragraphs"] += expected.paragraphs == got.paragraphs
        same["tables"] += expected.tables == got.tables
        same["headings"] += expected.headings == got.headings
    return same


def findings(package: Path, src: str | None = None, fmt: str = "doc") -> tuple[list[tuple[str, str, str]], bool]:
    """The package's serious findings (severity, code, location with .docx written as ``fmt``; for PDF the code
    alone: where a finding points in a PDF is a line, not a paragraph) and whether it would be stopped."""
    env = dict(os.environ, PYTHONPATH=src) if src else dict(os.environ)
    out = subprocess.run([sys.executable, "-m", "beian", "check", str(package.resolve()), "--format", "json"],
                         capture_output=True, text=True, env=env, cwd=tempfile.gettempdir())
    data = json.loads(out.stdout)
    serious = sorted((f["severity"], f["code"],
                      "" if fmt == "pdf" else (f.get("location") or "").replace(".docx", f".{fmt}"))
                     for f in data["findings"] if f["severity"] in SERIOUS)
    return serious, any(s in ("blocker", "high") for s, _, _ in serious)


def main() -> None:
    """Convert, compare, print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("packages", nargs="+", type=Path)
    parser.add_argument("--to", choices=("doc", "pdf"), default="doc", help="the format the .docx files are saved as")
    parser.add_argument("--old-src", default=None, help="older beian source folder to check the converted packages with")
    opts = parser.parse_args()
    fmt = opts.to
    with tempfile.TemporaryDirectory() as tmp:
        copies = [(p, convert(p, Path(tmp) / f"{k}-{p.name}", fmt)) for k, p in enumerate(opts.packages)]
        alike = read_alike([pair for _, pairs in copies for pair in pairs]) if fmt == "doc" else \
            {"documents": sum(len(pairs) for _, pairs in copies)}
        docs = [Path(tmp) / f"{k}-{p.name}" for k, p in enumerate(opts.packages)]
        with ThreadPoolExecutor(2) as pool:
            as_docx = list(pool.map(lambda d: findings(d, None, fmt), opts.packages))
            as_conv = list(pool.map(lambda d: findings(d, None, fmt), docs))
            old = list(pool.map(lambda d: findings(d, opts.old_src, fmt), docs)) if opts.old_src else []
    result = {
        "packages": len(opts.packages), "to": fmt, "documents": alike,
        "same_findings": sum(a[0] == b[0] for a, b in zip(as_docx, as_conv)),
        "stopped_as_docx": sum(a[1] for a in as_docx), f"stopped_as_{fmt}": sum(b[1] for b in as_conv),
        "differ": {str(p): {"only_docx": _minus(a[0], b[0]), f"only_{fmt}": _minus(b[0], a[0])}
                   for p, a, b in zip(opts.packages, as_docx, as_conv) if a[0] != b[0]},
    }
    if old:
        result[f"stopped_as_{fmt}_old_code"] = sum(o[1] for o in old)
        result[f"blockers_as_{fmt}_old_code"] = sum(s == "blocker" for o in old for s, _, _ in o[0])
    print(json.dumps(result, ensure_ascii=False))


def _minus(a: list[tuple[str, str, str]], b: list[tuple[str, str, str]]) -> list[str]:
    """The findings of ``a`` that ``b`` lacks (as many times as ``a`` has them more), as ``severity code``."""
    from collections import Counter

    return sorted(f"{s} {c}" for (s, c, _), n in (Counter(a) - Counter(b)).items() for _ in range(n))


if __name__ == "__main__":
    main()
