"""The recognised package: which file is which document, the route, the facts from beian.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

import yaml

from beian.errors import ConfigError
from beian.findings import Finding
from beian.kinds import Route
from beian.prereview.chapters import chapter_parts, evidence_chapters, specs_named
from beian.prereview.docmodel import DocView, is_placeholder
from beian.prereview.extract import WORD_EXTS, Content, extract, extract_text_layer
from beian.prereview.package import PackageFile, RawPackage
from beian.prereview.script import simplified_name
from beian.prereview.versions import Versions, sort_versions
from beian.prereview.vocab import fold, section, words
from beian.standard import Profile
from beian.standard.cac_excel import find_sheets
from beian.standard.profile import DocumentSpec

ALGO_ROUTE = Route.ALGORITHM.value
EVIDENCE = "other_evidence"
EVIDENCE_TEXT = frozenset({"docx", "doc", "md", "txt", "pdf"})  # evidence read as text: a separate emergency plan, a drill record
SCRIPT_CODE = "materials.traditional_script"  # reported once per package, naming every file
TEMPLATE_PLACEHOLDERS = 3  # this many unfilled places make a document a template: absences in it are not judged
CONFIG_NAMES = ("beian.yaml", "beian.yml")


@dataclass
class Document:
    """A required or optional document: its spec, files (Word + PDF) and read content; ``chapter``: the chapter of a
    compiled file it is (:mod:`beian.prereview.chapters`), empty for a file of its own."""

    spec: DocumentSpec
    files: list[PackageFile] = field(default_factory=list)
    contents: list[Content] = field(default_factory=list)
    chapter: str = ""
    versions: Versions | None = None  # several versions side by side: the superseded ones are not in files

    @property
    def primary(self) -> Content | None:
        """The most useful content: Word/Excel before PDF, readable before unreadable."""
        order = {"docx": 0, "doc": 0.5, "xlsx": 1, "xls": 1, "csv": 2, "md": 3, "txt": 3, "pdf": 4}
        readable = [c for c in self.contents if c.readable]
        return min(readable, key=lambda c: order.get(c.file.ext, 9)) if readable else None

    @property
    def text(self) -> str:
        """Filled text of the primary content: placeholder lines left out ('' when unreadable). Of the evidence
        folder, every file read (an emergency plan and a drill record are two files of one material)."""
        if self.spec.id == EVIDENCE:
            return self.all_text
        return self.view.filled_text if self.view else ""

    @cached_property
    def all_text(self) -> str:
        """Filled text of every readable file of the material: the Word file and its signed PDF (a signature block
        only in the PDF is there)."""
        return "\n".join(DocView(c).filled_text for c in self.contents if c.readable)

    @cached_property
    def view(self) -> DocView | None:
        """The structured reading of the primary content (None when nothing could be read)."""
        primary = self.primary
        return DocView(primary, sheets_as_text=primary.file.ext in self.spec.read_also) if primary else None

    @cached_property
    def views(self) -> list[DocView]:
        """The structured readings of every readable file of the material, the primary first: a list kept in a
        workbook beside a Word file that explains it (数据溯源清单.xlsx and 语料来源说明.docx, the fifty-eighth probe)."""
        primary = self.primary
        others = [DocView(c, sheets_as_text=c.file.ext in self.spec.read_also) for c in self.contents
                  if c.readable and c is not primary]
        return ([self.view] if self.view is not None else []) + others

    @property
    def template(self) -> bool:
        """True when the document is still largely an unfilled template (several 【请填写】 left)."""
        view = self.view
        if view is None:
            return False
        unfilled = sum(not p.filled for p in view.paras)
        unfilled += sum(any(is_placeholder(c) for c in row) for g in view.grids if not g.is_sheet for row in g.rows)
        return unfilled >= TEMPLATE_PLACEHOLDERS

    @property
    def unreadable(self) -> bool:
        """True when none of the document's files could be read and that was reported (the root cause, once)."""
        return self.primary is None and any(c.findings for c in self.contents)

    @property
    def location(self) -> str:
        """File name(s) for reports (with the chapter of a compiled file)."""
        files = "、".join(f.rel for f in self.files)
        return f"{files}（{self.chapter}）" if self.chapter else files


