"""Time ``beian check`` on a ~200 MB package (the example plus large filler evidence files).

Usage: ``python bench/check_bench.py [--mb 200]``. Builds the package in a temporary folder, checks it
as a folder and as a .zip (stored, like most real uploads of already-compressed files), prints the
wall-clock figures for BENCHMARKS.md and removes everything it wrote.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
import zipfile
from pathlib import Path

from beian.prereview import run_check
from beian.prereview.extract import _SHEET_CACHE

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "package-beian"
FILLER = ("录屏/拦截效果演示{}.mp4", "扫描件/采购合同{}.pdf", "截图/运营后台{}.jpg")


def build(root: Path, megabytes: int) -> int:
    """Copy the example and add filler files until the package is about ``megabytes`` large."""
    shutil.copytree(EXAMPLE, root)
    chunk = 8 * 1024 * 1024
    written, i = 0, 0
    while written < megabytes * 1024 * 1024:
        path = root / "其他佐证" / FILLER[i % len(FILLER)].format(i)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(os.urandom(chunk))
        written += chunk
        i += 1
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


def timed(path: Path) -> tuple[float, str, int]:
    """Seconds, verdict and number of findings of one check."""
    _SHEET_CACHE.clear()  # time a cold check, not the in-process spreadsheet cache
    start = time.perf_counter()
    report = run_check(path)
    return time.perf_counter() - start, report.verdict, len(report.findings)


def main() -> None:
    """Build, time, print, clean up."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="beian-bench-") as tmp:
        root = Path(tmp) / "package"
        size = build(root, args.mb)
        archive = Path(tmp) / "package.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as zf:
            for p in sorted(root.rglob("*")):
                if p.is_file():
                    zf.write(p, p.relative_to(root).as_posix())
            entries = len(zf.infolist())
        folder_s, verdict, n = timed(root)
        zip_s, zip_verdict, _ = timed(archive)
        print(f"package: {size / 1024 / 1024:.0f} MB, {entries} files")
        print(f"beian check (folder): {folder_s:.2f} s, verdict {verdict}, {n} findings")
        print(f"beian check (.zip):   {zip_s:.2f} s, verdict {zip_verdict}")


if __name__ == "__main__":
    main()
