"""Implicit labels in documents: PDF (pypdf) and DOCX (python-docx).

* PDF: the entry ``/AIGC`` of the document information dictionary (what Acrobat shows
  under "Custom" document properties and what ``pdfinfo`` / pypdf read back). pypdf
  clones the whole document (pages, outline, metadata) into a new file, so the old
  entry is really gone. Signed PDFs are refused: a rewrite would void the signature.
  (pypdf's incremental mode keeps the original bytes, but a second update of a PDF
  that uses cross-reference streams gave a file pypdf itself could not read strictly.)
* DOCX: a custom document property named ``AIGC`` (``docProps/custom.xml``, with its
  content-type override and package relationship), which Word shows under
  File > Properties > Custom. python-docx has no API for custom properties, so the
  part is built here with lxml and attached through python-docx's OPC package.
"""

from __future__ import annotations

import contextlib
import logging
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import OpcError
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree
from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from pypdf.generic import DictionaryObject

from beian.errors import InputError
from beian.labels.fileio import SIDECAR_HINT, Codec

FIELD = "AIGC"
PDF_KEY = "/AIGC"
CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
CUSTOM_PARTNAME = "/docProps/custom.xml"
# the format id Office uses for every user-defined property
CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"

# pypdf raises more than its own errors on damaged files
_PDF_ERRORS = (PyPdfError, ValueError, KeyError, TypeError, IndexError, AttributeError,
               OverflowError, RecursionError, EOFError, struct.error, zlib.error)
_DOCX_ERRORS = (OpcError, zipfile.BadZipFile, KeyError, ValueError, EOFError, zlib.error,
                NotImplementedError, etree.LxmlError)