@dataclass
class Package:
    """Everything the rules look at."""

    raw: RawPackage
    profile: Profile
    route: str
    documents: dict[str, Document]
    contents: list[Content]
    config: dict[str, Any]
    algo_documents: dict[str, Document] = field(default_factory=dict)

    @property
    def facts(self) -> dict[str, Any]:
        """Facts given in beian.yaml (``facts:``)."""
        return dict(self.config.get("facts") or {})

    @property
    def not_applicable(self) -> dict[str, str]:
        """Document id → reason, from beian.yaml ``not_applicable:``."""
        return {str(k): str(v) for k, v in (self.config.get("not_applicable") or {}).items()}

    @property
    def files(self) -> list[PackageFile]:
        """All regular files."""
        return self.raw.files

    def doc(self, doc_id: str) -> Document | None:
        """The document with this id when present."""
        return self.documents.get(doc_id)

    def text_of(self, *doc_ids: str) -> str:
        """Filled text of the named documents joined."""
        return "\n".join(d.text for d in self.docs(*doc_ids))

    def docs(self, *doc_ids: str) -> list[Document]:
        """The named documents that are present (route and 算法备案 documents alike)."""
        everything = {**self.algo_documents, **self.documents}
        return [everything[d] for d in doc_ids if d in everything]

    def all_doc_ids(self) -> tuple[str, ...]:
        """Ids of every recognised document."""
        return tuple({**self.algo_documents, **self.documents})

    def blind(self, *doc_ids: str) -> list[Document]:
        """Named documents present but unreadable or unfilled: an absence judged over them would be a guess."""
        return [d for d in self.docs(*doc_ids) if d.unreadable or d.template]

    def load_findings(self) -> list[Finding]:
        """Findings from opening and reading files (files in traditional characters told once, all of them named)."""
        found = [f for c in self.contents for f in c.findings]
        script = [f for f in found if f.code == SCRIPT_CODE]
        rest = [f for f in found if f.code != SCRIPT_CODE]
        if script:
            names = "、".join(dict.fromkeys(f.location for f in script))
            rest.insert(0, replace(script[0], location=names if len(script) < 4 else f"{script[0].location} 等 {len(script)} 个文件",
                                   evidence=f"繁体中文的文件：{names}"))
        return list(self.raw.findings) + rest


def read_config(raw: RawPackage) -> dict[str, Any]:
    """The optional beian.yaml at the package root."""
    for f in raw.files:
        if f.rel in CONFIG_NAMES:
            try:
                data = yaml.safe_load(f.path.read_text(encoding="utf-8")) or {}
            except (yaml.YAMLError, UnicodeDecodeError) as exc:
                raise ConfigError(f"{f.rel} 格式错误：{exc}", "beian.yaml 须为 UTF-8 编码的 YAML。") from exc
            if not isinstance(data, dict):
                raise ConfigError(f"{f.rel} 顶层应为键值对。", "参见 docs/check.md 中的 beian.yaml 示例。")
            return data
    return {}


def detect_route(raw: RawPackage, config: dict[str, Any], profile: Profile) -> str:
    """The route beian.yaml names; else 登记 or 算法备案 when the file names say so; else 备案."""
    route = str(config.get("route") or "")
    if route:
        return route
    names = simplified_name(" ".join(f.rel.rsplit(".", 1)[0] for f in raw.files))  # folders too: 书语AI伴读 登记材料/…
    if re.search(r"登记表|调用已备案|上线登记|登记材料|服务登记", names):
        return "登记"
    algo = recognise(raw.files, profile.documents.get(ALGO_ROUTE, ()), {})
    algo_files = {f.rel for d in algo.values() for f in d.files}
    route_docs = recognise([f for f in raw.files if f.rel not in algo_files], profile.documents["备案"], {})
    core = {"form", "assessment_report", "keyword_list", "test_bank"}
    if len(algo) >= 2 and not core & set(route_docs):
        return ALGO_ROUTE
    return "备案"


def _best_spec(name: str, specs: tuple[DocumentSpec, ...]) -> DocumentSpec | None:
    """The material ``name`` names by its longest pattern (a title's first words name one material)."""
    return next(iter(specs_named(name, specs)), None)


def _in_evidence_folder(f: PackageFile, spec: DocumentSpec) -> bool:
    """True when a folder on the file's path is named like the evidence folder (其他佐证/, 证明材料/ …)."""
    folders = simplified_name(f.rel).lower().split("/")[:-1]
    return any(p.lower() in folder for folder in folders for p in spec.patterns)


