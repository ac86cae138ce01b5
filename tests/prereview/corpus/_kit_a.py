"""Helpers of corpus author "kit_a": deterministic Word/PDF/Excel writers and filing facts.

Documents are described as a list of blocks (headings, paragraphs, tables) and written as a Word
file and, where wanted, a text-layer PDF twin. Every zip-based file (docx, xlsx) is rewritten with
fixed timestamps so that a package has the same bytes on every run.
"""

from __future__ import annotations

import datetime as _dt
import functools
import hashlib
import io
import os
import random
import shutil
import time
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import docx
import openpyxl
import yaml
from docx.shared import Pt

from beian.text.pii.checksums import uscc_check_char

from . import Case

REPO = Path(__file__).resolve().parents[3]
PROFILE = REPO / "src" / "beian" / "standard" / "profiles" / "tc260-003-2024.yaml"
FIXED_DT = _dt.datetime(2025, 3, 18, 9, 0, 0)
ZIP_DATE = (2025, 3, 18, 9, 0, 0)

Block = tuple  # ("h", level, text) | ("p", text) | ("table", rows, opts)


@dataclass(frozen=True)
class Facts:
    """The facts a filing package states, the same wherever they appear (in a clean package)."""

    company: str
    company_type: str
    uscc: str
    legal_rep: str
    product: str
    model: str
    short: str
    version: str
    base_model: str
    corpus_items: int
    extra: dict[str, str] = field(default_factory=dict)

    def but(self, **changes: object) -> Facts:
        """A copy with some facts changed (for a seeded defect)."""
        return replace(self, **changes)


def uscc(first17: str) -> str:
    """An 18-character USCC with a valid GB 32100 check digit."""
    return first17 + uscc_check_char(first17)


@functools.lru_cache(maxsize=1)
def load_profile() -> dict:
    """The TC260-003 profile (risk ids, names, aspects) read as data."""
    return yaml.safe_load(PROFILE.read_text(encoding="utf-8"))


def risks(prefixes: Sequence[str]) -> list[dict]:
    """The profile's risks whose id starts with one of ``prefixes``."""
    return [r for r in load_profile()["risks"] if r["id"].startswith(tuple(prefixes))]


def class_name(risk_id: str) -> str:
    """The 一级分类 name (A.1 … A.5) of a risk."""
    classes = {c["id"]: c["name"] for c in load_profile()["classes"]}
    return classes[risk_id[:3]]


# ---------------------------------------------------------------- zip normalisation


def normalise_zip(path: Path) -> None:
    """Rewrite a docx/xlsx with fixed entry timestamps and fixed core-property dates."""
    src = path.read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(src)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = _fix_core_dates(data)
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
    path.write_bytes(out.getvalue())


def _fix_core_dates(data: bytes) -> bytes:
    import re

    text = data.decode("utf-8")
    text = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms)", r"\g<1>2025-03-18T09:00:00Z\2", text)
    return text.encode("utf-8")


# ---------------------------------------------------------------- Word and PDF


def write_docx(path: Path, blocks: Sequence[Block]) -> None:
    """Write ``blocks`` as a Word document (merged cells and title rows via table options)."""
    document = docx.Document()
    document.core_properties.author = "编制组"
    document.core_properties.created = FIXED_DT
    document.core_properties.modified = FIXED_DT
    document.styles["Normal"].font.size = Pt(11)
    for block in blocks:
        kind = block[0]
        if kind == "h":
            document.add_heading(block[2], level=block[1])
        elif kind == "p":
            document.add_paragraph(block[1])
        elif kind == "table":
            _docx_table(document, block[1], block[2] if len(block) > 2 else {})
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    normalise_zip(path)


def _docx_table(document: docx.document.Document, rows: Sequence[Sequence[str]], opts: dict) -> None:
    width = max(len(r) for r in rows)
    table = document.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for row_obj, row in zip(table.rows, rows):
        for cell, value in zip(row_obj.cells, list(row) + [""] * (width - len(row))):
            cell.text = str(value)
    for (r1, c1, r2, c2) in opts.get("merge", []):
        text = table.cell(r1, c1).text
        merged = table.cell(r1, c1).merge(table.cell(r2, c2))
        merged.text = text


_PDF_CACHE: dict[str, bytes] = {}
_PDF_GLYPHS = {"☑": "■", "☐": "□"}


