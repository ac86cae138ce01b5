"""PDF copies of Word documents through LibreOffice headless, when it is installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from beian.errors import RuntimeFailure

NO_CONVERTER = ("未生成 PDF：本机没有 LibreOffice（soffice）。安装后重新运行即可得到 Word+PDF 成对文件，"
                "例如 Debian/Ubuntu：apt-get install libreoffice-writer fonts-noto-cjk")
TIMEOUT_S = 180


def converter() -> str | None:
    """The LibreOffice executable, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(files: list[Path]) -> list[Path]:
    """Convert ``files`` next to themselves; returns the PDFs written. Needs :func:`converter`."""
    exe = converter()
    if exe is None:
        return []
    out = []
    for path in files:
        cmd = [exe, "--headless", "--convert-to", "pdf", "--outdir", str(path.parent), str(path)]
        try:
            subprocess.run(cmd, check=True, capture_output=True, timeout=TIMEOUT_S)
        except (subprocess.SubprocessError, OSError) as exc:
            raise RuntimeFailure(f"LibreOffice 转换 {path.name} 为 PDF 失败（{type(exc).__name__}）",
                                 hint="检查 LibreOffice 能否单独运行：soffice --headless --version") from None
        out.append(path.with_suffix(".pdf"))
    return out