def _evidence_named(f: PackageFile) -> bool:
    """True when a file no material claims is named as safety evidence wherever it sits (附件8 应急预案.docx,
    生成内容安全事件应急预案.pdf): read with the evidence folder."""
    return any(w in simplified_name(f.stem) for w in words("documents", "evidence_names"))


def _evidence_titled(content: Content) -> bool:
    """True when a file no name claims is titled as safety evidence (its first paragraph: 补正说明, 关于第一轮审核意见的
    答复, 应急预案), so it is read with the evidence folder."""
    title = simplified_name(_title(content))[:TITLE_CHARS]
    return any(w in title for w in words("documents", "evidence_names")) or \
        any(w in title for w in words("documents", "evidence_titles"))


TITLE_CHARS = 40  # a first paragraph longer than this is text, not a title: its words are not the file's name


SHEET_STAND_INS = frozenset({"csv", "tsv", "txt"})
"""Formats read in place of an Excel material (a test bank exported as CSV, or as tab-separated text; a keyword list one
word per line): its content is checked, and the check says the format is not the usual one
(``materials.missing_document``, medium)."""


TEXT_STAND_INS = frozenset({"md", "txt"})
"""Formats read in place of a Word material (标注规则 written as Markdown): its content is checked, and the check says
the submission system does not take the format (``materials.missing_document``, high: convert before submitting)."""


LEGACY_WORD = frozenset({"doc"})
"""Word 97–2003 files, read in place of a .docx (:mod:`beian.prereview.worddoc`): Word as the requirements ask, the
check only suggests saving as .docx (``materials.missing_document``, low)."""


def _fits(spec: DocumentSpec, f: PackageFile) -> bool:
    return "*" in spec.formats or f.ext in spec.formats or f.ext in spec.read_also or \
        (f.ext in SHEET_STAND_INS and "xlsx" in spec.formats) or \
        (f.ext in TEXT_STAND_INS | LEGACY_WORD and "docx" in spec.formats)


AGREEMENT = "service_agreement"


def upstream_contract(name: str) -> bool:
    """True when a file name or title names a cloud platform's or model vendor's contract (阿里云百炼大模型服务协议（节选）,
    方舟大模型服务协议): evidence that the called model is used, not the product's own user agreement."""
    folded = fold(simplified_name(name))
    return any(w in folded for w in (*words("documents", "upstream_contract", "platforms"),
                                     *words("documents", "upstream_contract", "cues")))


def _named_for(f: PackageFile, specs: tuple[DocumentSpec, ...], by_id: dict[str, DocumentSpec]) -> list[DocumentSpec]:
    """The materials a file's name names; an upstream contract named like an agreement is other evidence."""
    named = specs_named(f.stem, specs)
    if any(s.id == AGREEMENT for s in named) and upstream_contract(f.stem):
        named = [s for s in named if s.id != AGREEMENT] or ([by_id[EVIDENCE]] if EVIDENCE in by_id else [])
    return named


def recognise(files: list[PackageFile], specs: tuple[DocumentSpec, ...], config: dict[str, Any]) -> dict[str, Document]:
    """Assign files to document specs by name (beian.yaml ``documents:`` overrides)."""
    by_id = {s.id: s for s in specs}
    docs: dict[str, Document] = {}
    overrides: dict[str, list[str]] = {}  # one file may be named for several materials
    for doc_id, rel in (config.get("documents") or {}).items():
        overrides.setdefault(str(rel), []).append(str(doc_id))
    for f in files:
        if f.rel in CONFIG_NAMES:
            continue
        named = [by_id[i] for i in overrides[f.rel] if i in by_id] if f.rel in overrides else _named_for(f, specs, by_id)
        if not named and "other_evidence" in by_id and (_in_evidence_folder(f, by_id["other_evidence"])
                                                         or _evidence_named(f)):
            named = [by_id["other_evidence"]]
        for spec in named:
            if _fits(spec, f):
                docs.setdefault(spec.id, Document(spec=spec)).files.append(f)
    return docs


