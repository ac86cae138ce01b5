"""Finding a CJK font for the evidence screenshots, and refusing fonts that would draw tofu boxes.

Order: ``--font``, the ``BEIAN_FONT`` environment variable, the Noto Sans CJK SC
font bundled with the ``mplfonts`` package (``pip install 'beian[evidence]'``),
then common system locations.
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from beian.errors import UsageError

PROBE_TEXT = "内容安全测试证据通过未拦截"
INSTALL_HINT = "请安装：pip install 'beian[evidence]'（自带 Noto Sans CJK 字体），或用 --font 指定中文字体文件"
SYSTEM_FONTS = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-sans-cjk-fonts/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
    "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "/System/Library/Fonts/Hiragino Sans GB.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simhei.ttf",
    "C:/Windows/Fonts/simsun.ttc",
)
_NOT_A_CHAR = "\U0010fffd"  # a private-use code point no font maps: renders as the .notdef glyph


@dataclass
class CJKFont:
    """A font file (and face index in a collection) able to draw Chinese."""

    path: Path
    index: int = 0
    source: str = ""
    _cache: dict[int, Any] = field(default_factory=dict, repr=False)
    _glyphs: dict[str, bool] = field(default_factory=dict, repr=False)
    _tofu: bytes = field(default=b"", repr=False)

    def at(self, size: int) -> Any:
        """The Pillow font object at ``size`` pixels."""
        if size not in self._cache:
            from PIL import ImageFont

            self._cache[size] = ImageFont.truetype(str(self.path), size, index=self.index)
        return self._cache[size]

    def has(self, ch: str) -> bool:
        """Whether the font has a real glyph for ``ch`` (not the .notdef box)."""
        if ch.isascii() or ch.isspace():
            return True
        if ch not in self._glyphs:
            if _NOT_A_CHAR not in self._glyphs:
                self._glyphs[_NOT_A_CHAR] = False
                self._tofu = _ink(self.at(24), _NOT_A_CHAR)
            self._glyphs[ch] = _ink(self.at(24), ch) != self._tofu
        return self._glyphs[ch]

    def safe(self, text: str) -> str:
        """``text`` with characters the font cannot draw replaced by ``?`` (never a tofu box)."""
        return "".join(ch if ch in "\n\t" or self.has(ch) else "?" for ch in text)


def _ink(font: Any, ch: str) -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("L", (48, 48))
    ImageDraw.Draw(img).text((4, 4), ch, font=font, fill=255)
    return img.tobytes()


def _require_pillow() -> None:
    if importlib.util.find_spec("PIL") is None:
        raise UsageError("未安装 Pillow，无法渲染证据截图", INSTALL_HINT)


def _open(path: Path, source: str) -> CJKFont | None:
    """The font at ``path`` if it loads and draws Chinese; a collection's Simplified Chinese face first."""
    from PIL import ImageFont

    faces = []
    for index in range(12 if path.suffix.lower() == ".ttc" else 1):
        try:
            name = " ".join(str(part) for part in ImageFont.truetype(str(path), 16, index=index).getname())
        except (OSError, ValueError):
            break
        faces.append((0 if " SC" in name or "GB" in name else 1, index))
    for _, index in sorted(faces):
        font = CJKFont(path, index, source)
        if all(font.has(ch) for ch in PROBE_TEXT):
            return font
    return None


def _explicit(path: Path, source: str) -> CJKFont:
    if not path.is_file():
        raise UsageError(f"找不到字体文件 {path}（{source}）", INSTALL_HINT)
    font = _open(path, source)
    if font is None:
        raise UsageError(f"字体 {path}（{source}）无法加载或不含中文字形，渲染会出现方框", INSTALL_HINT)
    return font


def bundled_font() -> Path | None:
    """The Noto Sans CJK SC font shipped in the ``mplfonts`` package, if installed."""
    spec = importlib.util.find_spec("mplfonts")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        candidate = Path(folder) / "fonts" / "NotoSansCJKsc-Regular.otf"
        if candidate.is_file():
            return candidate
    return None


def find_font(explicit: Path | None = None) -> CJKFont:
    """The font for the screenshots; a Chinese :class:`UsageError` when there is none."""
    _require_pillow()
    if explicit is not None:
        return _explicit(explicit, "--font")
    env = os.environ.get("BEIAN_FONT", "").strip()
    if env:
        return _explicit(Path(env), "环境变量 BEIAN_FONT")
    bundled = bundled_font()
    candidates = ([(bundled, "mplfonts 自带的 Noto Sans CJK SC")] if bundled else []) + \
        [(Path(p), "系统字体") for p in SYSTEM_FONTS]
    for path, source in candidates:
        if path.is_file():
            font = _open(path, source)
            if font is not None:
                return font
    raise UsageError("找不到可用的中文字体，无法渲染证据截图", INSTALL_HINT)
