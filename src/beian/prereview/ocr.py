"""Text recognition and seal detection for scanned filing documents, on CPU, offline.

Scanned 承诺书, 营业执照 and signature pages carry no text layer. :func:`ocr_pdf` and
:func:`ocr_image` read them with RapidOCR (PP-OCRv4 models shipped inside the
``rapidocr-onnxruntime`` wheel, ``pip install 'beian[ocr]'``) and count red seal
impressions with a classical colour-and-shape detector (:func:`count_stamps`).

Nothing here raises on a bad input: an unreadable file, a missing engine or a broken
page give a result with ``problem`` set to one Chinese sentence. Results are cached by
file content hash in memory and, unless ``BEIAN_NO_CACHE`` is set, as JSON under
``$BEIAN_CACHE_DIR/ocr`` (a cache file is an optimisation: a bad one is ignored).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from beian.prereview.package import file_digest
from beian.text.normalize import cache_dir

INSTALL_HINT = "未安装文字识别组件，无法识别扫描件。请安装：pip install 'beian[ocr]'（需要 Python 3.10–3.12）"
IMAGE_EXTS = frozenset({"png", "jpg", "jpeg", "bmp", "tif", "tiff"})
CACHE_FORMAT = 1
RENDER_MAX_SIDE = 1800  # pixels: an A4 page renders at about 150 dpi, enough for 9 pt text
RENDER_MAX_DPI = 200
A4_SHORT_MM = 210.0
_MEMORY: dict[str, OcrResult] = {}
_ENGINE: Any = None
_ENGINE_ERROR: str | None = None
_LOCK = threading.Lock()
_RUN_LOCK = threading.Lock()  # one recognition at a time: the engine already uses every core
MAX_PAGE_SIDE = 3500  # larger page images are shrunk first (RapidOCR works at <= 2000 px anyway)

Box = tuple[int, int, int, int]
_Reader = Callable[[Path, int, bool], "OcrResult"]


@dataclass(frozen=True)
class OcrLine:
    """One recognised line: ``box`` is (left, top, right, bottom) in pixels of the page image recognised.

    That image is the file itself for pictures (shrunk when its longer side exceeds
    ``MAX_PAGE_SIDE``) and the page rendered at up to ``RENDER_MAX_SIDE`` pixels for PDFs.
    """

    text: str
    box: Box
    confidence: float


@dataclass
class OcrPage:
    """One page (1-based ``number``) in reading order, with the red seals found on it.

    ``text_layer`` pages of a PDF already have text and are not recognised (``lines`` is empty).
    """

    number: int
    lines: list[OcrLine] = field(default_factory=list)
    stamps: int = 0
    text_layer: bool = False
    problem: str | None = None

    @property
    def text(self) -> str:
        """The lines joined with newlines."""
        return "\n".join(line.text for line in self.lines)

    @property
    def mean_confidence(self) -> float:
        """Character-weighted mean confidence of the lines (0.0 when there are none)."""
        return _mean_confidence(self.lines)


@dataclass
class OcrResult:
    """What was recognised in one file; ``problem`` is a Chinese sentence when it could not be read."""

    pages: list[OcrPage] = field(default_factory=list)
    page_count: int = 0
    problem: str | None = None

    @property
    def text(self) -> str:
        """All recognised pages, joined with newlines."""
        return "\n".join(p.text for p in self.pages if p.lines)

    @property
    def stamps(self) -> int:
        """Red seals over all pages."""
        return sum(p.stamps for p in self.pages)

    @property
    def mean_confidence(self) -> float:
        """Character-weighted mean confidence over all recognised lines."""
        return _mean_confidence([line for p in self.pages for line in p.lines])

    @property
    def truncated(self) -> bool:
        """True when the file has more pages than were read (``max_pages``)."""
        return self.page_count > len(self.pages)


def _mean_confidence(lines: list[OcrLine]) -> float:
    weights = [max(len(line.text), 1) for line in lines]
    if not weights:
        return 0.0
    return sum(w * line.confidence for w, line in zip(weights, lines)) / sum(weights)


def available() -> bool:
    """Whether the OCR engine can be loaded (the ``ocr`` extra is installed and imports)."""
    return _engine() is not None


def _engine() -> Any:
    """The shared RapidOCR instance, loaded once; None when it cannot be imported."""
    global _ENGINE, _ENGINE_ERROR
    with _LOCK:
        if _ENGINE is None and _ENGINE_ERROR is None:
            try:
                from rapidocr_onnxruntime import RapidOCR

                _ENGINE = RapidOCR(use_cls=False)  # upright scans; the 0/180 classifier flipped good lines
            except Exception as exc:  # ImportError, or a missing system library under OpenCV
                _ENGINE_ERROR = type(exc).__name__
        return _ENGINE


# --------------------------------------------------------------------------- public entry points


def ocr_image(path: Path, *, max_pages: int = 20) -> OcrResult:
    """Recognise an image file (png/jpg/jpeg/bmp/tif; every frame of a multi-page TIFF up to ``max_pages``)."""
    if path.suffix.lower().lstrip(".") not in IMAGE_EXTS:
        return OcrResult(problem=f"不支持的图片格式：{path.suffix or '无扩展名'}（支持 png、jpg、bmp、tif）。")
    return _cached(path, "image", max_pages, False, _read_image)


def ocr_pdf(path: Path, *, max_pages: int = 20, force: bool = False) -> OcrResult:
    """Recognise the pages of a PDF that have no text layer (all pages when ``force``).

    Pages with a text layer come back with ``text_layer=True`` and no lines: the caller
    reads their text layer instead. A PDF whose pages all have text returns at once,
    without loading the engine.
    """
    return _cached(path, "pdf", max_pages, force, _read_pdf)


# --------------------------------------------------------------------------- caching


def _cached(path: Path, kind: str, max_pages: int, force: bool, reader: _Reader) -> OcrResult:
    try:
        digest = file_digest(path)
    except OSError as exc:
        return OcrResult(problem=f"无法读取文件：{exc.strerror or '未知错误'}。")
    key = hashlib.sha256(f"{CACHE_FORMAT}|{kind}|{max_pages}|{force}|{digest}".encode()).hexdigest()[:32]
    if key in _MEMORY:
        return _MEMORY[key]
    result = _disk_load(key)
    if result is None:
        try:
            result = reader(path, max_pages, force)
        except Exception:  # a last guard: a broken file must never stop `beian check`
            return OcrResult(problem="识别过程中出错，文件可能已损坏。")
        if result.problem == INSTALL_HINT:
            return result  # not cached: installing the extra must take effect at once
        _disk_save(key, result)
    _MEMORY[key] = result
    return result




def _disk_folder() -> Path | None:
    return None if os.environ.get("BEIAN_NO_CACHE") else cache_dir() / "ocr"


def _disk_save(key: str, result: OcrResult) -> None:
    folder = _disk_folder()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{key}.{os.getpid()}.{threading.get_ident()}.tmp"
        tmp.write_text(json.dumps({"format": CACHE_FORMAT, **asdict(result)}, ensure_ascii=False), "utf-8")
        os.replace(tmp, folder / f"{key}.json")
    except OSError:
        pass


def _disk_load(key: str) -> OcrResult | None:
    folder = _disk_folder()
    if folder is None:
        return None
    try:
        data = json.loads((folder / f"{key}.json").read_text("utf-8"))
        if data.pop("format") != CACHE_FORMAT:
            return None
        pages = [OcrPage(**{**p, "lines": [OcrLine(ln["text"], tuple(ln["box"]), ln["confidence"])
                                           for ln in p["lines"]]}) for p in data.pop("pages")]
        return OcrResult(pages=pages, **data)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


# --------------------------------------------------------------------------- readers


def _read_image(path: Path, max_pages: int, force: bool) -> OcrResult:
    from PIL import Image, ImageOps

    try:
        with Image.open(path) as img:
            count = getattr(img, "n_frames", 1)
            frames = []
            for index in range(min(count, max_pages)):
                img.seek(index)
                frames.append((ImageOps.exif_transpose(img.copy()), _dpi(img.info.get("dpi"))))
    except Exception:
        return OcrResult(problem="无法打开图片：文件已损坏或不是图片。")
    engine = _engine()
    if engine is None:
        return OcrResult(page_count=count, problem=INSTALL_HINT)
    pages = [_recognise(engine, n, frame, dpi) for n, (frame, dpi) in enumerate(frames, 1)]
    return OcrResult(pages=pages, page_count=count)


def _dpi(value: Any) -> float | None:
    try:
        return float(value[0]) if value else None
    except (TypeError, ValueError, IndexError):
        return None


def _read_pdf(path: Path, max_pages: int, force: bool) -> OcrResult:
    from pypdf import PdfReader

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            return OcrResult(problem="PDF 设置了打开密码，无法识别。")
        count = len(reader.pages)
        todo = [force or not (page.extract_text() or "").strip() for page in reader.pages[:max_pages]]
    except Exception:
        return OcrResult(problem="无法打开 PDF：文件已损坏或不是 PDF。")
    pages = [OcrPage(number=n, text_layer=not scan) for n, scan in enumerate(todo, 1)]
    if not any(todo):
        return OcrResult(pages=pages, page_count=count)
    engine = _engine()
    if engine is None:
        return OcrResult(pages=pages, page_count=count, problem=INSTALL_HINT)
    for index, image, dpi in _page_images(path, reader, [i for i, scan in enumerate(todo) if scan]):
        if image is None:
            pages[index] = OcrPage(number=index + 1, problem="无法取得该页图像（页面损坏或图像格式不受支持）。")
        else:
            pages[index] = _recognise(engine, index + 1, image, dpi)
    return OcrResult(pages=pages, page_count=count)


def _page_images(path: Path, reader: Any, indexes: list[int]) -> Iterator[tuple[int, Any, float | None]]:
    """(index, image, dpi) per page: rendered with pypdfium2 when installed, else the largest embedded image."""
    try:
        import pypdfium2
    except ImportError:
        pypdfium2 = None
    document = None
    if pypdfium2 is not None:
        try:
            document = pypdfium2.PdfDocument(str(path))
        except Exception:
            document = None
    try:
        for index in indexes:
            image, dpi = _render(document, index) if document is not None else (None, None)
            if image is None:
                image, dpi = _embedded(reader.pages[index])
            yield index, image, dpi
    finally:
        if document is not None:
            document.close()


def _render(document: Any, index: int) -> tuple[Any, float | None]:
    try:
        page = document[index]
        width, height = page.get_size()
        scale = min(RENDER_MAX_DPI / 72, RENDER_MAX_SIDE / max(width, height, 1))
        image = page.render(scale=scale).to_pil().convert("RGB")
        return image, scale * 72
    except Exception:
        return None, None


def _embedded(page: Any) -> tuple[Any, float | None]:
    """The page's largest embedded image, with its resolution if it spans the page width."""
    try:
        images = [img.image for img in page.images]
    except Exception:
        return None, None
    images = [img for img in images if img is not None]
    if not images:
        return None, None
    image = max(images, key=lambda im: im.width * im.height).convert("RGB")
    width_pt = float(page.mediabox.width) or 1.0
    return image, image.width / (width_pt / 72)