CONTENT_EXTS = {"docx", "doc", "pdf", "md", "txt", "xlsx", "xls"}
HEAD_PARAGRAPHS = 3
MAX_SNIFF_BYTES = 20 * 1024 * 1024
# files a compilation may be: a Word file, or a PDF with a text layer whose chapters start 第一章… (the eighty-first
# probe: one signed PDF compilation and the two workbooks were the whole package)
COMPILED_EXTS = WORD_EXTS | {"pdf"}


def _recognise_by_content(raw: RawPackage, specs: tuple[DocumentSpec, ...], docs: dict[str, Document],
                          contents: dict[str, Content], layouts: dict[str, tuple[str, ...]] | None = None) -> None:
    """Files whose names say nothing: recognise them from their title (first paragraphs), or a workbook from its
    header row (``layouts``: the CAC Excel layouts, 关键词 | 一级分类 | 二级分类)."""
    layouts = layouts or {}
    evidence = next((s for s in specs if s.id == "other_evidence"), None)
    superseded = {f.rel for d in docs.values() if d.versions for f in d.versions.superseded}
    for f in raw.files:
        in_evidence = evidence is not None and _in_evidence_folder(f, evidence)
        if f.ext not in CONTENT_EXTS or f.size > MAX_SNIFF_BYTES or (f.rel in contents and not in_evidence) or \
                (in_evidence and not _says_nothing(f, specs)) or f.rel in superseded:
            continue  # a superseded version was recognised by name already, and left out on purpose
        content = contents.get(f.rel) or extract(f)
        if in_evidence:
            _claim_from_evidence(f, content, specs, docs, contents)
            continue
        if chapter_parts(content, specs):  # a compilation whose table of contents names materials: by chapter, below
            contents[f.rel] = content
            continue
        spec = _best_spec(_title(content) if f.ext in TEXT_STAND_INS else _head(content), specs) or \
            _best_spec(" ".join(content.sheets), specs) or \
            _laid_out_as(content, specs, layouts)  # not a README's words; 附件4.xlsx whose sheet is 拦截关键词列表
        if spec is None and evidence is not None and f.ext in EVIDENCE_TEXT and _evidence_titled(content):
            docs.setdefault(EVIDENCE, Document(spec=evidence)).files.append(f)  # 关于审核意见的答复.docx titled 补正说明
            docs[EVIDENCE].contents.append(content)
            contents[f.rel] = content
            continue
        if spec is None or not _fits(spec, f) or (spec.id == AGREEMENT and upstream_contract(f"{f.stem} {_title(content)}")):
            continue  # an upstream contract titled 阿里云百炼大模型服务协议 is not the product's agreement
        doc = docs.get(spec.id)
        if doc is None:
            docs[spec.id] = Document(spec=spec, files=[f], contents=[content])
            contents[f.rel] = content
            _also_titled(f, content, spec, specs, docs)
        elif not doc.chapter and (_split_workbook(spec, f, doc) or
                                  (spec.pair and all(g.ext != f.ext for g in doc.files))):
            doc.files.append(f)  # the signed PDF of a Word file found by name (00-2_Filing_Form_signed.pdf), or
            doc.contents.append(content)  # one more workbook of a list split by risk (kw_A1b_….xlsx: 附件4 …（A.1.b）)
            contents[f.rel] = content


def _laid_out_as(content: Content, specs: tuple[DocumentSpec, ...], layouts: dict[str, tuple[str, ...]]) -> DocumentSpec | None:
    """The material whose CAC Excel layout a sheet's header holds whole (the hundred-and-fourth probe:
    附件4-关键词.xlsx, one sheet per category, each headed 关键词 | 一级分类 | 二级分类), None when none does."""
    for spec in specs:
        columns = layouts.get(spec.id, ())
        if columns and any(all(c in sheet.cols for c in columns) for sheet in find_sheets(content.sheets, columns[0])):
            return spec
    return None


def _also_titled(f: PackageFile, content: Content, spec: DocumentSpec, specs: tuple[DocumentSpec, ...],
                 docs: dict[str, Document]) -> None:
    """The other materials a file's title names beside ``spec`` (附件2.pdf titled 用户服务协议及隐私政策, its second part
    二、隐私政策: the sixty-eighth probe), when the package has no file of their own: the same file is both."""
    for other in specs_named(_title_line(content), specs):
        if other.id != spec.id and other.id not in docs and other.id != EVIDENCE and _fits(other, f):
            docs[other.id] = Document(spec=other, files=[f], contents=[content])


