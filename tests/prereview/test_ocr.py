"""OCR of scanned filing documents: text, reading order, red seals, bad input, caching."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from beian.prereview import ocr

needs_ocr = pytest.mark.skipif(not ocr.available(), reason="未安装 OCR 组件（pip install 'beian[ocr]'），跳过识别测试")

COMPANY = "北京星河智算科技有限公司"
USCC = "91110108MA01ABCD2X"
DATE = "2025年3月18日"
DPI = 150
A4 = (round(210 / 25.4 * DPI), round(297 / 25.4 * DPI))  # 1240 x 1754 pixels
MM = DPI / 25.4
RED = (215, 35, 40)


def _font(size: int) -> object:
    from PIL import ImageFont

    from beian.evidence.font import bundled_font

    path = bundled_font()
    assert path is not None, "测试需要 mplfonts 自带的 Noto Sans CJK 字体"
    return ImageFont.truetype(str(path), size)


def _page(lines: list[str], *, colour: tuple[int, int, int] = (0, 0, 0)) -> object:
    """An A4 page at 150 dpi with ``lines`` of 14 pt text."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", A4, "white")
    draw = ImageDraw.Draw(img)
    font = _font(38)
    for n, line in enumerate(lines):
        draw.text((140, 200 + n * 90), line, font=font, fill=colour)
    return img