# --------------------------------------------------------------------------- recognition


def _recognise(engine: Any, number: int, image: Any, dpi: float | None) -> OcrPage:
    """OCR one page image and count its seals; a failure becomes the page's ``problem``."""
    try:
        rgb, dpi = _shrink(image.convert("RGB"), dpi)
        with _RUN_LOCK:
            raw, _ = engine(rgb)
        lines = reading_order([_line(item) for item in raw or [] if str(item[1]).strip()])
        stamps = count_stamps(np.asarray(rgb), _px_per_mm(rgb.width, rgb.height, dpi))
    except Exception:
        return OcrPage(number=number, problem="该页图像无法识别（图像损坏或尺寸异常）。")
    return OcrPage(number=number, lines=lines, stamps=stamps)


def _shrink(image: Any, dpi: float | None) -> tuple[Any, float | None]:
    """``image`` with its longer side at most ``MAX_PAGE_SIDE`` pixels, and its resolution after that."""
    factor = MAX_PAGE_SIDE / max(image.width, image.height, 1)
    if factor >= 1:
        return image, dpi
    size = (max(1, round(image.width * factor)), max(1, round(image.height * factor)))
    return image.resize(size), (dpi * factor if dpi else None)


def _line(item: Any) -> OcrLine:
    xs = [float(p[0]) for p in item[0]]
    ys = [float(p[1]) for p in item[0]]
    box = (round(min(xs)), round(min(ys)), round(max(xs)), round(max(ys)))
    return OcrLine(str(item[1]).strip(), box, float(item[2]))


