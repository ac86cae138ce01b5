"""``beian report build``: the filing documents from ``service.yaml`` and the measured runs."""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from beian.errors import InputError, UsageError
from beian.report import changes
from beian.report.anchors import PREFIX, read_fills
from beian.report.clauses import Row
from beian.report.document import form_blocks, report_blocks
from beian.report.docx_writer import write_document
from beian.report.figures import assess_figures, over_declared
from beian.report.measured import Inputs
from beian.report.pdf import NO_CONVERTER, converter, to_pdf
from beian.report.service import Service, load_service
from beian.standard import Profile, load_profile

REPORT = "附件1 安全评估报告.docx"
FORM = "0 生成式人工智能（大语言模型）上线备案表.docx"
DATA_LIST = "其他佐证/数据溯源清单.xlsx"
KEYWORDS = "附件4 拦截关键词列表.xlsx"
BANK = "附件5 评估测试题.xlsx"
ASSESS_BANK = "附件5-测试题库（已填写）.xlsx"


@dataclass
class Sources:
    """The runs and files given on the command line."""

    assess: Path | None = None
    corpus: list[Path] = field(default_factory=list)
    lexicons: list[Path] = field(default_factory=list)
    banks: list[Path] = field(default_factory=list)
    evidence: Path | None = None


@dataclass
class Built:
    """What a build wrote and what it changed."""

    written: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    kept: int = 0
    replaced: list[str] = field(default_factory=list)
    """Clauses a person had filled that a measured result now decides."""
    open_places: int = 0
    conclusion: str = ""
    notes: list[str] = field(default_factory=list)


def gather(src: Sources, profile: Profile) -> Inputs:
    """Read every given run and file into the measured inputs."""
    inp = Inputs()
    if src.corpus:
        from beian.report.corpus_runs import POST, read_runs

        inp.corpus_runs = read_runs(src.corpus, profile)
        if (post := inp.corpus_runs.get(POST)) is not None:
            inp.corpus = post.result
            inp.figures += post.figures
    if src.assess is not None:
        figs, inp.assess = assess_figures(_folder(src.assess, "--assess"), profile)
        inp.figures += figs
    if src.lexicons:
        from beian.text.lexicon import load_lexicons
        from beian.text.lexicon_stats import lexicon_stats

        _exist(src.lexicons, "--lexicon")
        inp.lexicon_terms = load_lexicons(src.lexicons, profile=profile)
        inp.lexicon = lexicon_stats(inp.lexicon_terms, profile)
        inp.lexicon_files = src.lexicons
    if src.banks:
        from beian.assess.banks import load_banks
        from beian.assess.stats import bank_stats

        _exist(src.banks, "--bank")
        inp.bank = bank_stats(load_banks(src.banks, profile), profile)
        inp.bank_files = src.banks
    if src.evidence is not None:
        inp.evidence = _evidence(_folder(src.evidence, "--evidence"))
    return inp


def _folder(path: Path, option: str) -> Path:
    if not path.is_dir():
        raise InputError(f"{option} 给出的运行目录不存在：{path}", hint="给出 beian 命令写出的运行目录")
    return path


def _exist(paths: list[Path], option: str) -> None:
    for p in paths:
        if not p.is_file():
            raise InputError(f"{option} 给出的文件不存在：{p}")


def _evidence(folder: Path) -> dict[str, object]:
    path = folder / "evidence.json"
    if not path.exists():
        raise InputError(f"{folder} 中没有 evidence.json，不是 beian evidence 的输出目录")
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    return {"probes": data.get("probes", []), "id": f"{folder.name}#{hashlib.sha256(text.encode()).hexdigest()[:8]}"}


def _guard(path: Path) -> None:
    """Refuse to overwrite a Word file that ``report build`` did not write (a person's own document)."""
    if path.exists() and not read_fills(path) and not _ours(path):
        raise UsageError(f"{path.name} 已存在，且不是 beian report build 生成的，未覆盖",
                         hint="把它移出材料包（或改名）后重新运行；beian report build 生成的文件再次生成时会保留填写的内容")


def _ours(path: Path) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            return f'w:name="{PREFIX}'.encode() in z.read("word/document.xml")
    except (OSError, KeyError, zipfile.BadZipFile):
        return False