def _stamp(img: object, centre: tuple[int, int], *, diameter_mm: float = 40, oval: bool = False) -> None:
    """Press a red seal (rim, company name along the arc, star) onto ``img``, multiplied like ink."""
    from PIL import Image, ImageChops, ImageDraw

    w = round(diameter_mm * MM)
    h = round(w * 0.75) if oval else w
    seal = Image.new("RGB", (w, h), "white")
    draw = ImageDraw.Draw(seal)
    draw.ellipse((3, 3, w - 4, h - 4), outline=RED, width=round(1.2 * MM))
    font = _font(round(5 * MM))
    for i, ch in enumerate(COMPANY):
        angle = math.radians(210 - i * 240 / (len(COMPANY) - 1))
        glyph = Image.new("L", (round(6 * MM), round(6 * MM)), 0)
        ImageDraw.Draw(glyph).text((2, 0), ch, font=font, fill=255)
        glyph = glyph.rotate(math.degrees(angle) - 90, expand=True)
        cx = w / 2 + math.cos(angle) * (w / 2 - 6.5 * MM)
        cy = h / 2 - math.sin(angle) * (h / 2 - 6.5 * MM)
        seal.paste(RED, (round(cx - glyph.width / 2), round(cy - glyph.height / 2)), glyph)
    r = 5 * MM
    star = [(w / 2 + r * (1 if k % 2 == 0 else 0.4) * math.sin(k * math.pi / 5),
             h / 2 - r * (1 if k % 2 == 0 else 0.4) * math.cos(k * math.pi / 5)) for k in range(10)]
    draw.polygon(star, fill=RED)
    box = (centre[0] - w // 2, centre[1] - h // 2)
    region = img.crop((*box, box[0] + w, box[1] + h))
    img.paste(ImageChops.multiply(region, seal), box)


LETTER = ["承诺书", f"单位名称：{COMPANY}", f"统一社会信用代码：{USCC}", "本单位承诺所提交的备案材料真实、准确、完整。",
          "法定代表人（签字）：张三", f"日期：{DATE}"]


RED_NOTICE = ["重要提示：请于五个工作日内补正材料", "联系电话：010-12345678"]


def _letter() -> object:
    """The signed 承诺书 with the company seal pressed over the date line."""
    letter = _page(LETTER)
    _stamp(letter, (round(150 * MM), 200 + 5 * 90 + 10))
    return letter


def _red_notice() -> object:
    """Half an A4 page: a red title bar and red text, no seal."""
    from PIL import ImageDraw

    img = _page(RED_NOTICE, colour=RED).crop((0, 0, A4[0], A4[1] // 2))
    ImageDraw.Draw(img).rectangle((140, 100, 140 + round(120 * MM), 100 + round(6 * MM)), fill=RED)
    return img


def _text_pdf(path: Path, scanned_page: Path | None = None) -> Path:
    """A PDF whose first page has a real text layer; ``scanned_page``'s pages appended after it."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject(
        {NameObject("/F1"): writer._add_object(font)})})
    stream = DecodedStreamObject()
    stream.set_data(b"BT /F1 24 Tf 72 720 Td (Safety assessment report) Tj ET")
    page[NameObject("/Contents")] = writer._add_object(stream)
    if scanned_page is not None:
        writer.append(str(scanned_page))
    with path.open("wb") as fh:
        writer.write(fh)
    return path


@pytest.fixture(scope="module")
def scans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The stamped letter as PNG and as an image-only PDF; a text PDF with a scanned red notice page."""
    folder = tmp_path_factory.mktemp("scans")
    letter = _letter()
    letter.save(folder / "承诺书.png")
    letter.save(folder / "承诺书.pdf", resolution=DPI)
    _red_notice().save(folder / "notice.pdf", resolution=DPI)
    _text_pdf(folder / "报告.pdf")
    _text_pdf(folder / "报告-含扫描页.pdf", folder / "notice.pdf")
    return {p.stem: p for p in folder.iterdir()} | {"png": folder / "承诺书.png", "pdf": folder / "承诺书.pdf"}


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BEIAN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("BEIAN_NO_CACHE", raising=False)


# --------------------------------------------------------------------------- recognition


@needs_ocr
@pytest.mark.parametrize("kind", ["png", "pdf"])
def test_scanned_letter_reads_company_uscc_and_date_exactly(scans: dict[str, Path], kind: str) -> None:
    result = ocr.ocr_image(scans[kind]) if kind == "png" else ocr.ocr_pdf(scans[kind])
    assert result.problem is None
    lines = result.pages[0].lines
    assert f"单位名称：{COMPANY}" in [ln.text for ln in lines]
    assert f"统一社会信用代码：{USCC}" in result.text
    assert f"日期：{DATE}" in result.text
    assert result.stamps == 1
    assert result.mean_confidence > 0.9


@needs_ocr
def test_lines_come_in_reading_order_with_same_row_pieces_merged(scans: dict[str, Path]) -> None:
    lines = ocr.ocr_image(scans["png"]).pages[0].lines
    texts = [ln.text.replace(" ", "") for ln in lines]
    assert texts.index("承诺书") < texts.index(f"单位名称：{COMPANY}") < texts.index(f"日期：{DATE}")
    assert "法定代表人（签字）：张三" in texts  # one row, even if the detector splits it
    tops = [ln.box[1] for ln in lines]
    assert tops == sorted(tops)


def test_reading_order_merges_pieces_on_one_row_and_sorts_rows() -> None:
    pieces = [ocr.OcrLine("张三", (700, 608, 784, 660), 0.99), ocr.OcrLine("日期", (120, 700, 200, 740), 0.9),
              ocr.OcrLine("法定代表人：", (121, 612, 499, 652), 0.95)]
    merged = ocr.reading_order(pieces)
    assert [ln.text for ln in merged] == ["法定代表人： 张三", "日期"]
    assert merged[0].box == (121, 608, 784, 660)


@needs_ocr
def test_pdf_pages_with_a_text_layer_are_left_to_the_caller(scans: dict[str, Path]) -> None:
    only_text = ocr.ocr_pdf(scans["报告"])
    assert only_text.problem is None and only_text.text == ""
    assert [(p.number, p.text_layer) for p in only_text.pages] == [(1, True)]
    mixed = ocr.ocr_pdf(scans["报告-含扫描页"])
    assert [p.text_layer for p in mixed.pages] == [True, False]
    assert mixed.pages[0].lines == []
    assert RED_NOTICE[0] in mixed.pages[1].text
    assert "010-12345678" in mixed.text
    assert mixed.stamps == 0  # red text and a red bar are not seals


def test_pdf_with_only_text_needs_no_engine(scans: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "_engine", lambda: None)
    result = ocr.ocr_pdf(scans["报告"])
    assert result.problem is None and result.pages[0].text_layer


def test_max_pages_limits_the_pages_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image

    monkeypatch.setattr(ocr, "_engine", lambda: None)
    frames = [Image.new("RGB", (200, 200), "white") for _ in range(3)]
    frames[0].save(tmp_path / "p.pdf", save_all=True, append_images=frames[1:])
    result = ocr.ocr_pdf(tmp_path / "p.pdf", max_pages=2)
    assert result.page_count == 3 and len(result.pages) == 2 and result.truncated
    assert result.problem == ocr.INSTALL_HINT
    assert [p.text_layer for p in result.pages] == [False, False]


def test_without_pypdfium2_the_largest_embedded_image_is_used(scans: dict[str, Path]) -> None:
    from pypdf import PdfReader

    image, dpi = ocr._embedded(PdfReader(scans["pdf"]).pages[0])
    assert image.size == A4 and dpi == pytest.approx(DPI)


# --------------------------------------------------------------------------- bad input and a missing engine


@pytest.mark.parametrize("content", [b"\x89PNG\r\n\x1a\nnot really a png", b""])
def test_corrupt_image_gives_a_problem_not_an_exception(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "营业执照.png"
    path.write_bytes(content)
    result = ocr.ocr_image(path)
    assert result.problem is not None and "损坏" in result.problem
    assert result.pages == [] and result.text == "" and result.stamps == 0


@needs_ocr
def test_truncated_scan_gives_a_problem(tmp_path: Path, scans: dict[str, Path]) -> None:
    data = scans["png"].read_bytes()
    (tmp_path / "半截.png").write_bytes(data[: len(data) // 2])
    (tmp_path / "半截.pdf").write_bytes(scans["pdf"].read_bytes()[:500])
    assert ocr.ocr_image(tmp_path / "半截.png").problem is not None
    assert ocr.ocr_pdf(tmp_path / "半截.pdf").problem is not None


def test_missing_file_and_unsupported_type_give_problems(tmp_path: Path) -> None:
    assert "无法读取" in (ocr.ocr_image(tmp_path / "没有.png").problem or "")
    assert "不支持" in (ocr.ocr_image(tmp_path / "说明.gif").problem or "")


def test_without_the_extra_results_say_how_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image

    monkeypatch.setattr(ocr, "_engine", lambda: None)
    Image.new("RGB", (300, 200), "white").save(tmp_path / "scan.png")
    assert not ocr.available()
    result = ocr.ocr_image(tmp_path / "scan.png")
    assert result.problem == ocr.INSTALL_HINT and "beian[ocr]" in ocr.INSTALL_HINT
    assert not (tmp_path / "cache" / "ocr").exists()  # installing the extra later takes effect at once


# --------------------------------------------------------------------------- caching


@needs_ocr
def test_results_are_cached_on_disk_by_content(scans: dict[str, Path], tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image

    Image.open(scans["png"]).crop((0, 150, 900, 900)).save(tmp_path / "top.png")
    first = ocr.ocr_image(tmp_path / "top.png")
    assert "承诺书" in first.text
    assert list((tmp_path / "cache" / "ocr").glob("*.json"))
    copy = tmp_path / "copy.png"
    copy.write_bytes((tmp_path / "top.png").read_bytes())
    monkeypatch.setattr(ocr, "_MEMORY", {})
    monkeypatch.setattr(ocr, "_engine", lambda: pytest.fail("cached result expected, engine called"))
    again = ocr.ocr_image(copy)
    assert again.text == first.text and again.stamps == first.stamps
    assert again.pages[0].lines[0] == first.pages[0].lines[0]


# --------------------------------------------------------------------------- seals


def _blank() -> object:
    from PIL import Image

    return Image.new("RGB", A4, "white")


def _stamps(img: object) -> int:
    return ocr.count_stamps(np.asarray(img), MM)


@needs_ocr
def test_round_and_oval_seals_are_counted() -> None:
    img = _blank()
    _stamp(img, (400, 500))
    _stamp(img, (850, 1300), diameter_mm=42, oval=True)
    assert _stamps(img) == 2


@needs_ocr
def test_red_text_bars_logos_and_small_seals_are_not_counted() -> None:
    from PIL import ImageDraw

    img = _page(RED_NOTICE * 3, colour=RED)
    draw = ImageDraw.Draw(img)
    draw.rectangle((140, 900, 140 + round(150 * MM), 900 + round(8 * MM)), fill=RED)  # title bar
    draw.ellipse((200, 1050, 200 + round(40 * MM), 1050 + round(40 * MM)), fill=RED)  # solid round logo
    draw.text((550, 1020), "印", font=_font(round(40 * MM)), fill=RED)  # one huge red character
    draw.rectangle((900, 1050, 900 + round(20 * MM), 1050 + round(20 * MM)), outline=RED, width=8)  # name seal
    assert _stamps(img) == 0
    _stamp(img, (1000, 1500), diameter_mm=38)
    assert _stamps(img) == 1


@needs_ocr
def test_faded_seal_on_a_grey_scan_is_counted() -> None:
    from PIL import Image, ImageEnhance

    img = _page(LETTER)
    _stamp(img, (600, 700))
    faded = Image.blend(img, Image.new("RGB", A4, (235, 232, 225)), 0.35)
    faded = ImageEnhance.Color(faded).enhance(0.7)
    assert _stamps(faded) == 1