def _px_per_mm(width: int, height: int, dpi: float | None) -> float:
    """Pixels per millimetre: from the resolution when it gives a plausible paper size, else assume A4."""
    if dpi and dpi > 0:
        short_mm = min(width, height) / dpi * 25.4
        if 90 <= short_mm <= 450:
            return dpi / 25.4
    return min(width, height) / A4_SHORT_MM


def reading_order(lines: list[OcrLine]) -> list[OcrLine]:
    """Lines top-to-bottom, left-to-right; pieces on the same row are merged into one line.

    Two pieces share a row when their vertical extents overlap by more than half the
    shorter height. Pieces closer than half a line height are joined directly, farther
    ones with a space.
    """
    rows: list[list[OcrLine]] = []
    for line in sorted(lines, key=lambda ln: (ln.box[1] + ln.box[3]) / 2):
        if rows and _same_row(rows[-1], line):
            rows[-1].append(line)
        else:
            rows.append([line])
    return [_merge(sorted(row, key=lambda ln: ln.box[0])) for row in rows]


def _same_row(row: list[OcrLine], line: OcrLine) -> bool:
    top = max(ln.box[1] for ln in row)
    bottom = min(ln.box[3] for ln in row)
    overlap = min(bottom, line.box[3]) - max(top, line.box[1])
    height = min(min(ln.box[3] - ln.box[1] for ln in row), line.box[3] - line.box[1])
    return overlap > 0.5 * max(height, 1)