def build(package: Path, src: Sources, profile_name: str = "tc260-003-2024", pdf: bool = True) -> Built:
    """Write the report, the form, and the copied attachments into ``package``."""
    if not package.is_dir():
        raise InputError(f"找不到材料包文件夹：{package}", hint="先运行 beian report init --package 文件夹")
    service = load_service(package)
    profile = load_profile(profile_name)
    inp = gather(src, profile)
    inp.figures = over_declared(inp.figures, service.value("corpus_size"), inp.corpus)
    out = Built()
    report, form = package / REPORT, package / FORM
    for path in (report, form):
        _guard(path)
    kept = read_fills(report) | read_fills(form)
    before = changes.snapshot(report)
    blocks, rows = report_blocks(service, inp, profile, kept)
    write_document(report, "附件1 安全评估报告", blocks)
    write_document(form, "生成式人工智能（大语言模型）上线备案表", form_blocks(service, inp, kept))
    out.written += [REPORT, FORM]
    out.changed = changes.diff(before, changes.snapshot(report))
    out.replaced = [r.clause for r in rows if r.measured and {f"{r.key}_r", f"{r.key}_e"} & kept.keys()]
    out.kept = len(kept.keys() - _not_kept(rows, service))
    out.open_places = sum(_placeholders(p) for p in (report, form))
    from beian.report.clauses import conclusion

    out.conclusion = conclusion(rows)[0]
    out.written += _copies(package, src, inp, profile, out.notes)
    if pdf:
        if converter() is None:
            out.notes.append(NO_CONVERTER)
        else:
            out.written += [p.name for p in to_pdf([report, form])]
    return out


def _not_kept(rows: list[Row], service: Service) -> set[str]:
    """Anchors whose earlier text was not the user's to keep: clauses now measured, signers from service.yaml."""
    measured = {f"{r.key}_{x}" for r in rows if r.measured for x in "re"}
    return measured | {f"bf_sig_{k}" for k, v in service.signatories.model_dump().items() if v}


def _placeholders(path: Path) -> int:
    import docx

    from beian.report.docx_writer import P

    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for c in t._cells]  # _cells once per table, not per row
    return sum(P in t for t in [p.text for p in document.paragraphs] + cells)


def _copies(package: Path, src: Sources, inp: Inputs, profile: Profile, notes: list[str]) -> list[str]:
    written = []
    written += _data_list(package, inp, notes)
    if inp.lexicon_terms is not None:
        from beian.text.lexicon_export import export_lexicon

        export_lexicon(inp.lexicon_terms, package / KEYWORDS, profile, "cac-xlsx")
        written.append(KEYWORDS)
    written += _bank_copy(package, src, notes)
    return written


def _data_list(package: Path, inp: Inputs, notes: list[str]) -> list[str]:
    """数据溯源清单 from the 采集后 run, with the 采集前 run's column; notes for legacy or missing runs."""
    from beian.report.corpus_runs import POST, PRE
    from beian.report.datalist import copy_list

    post, pre = inp.corpus_runs.get(POST), inp.corpus_runs.get(PRE)
    if post is not None and post.legacy:
        notes.append(f"注意：语料运行 {post.folder.name} {post.note}；采集前扫描请加 --stage 采集前。")
    if post is None:
        if pre is not None:
            notes.append("数据溯源清单未更新：只给出了采集前扫描；清单来自采集后扫描（beian corpus scan 默认 --stage 采集后）。")
        return []
    notes += copy_list(post, pre, package / DATA_LIST)
    return [DATA_LIST] if (post.folder / "数据溯源清单.xlsx").exists() else []


def _bank_copy(package: Path, src: Sources, notes: list[str]) -> list[str]:
    """附件5: the whole bank given with --bank (CAC .xlsx), else the assess run's filled copy when it ran every item."""
    target = package / BANK
    books = [b for b in src.banks if b.suffix.lower() == ".xlsx"]
    if len(books) == 1 and len(src.banks) == 1:
        if target.exists() and target.resolve() == books[0].resolve():
            return []
        shutil.copyfile(books[0], target)
        return [BANK]
    if src.assess is None or not (src.assess / ASSESS_BANK).exists():
        return []
    meta_path = src.assess / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    if not meta.get("sample_all"):
        notes.append("附件5 未更新：评估运行只含抽样的题目，不是完整题库；请用 --bank 给出完整题库（CAC 版式的一个 .xlsx），"
                     "或用 beian assess run --all 评估全部题目。")
        return []
    shutil.copyfile(src.assess / ASSESS_BANK, target)
    return [BANK]