def _titled_twice(specs: tuple[DocumentSpec, ...], docs: dict[str, Document]) -> None:
    """A file found by its name whose title names another material too (附件2 模型服务协议.pdf titled ……服务协议及隐私保护
    政策: the two-hundred-and-fifty-fourth probe, a false blocker for the missing privacy policy), when the package has no
    file of that material: the same file is both, as for a file found by its title."""
    for doc in list(docs.values()):
        if doc.spec.id == EVIDENCE or doc.chapter:
            continue
        for f, content in zip(doc.files, doc.contents, strict=False):
            _also_titled(f, content, doc.spec, specs, docs)


def _title_line(content: Content) -> str:
    """A file's title, with a short second line joined when the title was wrapped (a PDF's ``……协议及隐私`` / ``政策``)."""
    lines = [p.strip() for p in content.paragraphs[:3] if p.strip()]
    if len(lines) >= 2 and len(lines[1]) <= WRAPPED_TAIL and not re.search(r"[，。；：:、,.\d]", lines[1]):
        return lines[0] + lines[1]
    return lines[0] if lines else ""


WRAPPED_TAIL = 8  # characters: a second line this short without punctuation is the end of a wrapped title


def _says_nothing(f: PackageFile, specs: tuple[DocumentSpec, ...]) -> bool:
    """True for a file of the evidence folder whose name names no material and holds no Chinese (DataSourceList.xlsx
    under 07_evidence/): only its title can say what it is."""
    return not specs_named(f.stem, specs) and not re.search(r"[\u4e00-\u9fff]", f.stem)


def _claim_from_evidence(f: PackageFile, content: Content, specs: tuple[DocumentSpec, ...], docs: dict[str, Document],
                         contents: dict[str, Content]) -> None:
    """A file of the evidence folder whose title names a material the package otherwise lacks is that material
    (07_evidence/data_provenance/DataSourceList.xlsx titled 数据溯源清单)."""
    spec = _best_spec(_head(content), specs)
    if spec is None or spec.id == EVIDENCE or spec.id in docs or not _fits(spec, f):
        return
    held = docs.get(EVIDENCE)
    if held is not None and f in held.files:
        held.files.remove(f)
        held.contents = [c for c in held.contents if c.file.rel != f.rel]
        if not held.files:
            del docs[EVIDENCE]
    docs[spec.id] = Document(spec=spec, files=[f], contents=[content])
    contents[f.rel] = content


def _split_workbook(spec: DocumentSpec, f: PackageFile, doc: Document) -> bool:
    """True when ``f`` is another workbook of a spreadsheet material already found (a keyword list or test bank in one
    file per risk class, each titled as the material): counted together, as files named so are."""
    sheets = {"xlsx", "xls", "csv"}
    return f.ext in sheets and set(spec.formats) <= sheets and all(g.ext in sheets for g in doc.files)


def _title(content: Content) -> str:
    """A file's first non-empty paragraph (its title), '' for a spreadsheet."""
    return next((p for p in content.paragraphs if p.strip()), "")


def _head(content: Content) -> str:
    """A file's title: its first paragraphs, or a spreadsheet's first rows (A1 holds ``附件4 拦截关键词列表``)."""
    if content.paragraphs:
        return " ".join(content.paragraphs[:HEAD_PARAGRAPHS])
    first = next(iter(content.sheets.values()), [])
    return " ".join(c for row in first[:HEAD_PARAGRAPHS] for c in row if c)


def _recognise_chapters(raw: RawPackage, specs: tuple[DocumentSpec, ...], docs: dict[str, Document],
                        contents: dict[str, Content]) -> None:
    """Materials still missing that a compiled Word file holds as chapters (:func:`chapter_parts`): a file that is no
    material by its name or title (an assessment report's section on the keyword list is not the list)."""
    if all((s.id in docs and not _signature_only(docs[s.id])) or not s.required for s in specs):
        return
    assigned = {f.rel for d in docs.values() for f in d.files}
    for f in raw.files:
        if f.ext not in COMPILED_EXTS or f.size > MAX_SNIFF_BYTES or f.rel in assigned:
            continue
        content = contents.get(f.rel) or extract(f)
        parts = chapter_parts(content, specs)
        for spec in specs:
            held = docs.get(spec.id)
            if spec.id in parts and (held is None or _signature_only(held)) and _fits(spec, f):
                signed = held.files if held is not None else []  # the seal page stays, as the chapter's signed copy
                docs[spec.id] = Document(spec=spec, files=[f, *signed],
                                         contents=[parts[spec.id].content, *(held.contents if held else [])],
                                         chapter=parts[spec.id].title)
                contents.setdefault(f.rel, content)
        if parts:
            _evidence_chapters(f, content, specs, docs)


