"""Old Word files (.doc) against the same documents as .docx: what is read, and what ``beian check`` finds.

    python bench/doc_equivalence.py PACKAGE_DIR [PACKAGE_DIR ...] [--old-src OLD/src]

Needs LibreOffice (``soffice``; Debian: ``apt-get install libreoffice-writer-nogui``). Every .docx of every package is
saved as Word 97–2003 by LibreOffice into a copy of the package (the .docx removed). Then, per document, the
paragraphs, tables and heading levels beian reads from the .doc are compared with python-docx's reading of the .docx;
per package, the blocker/high/medium findings of ``beian check`` on the two copies are compared (file names
``.doc``/``.docx`` aside). With ``--old-src`` the .doc packages are also checked by older code (``PYTHONPATH``), to
show what a user of that code got. Prints one JSON object.
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


def convert(package: Path, out: Path) -> list[tuple[Path, Path]]:
    """A copy of ``package`` in ``out`` with each .docx saved as .doc; the (docx, doc) pairs."""
    shutil.copytree(package, out)
    docx = sorted(p for p in out.rglob("*.docx") if not p.name.startswith("~$"))
    pairs = []
    with tempfile.TemporaryDirectory() as tmp:
        for k, path in enumerate(docx):  # one folder per file: names may repeat across sub-folders
            target = Path(tmp) / str(k)
            subprocess.run(["soffice", f"-env:UserInstallation=file://{PROFILE}", "--headless", "--convert-to", "doc", "--outdir", str(target), str(path)],
                           check=True, capture_output=True, timeout=120)
            made = target / (path.stem + ".doc")
            if made.exists():
                kept = package / path.relative_to(out)
                shutil.copy(made, path.with_suffix(".doc"))
                path.unlink()
                pairs.append((kept, path.with_suffix(".doc")))
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


def findings(package: Path, src: str | None = None) -> tuple[list[tuple[str, str, str]], bool]:
    """The package's serious findings (severity, code, location as .docx) and whether it would be stopped."""
    env = dict(os.environ, PYTHONPATH=src) if src else dict(os.environ)
    out = subprocess.run([sys.executable, "-m", "beian", "check", str(package), "--format", "json"],
                         capture_output=True, text=True, env=env, cwd=tempfile.gettempdir())
    data = json.loads(out.stdout)
    serious = sorted((f["severity"], f["code"], (f.get("location") or "").replace(".docx", ".doc"))
                     for f in data["findings"] if f["severity"] in SERIOUS)
    return serious, any(s in ("blocker", "high") for s, _, _ in serious)


def main() -> None:
    """Convert, compare, print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("packages", nargs="+", type=Path)
    parser.add_argument("--old-src", default=None, help="older beian source folder to check the .doc packages with")
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        copies = [(p, convert(p, Path(tmp) / f"{k}-{p.name}")) for k, p in enumerate(opts.packages)]
        alike = read_alike([pair for _, pairs in copies for pair in pairs])
        docs = [Path(tmp) / f"{k}-{p.name}" for k, p in enumerate(opts.packages)]
        with ThreadPoolExecutor(2) as pool:
            as_docx = list(pool.map(findings, opts.packages))
            as_doc = list(pool.map(findings, docs))
            old = list(pool.map(lambda d: findings(d, opts.old_src), docs)) if opts.old_src else []
    result = {
        "packages": len(opts.packages), "documents": alike,
        "same_findings": sum(a[0] == b[0] for a, b in zip(as_docx, as_doc)),
        "stopped_as_docx": sum(a[1] for a in as_docx), "stopped_as_doc": sum(b[1] for b in as_doc),
        "differ": [str(p) for p, a, b in zip(opts.packages, as_docx, as_doc) if a[0] != b[0]],
    }
    if old:
        result["stopped_as_doc_old_code"] = sum(o[1] for o in old)
        result["blockers_as_doc_old_code"] = sum(s == "blocker" for o in old for s, _, _ in o[0])
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