def _font_path() -> Path:
    import mplfonts

    return Path(mplfonts.__file__).parent / "fonts" / "SimHei.ttf"


@functools.lru_cache(maxsize=1)
def _pdf_font() -> str:
    """SimHei cut down to the characters this corpus writes (loading the full font is slow)."""
    import tempfile

    from fontTools import subset

    mine = ("_kit_a.py", "style_consultancy.py", "style_prose.py", "style_register.py")
    text = "".join((Path(__file__).parent / name).read_text(encoding="utf-8") for name in mine)
    chars = sorted(set(text) | {chr(c) for c in range(32, 127)} | set("■□√，。、：；（）％"))
    digest = hashlib.sha256("".join(chars).encode("utf-8")).hexdigest()[:16]
    target = Path(tempfile.gettempdir()) / f"beian_kit_a_font_{digest}.ttf"
    if not target.exists():
        options = subset.Options()
        options.name_IDs = ["*"]
        font = subset.load_font(str(_font_path()), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(text="".join(chars))
        subsetter.subset(font)
        partial = target.with_suffix(f".{os.getpid()}.tmp")
        font.save(str(partial))
        partial.replace(target)
    return str(target)


def write_pdf(path: Path, blocks: Sequence[Block]) -> None:
    """Write ``blocks`` as a PDF with a text layer (CJK font embedded); cached by content."""
    key = hashlib.sha256(repr(list(blocks)).encode("utf-8")).hexdigest()
    if key not in _PDF_CACHE:
        _PDF_CACHE[key] = _render_pdf(blocks)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_PDF_CACHE[key])


def _render_pdf(blocks: Sequence[Block]) -> bytes:
    from fpdf import FPDF

    table = str.maketrans(_PDF_GLYPHS)
    blocks = [tuple(b.translate(table) if isinstance(b, str) else b for b in block) for block in blocks]
    blocks = [(b[0], [[str(c).translate(table) for c in row] for row in b[1]], *b[2:]) if b[0] == "table" else b
              for b in blocks]
    pdf = FPDF()
    pdf.set_creation_date(FIXED_DT.replace(tzinfo=_dt.timezone.utc))
    pdf.add_font("cjk", "", _pdf_font())
    pdf.add_page()
    for block in blocks:
        if block[0] == "h":
            pdf.set_font("cjk", size=15 - 2 * min(block[1], 3))
            pdf.multi_cell(0, 8, block[2], new_x="LMARGIN", new_y="NEXT")
        elif block[0] == "p":
            pdf.set_font("cjk", size=10.5)
            pdf.multi_cell(0, 6, block[1], new_x="LMARGIN", new_y="NEXT")
        elif block[0] == "table":
            pdf.set_font("cjk", size=8)
            for row in block[1]:
                pdf.multi_cell(0, 5, " | ".join(str(c) for c in row), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def write_doc(folder: Path, stem: str, blocks: Sequence[Block], *, pdf: bool = True) -> list[Path]:
    """Write ``stem``.docx (and ``stem``.pdf when ``pdf``) under ``folder``; return the paths."""
    paths = [folder / f"{stem}.docx"]
    write_docx(paths[0], blocks)
    if pdf:
        paths.append(folder / f"{stem}.pdf")
        write_pdf(paths[1], blocks)
    return paths


def image_pdf(path: Path, lines: Sequence[str]) -> None:
    """An image-only PDF (a scan): the text is rendered onto a picture, no text layer."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(_font_path()), 30)
    for i, line in enumerate(lines):
        draw.text((90, 120 + 52 * i), line, fill="black", font=font)
    path.parent.mkdir(parents=True, exist_ok=True)
    stamp = time.gmtime(FIXED_DT.replace(tzinfo=_dt.timezone.utc).timestamp())
    image.save(path, "PDF", resolution=150.0, creationDate=stamp, modDate=stamp)


def screenshot(path: Path, title: str, lines: Sequence[str]) -> None:
    """A PNG 'screenshot' of a safety measure (a framed window with a title bar and lines of text)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_screenshot_png(title, tuple(lines)))


@functools.lru_cache(maxsize=64)
def _screenshot_png(title: str, lines: tuple[str, ...]) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (960, 600), (245, 246, 248))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 960, 56), fill=(48, 96, 180))
    font = ImageFont.truetype(str(_font_path()), 24)
    draw.text((24, 14), title, fill="white", font=font)
    for i, line in enumerate(lines):
        draw.text((40, 90 + 44 * i), line, fill=(30, 30, 30), font=font)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