def _signature_only(doc: Document) -> bool:
    """True when a material's only files are its signature-and-seal pages (登记表签章页.pdf): its content is elsewhere,
    a chapter of a compilation may be it."""
    return not doc.chapter and bool(doc.files) and all(
        any(w in f.stem for w in words("documents", "signature_pages")) for f in doc.files)


def _evidence_chapters(f: PackageFile, content: Content, specs: tuple[DocumentSpec, ...],
                       docs: dict[str, Document]) -> None:
    """Chapters of a compilation titled as safety evidence (第五章 应急处置预案) join the evidence material."""
    spec = next((s for s in specs if s.id == EVIDENCE), None)
    if spec is None:
        return
    for part in evidence_chapters(content, words("documents", "evidence_names")):
        doc = docs.setdefault(EVIDENCE, Document(spec=spec))
        doc.contents.append(part.content)
        if f not in doc.files:
            doc.files.append(f)


def _keep_latest(doc: Document) -> None:
    """Leave out the superseded versions of a material (:mod:`beian.prereview.versions`); the evidence folder holds
    many files, so there only files of one name are compared."""
    found = sort_versions(doc.files, single=doc.spec.id != EVIDENCE)
    if found.superseded or found.undecided:
        doc.versions = found
        doc.files = found.kept


def _loose_algo_specs(specs: tuple[DocumentSpec, ...]) -> tuple[DocumentSpec, ...]:
    """The algorithm filing's materials with the shorter names that route alone reads as them (``承诺书``: vocabulary
    ``documents.algo_loose``)."""
    loose = section("documents", "algo_loose")
    return tuple(s.model_copy(update={"patterns": (*s.patterns, *loose.get(s.id, ()))}) for s in specs)


def build_package(raw: RawPackage, profile: Profile, route: str | None) -> Package:
    """Recognise documents and read their content."""
    config = read_config(raw)
    route = route or detect_route(raw, config, profile)
    if route not in profile.documents:
        raise ConfigError(f"未知的备案路线：{route}", f"可选：{'、'.join(profile.documents)}。")
    algo = {} if route == ALGO_ROUTE else recognise(raw.files, profile.documents.get(ALGO_ROUTE, ()), {})
    algo_files = {f.rel for d in algo.values() for f in d.files}
    specs = _loose_algo_specs(profile.documents[route]) if route == ALGO_ROUTE else profile.documents[route]
    docs = recognise([f for f in raw.files if f.rel not in algo_files], specs, config)
    for doc in (*docs.values(), *algo.values()):
        _keep_latest(doc)
    contents: dict[str, Content] = {}
    for doc in sorted([*docs.values(), *algo.values()], key=lambda d: d.spec.id == EVIDENCE):  # evidence read last
        for f in doc.files:
            if doc.spec.id == EVIDENCE and (f.ext not in EVIDENCE_TEXT or f.size > MAX_SNIFF_BYTES):
                continue  # screenshots, scans and workbooks of the evidence folder are not read as text
            if f.rel not in contents:  # an evidence PDF: its text layer only (no tables, no OCR, no scan finding)
                contents[f.rel] = (extract_text_layer if doc.spec.id == EVIDENCE and f.ext == "pdf" else extract)(f)
            doc.contents.append(contents[f.rel])
    for f in raw.files:
        if f.rel not in contents and f.ext in {"docm", "xlsm"}:
            contents[f.rel] = extract(f)
    _recognise_by_content(raw, profile.documents[route], docs, contents, profile.excel_layouts)
    _recognise_chapters(raw, profile.documents[route], docs, contents)
    _titled_twice(profile.documents[route], docs)
    return Package(raw=raw, profile=profile, route=route, documents=docs,
                   contents=list(contents.values()), config=config, algo_documents=algo)
