"""Helpers for the corpus tests: a real ``beian`` process and the scan command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LEXICON = REPO / "examples" / "scan" / "示例词库.txt"
BLOCK_MB = "0.004"  # ~4 KB blocks: the small corpus still has about a hundred blocks to resume between


def cli(args: list[str], **kwargs: object) -> subprocess.Popen[bytes]:
    """A real ``beian`` process (its own session, so a kill reaches only it and its children)."""
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.Popen([sys.executable, "-m", "beian", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env, start_new_session=True, **kwargs)  # type: ignore[call-overload]


def scan_args(config: Path, run: Path, address: str) -> list[str]:
    """The scan command line used by every run of the shared corpus."""
    return ["corpus", "scan", str(config), "--run", str(run), "-l", str(LEXICON), "--block-mb", BLOCK_MB,
            "--workers", "2", "--address", address]