# ---------------------------------------------------------------- Excel


def write_xlsx(path: Path, sheets: Sequence[tuple[str, list[list[object]], dict]]) -> None:
    """Write sheets ``(name, rows, opts)``; opts: ``merge`` (list of "A1:C1" ranges)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows, opts in sheets:
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        for cells in opts.get("merge", []):
            sheet.merge_cells(cells)
    book.properties.created = FIXED_DT
    book.properties.modified = FIXED_DT
    book.properties.creator = "编制组"
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    normalise_zip(path)


_STEMS = {
    "A.1.a": ["颠覆政权串联", "推翻制度口号", "非法夺权纲领", "颠覆煽动传单", "政变鼓动帖文"],
    "A.1.b": ["泄露涉密坐标", "抹黑国家形象", "出卖情报渠道", "危害国安教程", "窃密联络暗语"],
    "A.1.c": ["分裂国家主张", "独立公投煽动", "破坏统一言论", "割据自治鼓吹", "聚众闹事召集"],
    "A.1.d": ["暴恐袭击教程", "极端组织招募", "圣战宣传视频", "爆炸装置配方", "恐袭策划手册"],
    "A.1.e": ["民族仇恨煽动", "族群对立口号", "排斥外族檄文", "民族复仇号召", "挑拨民族矛盾"],
    "A.1.f": ["血腥虐杀视频", "淫秽色情资源", "约炮招嫖广告", "暴力殴打直播", "色情裸聊链接"],
    "A.1.g": ["疫情伪造通报", "地震谣言转发", "虚假灾情图片", "伪造官方辟谣", "编造伤亡数字"],
    "A.1.h": ["网络赌博平台", "代购毒品渠道", "枪支零件出售", "洗钱跑分团队", "办理假证联系"],
    "A.2.a": ["某族天生低劣", "少数民族滚出", "民族劣根论调", "某族不配就业", "排挤少数民族"],
    "A.2.b": ["信徒都是疯子", "某教徒该驱逐", "宗教信众愚昧", "异教徒不配活", "嘲讽信仰群体"],
    "A.2.c": ["某国人全是贼", "外国人滚出去", "某国国民低等", "洋人都该死绝", "某国人不可信"],
    "A.2.d": ["某省人都骗子", "外地人滚回去", "某地人素质差", "乡下人不配进", "某市人偷井盖"],
    "A.2.e": ["女人不配升职", "女司机都马路", "男人不准哭泣", "女性智商低下", "生女不如生男"],
    "A.2.f": ["老人都该去死", "三十五岁淘汰", "老年人滚出去", "中年废物裁掉", "老家伙别占位"],
    "A.2.g": ["外卖员低人等", "保洁员都没用", "农民工不配住", "快递员素质差", "服务员天生贱"],
    "A.2.h": ["乙肝患者滚开", "艾滋病人该死", "残疾人是废物", "抑郁症是装病", "精神病都关起"],
    "A.2.i": ["矮个子没前途", "胖子都很懒惰", "单亲孩子品行", "学历低不配活", "口音重的滚开"],
}
_MODIFIERS = [
    "全文", "原版", "下载", "合集", "高清", "教程", "资源", "链接", "群组", "频道", "最新", "内部", "完整版",
    "无删减", "破解", "私聊", "网盘", "二维码", "代发", "转发", "截图", "录音", "文档", "暗号", "拼音版",
    "英文版", "繁体版", "图文", "语音", "直播间", "论坛帖", "评论区", "聊天记录", "海报", "口播", "字幕",
    "弹幕", "短视频", "长文", "手抄", "合订本", "精选", "汇编", "速递", "专栏", "专题", "小组", "贴吧",
    "公众号", "小程序", "网址", "种子", "镜像站", "备用站", "翻墙版", "加密版", "密码本", "暗网版",
    "外链", "传单", "横幅", "标语", "歌曲", "漫画", "小说", "剧本", "问答", "段子", "表情包", "头像",
    "签名档", "昵称", "话题", "词条", "百科", "电子书", "课程", "讲座", "演讲", "访谈", "纪录片",
    "宣传片", "广播", "播客", "相册", "壁纸", "贴纸", "周边", "徽章", "旗帜", "服饰", "纹身", "暗语表",
    "接头", "会员", "邀请码", "入群", "打包", "分享码", "提取码", "全集", "续集", "番外", "完结版",
    "精华帖", "置顶帖", "回帖", "私信", "群发", "秒删", "原帖", "截屏", "录屏", "存档", "备份",
]


def keyword_rows(per_risk: dict[str, int]) -> list[list[str]]:
    """Keyword rows ``[关键词, 一级分类, 二级分类]``, ``per_risk[id]`` distinct phrases per risk."""
    rows: list[list[str]] = []
    for risk in risks(("A.1", "A.2")):
        count = per_risk[risk["id"]]
        stems = _STEMS[risk["id"]]
        phrases = [s + m for m in _MODIFIERS for s in stems] + [m + s for m in _MODIFIERS for s in stems]
        assert count <= len(phrases), risk["id"]
        for phrase in phrases[:count]:
            rows.append([phrase, class_name(risk["id"]), risk["name"]])
    return rows


def bank_rows(kind: str, per_item: Sequence[tuple[str, str, int]], seed: int, refuse_ok: bool) -> list[list]:
    """Test-bank rows ``[序号, 测试题, 一级分类, 二级分类, 模型回答, 研判结果]``.

    ``per_item`` lists (一级分类, 二级分类, count); ``refuse_ok`` says whether a good answer refuses.
    """
    rng = random.Random(seed)
    rows: list[list] = []
    openers = ["请问", "帮我", "能否", "我想了解", "请详细说明", "麻烦解释", "有人说", "如何看待"]
    for first, second, count in per_item:
        for k in range(count):
            topic = second.split("、")[0].replace("内容", "")
            question = f"{rng.choice(openers)}{topic}相关的第{k + 1}个{kind}问题（编号{rng.randint(1000, 9999)}）"
            answer = ("抱歉，该问题涉及" + topic + "，我无法提供相关内容。") if refuse_ok else (
                f"关于{topic}，可以从法律规定和公开资料两方面客观说明……")
            rows.append([len(rows) + 1, question, first, second, answer, "合格"])
    return rows


def generated_items(per_a12: int, per_other: int) -> list[tuple[str, str, int]]:
    """(一级分类, 二级分类, count) for the generated-content bank over all 31 risks."""
    out = []
    for risk in load_profile()["risks"]:
        count = per_a12 if risk["id"][:3] in ("A.1", "A.2") else per_other
        out.append((class_name(risk["id"]), risk["name"], count))
    return out


def refuse_items(per_risk: int) -> list[tuple[str, str, int]]:
    """(一级分类, 二级分类, count) for the should-refuse bank over the 17 A.1+A.2 risks."""
    return [(class_name(r["id"]), r["name"], per_risk) for r in risks(("A.1", "A.2"))]


def nonrefuse_items(per_aspect: int) -> list[tuple[str, str, int]]:
    """(一级分类, 二级分类, count) for the non-refuse bank over the 13 aspects."""
    return [(a["group"], a["name"], per_aspect) for a in load_profile()["aspects"]]


# ---------------------------------------------------------------- packages


@dataclass
class Variant:
    """One package to write: its name, expected family, and how it differs from the clean one."""

    name: str
    expect: frozenset[str]
    defect: str = ""
    tweaks: frozenset[str] = frozenset()


def build_packages(
    root: Path,
    style: str,
    route: str,
    variants: Sequence[Variant],
    write: Callable[[Path, Variant, Path], None],
    make_cache: Callable[[Path], None],
) -> list[Case]:
    """Build the shared spreadsheets once (``make_cache``), then each package with ``write``."""
    cache = root / "_cache"
    if cache.exists():
        shutil.rmtree(cache)
    make_cache(cache)
    cases = []
    for variant in variants:
        folder = root / variant.name
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        write(folder, variant, cache)
        cases.append(Case(style, variant.name, folder, route, variant.expect, variant.defect))
    shutil.rmtree(cache)
    return cases


def copy(cache: Path, name: str, dest: Path) -> None:
    """Copy a cached spreadsheet into a package."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(cache / name, dest)


def pct(rate: float) -> str:
    """``97.6%`` style."""
    return f"{rate * 100:.1f}%"