# ------------------------------------------------------------------ PDF
@contextlib.contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """Hide pypdf's English repair warnings; a damaged file becomes one Chinese error instead."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _bad_pdf(path: Path) -> InputError:
    return InputError(f"{path} 不是有效的 PDF 文件（可能已损坏或被截断）", SIDECAR_HINT)


def _open_pdf(path: Path) -> PdfReader:
    try:
        reader = PdfReader(path)
        encrypted = reader.is_encrypted
        if not encrypted:
            len(reader.pages)  # parse the page tree now, so damage shows here
    except _PDF_ERRORS as exc:
        raise _bad_pdf(path) from exc
    if encrypted:
        raise InputError(f"{path} 是加密的 PDF，无法读写其文档信息", "先解除加密，或使用 --sidecar 写入旁路文件")
    return reader


def _is_signed(reader: PdfReader) -> bool:
    """Whether the document declares signature fields (AcroForm ``/SigFlags`` bit 1)."""
    form = reader.root_object.get("/AcroForm")
    form = form.get_object() if form is not None else None
    if not isinstance(form, DictionaryObject):
        return False
    flags = form.get("/SigFlags", 0)
    return isinstance(flags, int) and bool(flags & 1)


def _aigc_keys(info: Any) -> list[str]:
    """Information-dictionary keys named AIGC in any case, the exact ``/AIGC`` first."""
    keys = [str(k) for k in info if str(k).upper() == PDF_KEY] if info is not None else []
    return sorted(keys, key=lambda k: k != PDF_KEY)


def _read_pdf(path: Path) -> list[str]:
    with _quiet_pypdf():
        reader = _open_pdf(path)
        try:
            info = reader.metadata
            return [] if info is None else [str(info[k]) for k in _aigc_keys(info)]
        except _PDF_ERRORS as exc:
            raise _bad_pdf(path) from exc


def _write_pdf(source: Path, target: Path, payload: str) -> None:
    with _quiet_pypdf():
        reader = _open_pdf(source)
        try:
            signed = _is_signed(reader)
        except _PDF_ERRORS as exc:
            raise _bad_pdf(source) from exc
        if signed:
            raise InputError(f"{source} 带有数字签名，改写文档信息会使签名失效，因此未写入",
                             "请使用 --sidecar 写入旁路文件，或在签名之前写入标识")
        try:
            writer = PdfWriter(clone_from=reader)
            drop = set(_aigc_keys(writer.metadata))  # a second entry such as /aigc would be a second label
            kept = {k: v for k, v in (writer.metadata or {}).items() if str(k) not in drop}
            writer.metadata = {**kept, PDF_KEY: payload}
            with target.open("wb") as fh:
                writer.write(fh)
        except _PDF_ERRORS as exc:
            raise InputError(f"写入 PDF 文档信息失败：{source}", SIDECAR_HINT) from exc


# ------------------------------------------------------------------ DOCX
def _bad_docx(path: Path) -> InputError:
    return InputError(f"{path} 不是有效的 DOCX 文件（不是完整的 Word 文档压缩包）",
                      "确认文件完整且确为 .docx（旧版 .doc 请先另存为 .docx），或使用 --sidecar")


def _open_docx(path: Path) -> Any:
    try:
        return docx.Document(str(path))
    except _DOCX_ERRORS as exc:
        raise _bad_docx(path) from exc


def _custom_rels(package: Any) -> list[Any]:
    return [rel for rel in package.rels.values()
            if rel.reltype == RT.CUSTOM_PROPERTIES and not rel.is_external]


def _custom_root(package: Any, path: Path) -> Any:
    """The parsed ``<Properties>`` of the custom-properties part, or None when there is none."""
    rels = _custom_rels(package)
    if not rels:
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        return etree.fromstring(rels[0].target_part.blob, parser)
    except etree.LxmlError as exc:
        raise _bad_docx(path) from exc


def _named(root: Any) -> list[Any]:
    """``<property>`` elements called AIGC (Office compares names case-insensitively)."""
    return [p for p in root.iterchildren(f"{{{CUSTOM_NS}}}property") if (p.get("name") or "").upper() == FIELD]


def _read_docx(path: Path) -> list[str]:
    root = _custom_root(_open_docx(path).part.package, path)
    return [str(prop[0].text or "") for prop in (_named(root) if root is not None else []) if len(prop)]


def _new_root() -> Any:
    return etree.Element(f"{{{CUSTOM_NS}}}Properties", nsmap={None: CUSTOM_NS, "vt": VT_NS})


def _set_property(root: Any, payload: str) -> None:
    """Replace every AIGC property in ``root`` by one ``vt:lpwstr`` property."""
    for prop in _named(root):
        root.remove(prop)
    pids = [int(p.get("pid")) for p in root if str(p.get("pid", "")).isdigit()]
    prop = etree.SubElement(root, f"{{{CUSTOM_NS}}}property")
    prop.set("fmtid", CUSTOM_FMTID)
    prop.set("pid", str(max([1, *pids]) + 1))  # user properties start at pid 2
    prop.set("name", FIELD)
    etree.SubElement(prop, f"{{{VT_NS}}}lpwstr").text = payload


def _write_docx(source: Path, target: Path, payload: str) -> None:
    document = _open_docx(source)
    package = document.part.package
    root = _custom_root(package, source)
    old = _custom_rels(package)
    partname = old[0].target_part.partname if old else PackURI(CUSTOM_PARTNAME)
    root = _new_root() if root is None else root
    _set_property(root, payload)
    for rel in old:
        del package.rels[rel.rId]
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    package.relate_to(Part(partname, CT.OFC_CUSTOM_PROPERTIES, blob, package), RT.CUSTOM_PROPERTIES)
    document.save(str(target))
    _keep_unreferenced_parts(source, target, str(partname))


def _keep_unreferenced_parts(source: Path, target: Path, replaced: str) -> None:
    """Copy back the zip entries python-docx drops because no relationship points at them.

    python-docx saves only the parts it reaches through relationships; a DOCX may carry others
    (custom XML items, add-in data). They go back unchanged, with their content-type overrides.
    """
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target) as out:
        kept = set(out.namelist())
        missing = [i for i in src.infolist() if i.filename not in kept and "/" + i.filename != replaced]
        if not missing:
            return
        entries = [(i, out.read(i)) for i in out.infolist()]
        extra = [(i, src.read(i)) for i in missing]
        src_types = src.read(_TYPES)
    names = {"/" + i.filename for i in missing}
    entries = [(i, _merge_types(data, src_types, names) if i.filename == _TYPES else data) for i, data in entries]
    temp = target.with_name(target.name + ".parts")
    with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in entries + extra:
            zf.writestr(info, data)
    temp.replace(target)


_TYPES = "[Content_Types].xml"
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"


def _merge_types(current: bytes, original: bytes, partnames: set[str]) -> bytes:
    """``current`` content types plus the original's overrides for ``partnames``."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root, old = etree.fromstring(current, parser), etree.fromstring(original, parser)
    have = {o.get("PartName") for o in root.iterchildren(f"{{{_CT_NS}}}Override")}
    for override in old.iterchildren(f"{{{_CT_NS}}}Override"):
        if override.get("PartName") in partnames and override.get("PartName") not in have:
            root.append(override)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


CODECS: dict[str, Codec] = {
    "pdf": Codec("文档信息字典中的 /AIGC 条目", _read_pdf, _write_pdf),
    "docx": Codec("自定义文档属性 AIGC（docProps/custom.xml）", _read_docx, _write_docx),
}