def _merge(row: list[OcrLine]) -> OcrLine:
    if len(row) == 1:
        return row[0]
    text = row[0].text
    for left, right in itertools.pairwise(row):
        gap = right.box[0] - left.box[2]
        text += ("" if gap < 0.5 * (right.box[3] - right.box[1]) else " ") + right.text
    box = (min(ln.box[0] for ln in row), min(ln.box[1] for ln in row),
           max(ln.box[2] for ln in row), max(ln.box[3] for ln in row))
    return OcrLine(text, box, _mean_confidence(row))


# --------------------------------------------------------------------------- red seals

STAMP_WORK_PX_PER_MM = 4.0  # the detector works at about 100 dpi
STAMP_MAJOR_MM = (25.0, 65.0)  # 公章 are 35-45 mm circles or 40x30 mm ovals; room for scan scaling
STAMP_MINOR_MM = (18.0, 65.0)
STAMP_MAX_ASPECT = 1.6


def red_mask(rgb: np.ndarray) -> np.ndarray:
    """Pixels of seal ink: hue within about 30 degrees of red, saturation >= 0.3, value >= 0.35."""
    px = rgb[..., :3].astype(np.int16)
    r, g, b = px[..., 0], px[..., 1], px[..., 2]
    high = np.maximum(np.maximum(r, g), b)
    low = np.minimum(np.minimum(r, g), b)
    chroma = high - low
    hue = 60.0 * (g - b) / np.maximum(chroma, 1)  # hue in degrees where red is the maximum
    mask: np.ndarray = (r == high) & (chroma >= 0.3 * high) & (high >= 90) & (hue <= 25) & (hue >= -35)
    return mask


def count_stamps(rgb: np.ndarray, px_per_mm: float) -> int:
    """How many red seal impressions (rings: circles or ovals of seal size) an RGB page image holds.

    The red mask is closed over about 1.5 mm so a ring broken by black text or faded ink
    stays one shape; each candidate must be seal-sized, round or oval, have a continuous red
    rim, empty corners outside the ellipse and a centre that is not solid ink. Red text lines,
    red bars and solid red logos fail one of these tests.
    """
    import cv2

    scale = min(1.0, STAMP_WORK_PX_PER_MM / max(px_per_mm, 1e-6))
    if scale < 1.0:
        size = (max(1, round(rgb.shape[1] * scale)), max(1, round(rgb.shape[0] * scale)))
        rgb = cv2.resize(np.ascontiguousarray(rgb[..., :3]), size, interpolation=cv2.INTER_AREA)
    per_mm = px_per_mm * scale
    mask = red_mask(rgb).astype(np.uint8)
    if int(mask.sum()) < (STAMP_MINOR_MM[0] * per_mm) ** 2 * 0.05:
        return 0
    k = max(3, round(1.5 * per_mm) | 1)
    closed = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
    n, _, stats, _ = cv2.connectedComponentsWithStats(closed, connectivity=8)
    return sum(1 for i in range(1, n) if _is_seal(mask, stats[i], per_mm))


def _is_seal(mask: np.ndarray, stat: np.ndarray, per_mm: float) -> bool:
    x, y, w, h = (int(v) for v in stat[:4])
    major, minor = max(w, h) / per_mm, min(w, h) / per_mm
    if not (STAMP_MAJOR_MM[0] <= major <= STAMP_MAJOR_MM[1] and STAMP_MINOR_MM[0] <= minor <= STAMP_MINOR_MM[1]):
        return False
    if max(w, h) / max(min(w, h), 1) > STAMP_MAX_ASPECT:
        return False
    box = mask[y:y + h, x:x + w].astype(bool)
    yy, xx = np.mgrid[0:h, 0:w]
    rho = np.hypot((xx + 0.5 - w / 2) / (w / 2), (yy + 0.5 - h / 2) / (h / 2))
    angle = np.arctan2((yy + 0.5 - h / 2) / h, (xx + 0.5 - w / 2) / w)
    rim = (rho >= 0.82) & (rho <= 1.02)
    bins = ((angle + np.pi) / (2 * np.pi) * 48).astype(int) % 48
    rim_bins = np.bincount(bins[rim & box], minlength=48)
    coverage = float(np.mean(rim_bins > 0))
    corners = float(box[rho > 1.12].mean()) if np.any(rho > 1.12) else 0.0
    centre = float(box[rho < 0.6].mean()) if np.any(rho < 0.6) else 1.0
    band = (rho >= 0.88) & (rho <= 1.02)
    rim_density = float(box[band].mean()) if np.any(band) else 0.0
    return coverage >= 0.85 and corners <= 0.04 and centre <= 0.5 and rim_density >= 0.12
