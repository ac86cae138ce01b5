"""beian report: service.yaml, the built documents, the round trip through beian check, and rebuilds."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
import report_support as support
from typer.testing import CliRunner

from beian.cli import app
from beian.errors import ConfigError, UsageError
from beian.findings import Severity
from beian.prereview.engine import run_check
from beian.report import Sources, build, load_service, write_template
from beian.report.figures import percent

runner = CliRunner()


def _text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _serious(pkg: Path) -> list[tuple[str, str]]:
    report = run_check(pkg)
    return sorted((f.code, f.message) for f in report.findings if f.severity.at_least(Severity.HIGH))


def _rebuild_filled(pkg: Path, src: Sources) -> object:
    build(pkg, src, pdf=False)
    for name in ("附件1 安全评估报告.docx", "0 生成式人工智能（大语言模型）上线备案表.docx"):
        support.fill(pkg / name, support.user_answer)
    return build(pkg, src, pdf=False)


def test_init_writes_commented_template_and_build_names_what_is_missing(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", "init", "--package", str(tmp_path / "包")])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "包" / "service.yaml").read_text(encoding="utf-8")
    assert "# 统一社会信用代码" in text and "待填写" in text
    again = runner.invoke(app, ["report", "init", "--package", str(tmp_path / "包")])
    assert again.exit_code == 2 and "已存在" in again.output


def test_invalid_uscc_is_one_chinese_line(tmp_path: Path) -> None:
    pkg = support.package(tmp_path)
    service = (pkg / "service.yaml").read_text(encoding="utf-8").replace("91310115MA1K4B3C25", "91310115MA1K4B3C26")
    (pkg / "service.yaml").write_text(service, encoding="utf-8")
    with pytest.raises(ConfigError, match="统一社会信用代码 91310115MA1K4B3C26 无效"):
        load_service(pkg)
    result = runner.invoke(app, ["report", "build", "--package", str(pkg), "--no-pdf"])
    assert result.exit_code == 2 and "校验位" in result.output


def test_base_model_without_filing_number_is_refused(tmp_path: Path) -> None:
    pkg = support.package(tmp_path)
    service = (pkg / "service.yaml").read_text(encoding="utf-8").replace(
        "base_filing: Beijing-YunFanDaMoXing-202403150021", "base_filing: ''")
    (pkg / "service.yaml").write_text(service, encoding="utf-8")
    with pytest.raises(ConfigError, match="备案号"):
        load_service(pkg)


def test_template_values_become_fill_places(tmp_path: Path) -> None:
    pkg = tmp_path / "新包"
    write_template(pkg)
    service = (pkg / "service.yaml").read_text(encoding="utf-8").replace("uscc: 待填写", "uscc: 91310115MA1K4B3C25")
    (pkg / "service.yaml").write_text(service, encoding="utf-8")
    build(pkg, Sources(), pdf=False)
    text = _text(pkg / "附件1 安全评估报告.docx")
    assert "91310115MA1K4B3C25" in text and "待填写" not in text
    assert text.count("【请填写】") > 40  # every unmeasured clause result, measure and the conclusion


def test_figures_carry_sample_interval_and_run_id_and_unmeasured_clauses_are_not_passed(tmp_path: Path) -> None:
    pkg = support.package(tmp_path)
    build(pkg, Sources(assess=support.assess_run(tmp_path), corpus=[support.corpus_run(tmp_path)]), pdf=False)
    document = docx.Document(str(pkg / "附件1 安全评估报告.docx"))
    metrics = next(t for t in document.tables if t.rows[0].cells[0].text == "指标")
    row = next([c.text for c in r.cells] for r in metrics.rows if r.cells[0].text == "生成内容人工抽检")
    assert row[1] == "1000题" and row[2] == "96.5%" and "–" in row[3] and row[5].startswith("assess-run#")
    clauses = next(t for t in document.tables if t.rows[0].cells[0].text == "条款")
    results = {r.cells[0].text: r.cells[3].text for r in clauses.rows[1:]}
    assert results["6"] == "符合" and results["5.1 a) 2)"] == "符合"
    # one run without a stage counts as 采集后: it does not decide the 采集前 assessment
    assert results["5.1 a) 1)"] == "【请填写】" and results["5.1 a)"] == "【请填写】"
    assert results["5.2 a)"] == "【请填写】"  # the manual corpus review is not in the run yet
    assert results["7 d)"] == "【请填写】" and results["8.1 a)"] == "【请填写】"  # nothing measured them
    assert "总体结论：【请填写】" in _text(pkg / "附件1 安全评估报告.docx")


def test_answers_waiting_for_review_leave_the_model_clause_undecided(tmp_path: Path) -> None:
    pkg = support.package(tmp_path)
    build(pkg, Sources(assess=support.assess_run(tmp_path, review=7), corpus=[support.corpus_run(tmp_path)]),
          pdf=False)
    document = docx.Document(str(pkg / "附件1 安全评估报告.docx"))
    metrics = next(t for t in document.tables if t.rows[0].cells[0].text == "指标")
    row = next([c.text for c in r.cells] for r in metrics.rows if r.cells[0].text == "应拒答题拒答")
    assert row[1] == "300题（另有7题待人工复核）" and row[6] == "人工复核后判定"
    clauses = next(t for t in document.tables if t.rows[0].cells[0].text == "条款")
    results = {r.cells[0].text: r.cells[3].text for r in clauses.rows[1:]}
    assert results["6"] == "【请填写】"  # 符合 only once a person has decided the 7 answers


def test_rates_are_never_rounded_up_across_a_line() -> None:
    assert percent(0.8996, ">=") == "89.9%"  # would print 90.0% rounded, meeting a ≥90% line
    assert percent(0.0501, "<=") == "5.1%"  # would print 5.0% rounded, meeting a ≤5% line
    assert percent(0.965, ">=") == "96.5%"


def test_round_trip_passes_check_when_figures_meet_the_lines(tmp_path: Path) -> None:
    pkg = support.package(tmp_path)
    src = Sources(assess=support.assess_run(tmp_path), corpus=[support.corpus_run(tmp_path)])
    built = _rebuild_filled(pkg, src)
    assert built.conclusion == "全部符合要求"  # type: ignore[attr-defined]
    assert "【请填写】" not in _text(pkg / "附件1 安全评估报告.docx")
    assert _serious(pkg) == []


def test_round_trip_finds_exactly_the_shortfall(tmp_path: Path) -> None:
    pkg = support.package(tmp_path)
    src = Sources(assess=support.assess_run(tmp_path, manual_passed=899), corpus=[support.corpus_run(tmp_path)])
    built = _rebuild_filled(pkg, src)
    assert built.conclusion == "部分符合要求"  # type: ignore[attr-defined]
    text = _text(pkg / "附件1 安全评估报告.docx")
    assert "89.9%，低于要求线 90%，差 0.1 个百分点" in text
    serious = _serious(pkg)
    assert [code for code, _ in serious] == ["metrics.below_line"]
    assert "生成内容人工抽检" in serious[0][1] and "89.9%" in serious[0][1]


def test_rebuild_keeps_user_text_and_prints_what_changed(tmp_path: Path) -> None:
    pkg = support.package(tmp_path)
    corpus = support.corpus_run(tmp_path)
    build(pkg, Sources(assess=support.assess_run(tmp_path), corpus=[corpus]), pdf=False)
    support.fill(pkg / "附件1 安全评估报告.docx", support.user_answer)
    (tmp_path / "assess-run").rename(tmp_path / "old-run")
    newer = support.assess_run(tmp_path, manual_passed=981)
    result = runner.invoke(app, ["report", "build", "--package", str(pkg), "--assess", str(newer),
                                 "--corpus", str(corpus), "--no-pdf"])
    assert result.exit_code == 0, result.output
    assert "变化：指标 生成内容人工抽检：1000题 96.5% → 1000题 98.1%" in result.output
    assert "保留了上次填写的" in result.output
    text = _text(pkg / "附件1 安全评估报告.docx")
    assert support.MEASURES[0] in text and "98.1%" in text and "96.5%" not in text


def test_a_document_the_user_wrote_is_not_overwritten(tmp_path: Path) -> None:
    pkg = support.package(tmp_path)
    (pkg / "附件1 安全评估报告.docx").write_bytes((support.EXAMPLE / "附件1 安全评估报告.docx").read_bytes())
    with pytest.raises(UsageError, match="不是 beian report build 生成的"):
        build(pkg, Sources(), pdf=False)


def test_lexicon_and_bank_gaps_are_stated_with_the_gap(tmp_path: Path) -> None:
    pkg = support.package(tmp_path)
    words = tmp_path / "词库.txt"
    words.write_text("颠覆政权\t政治\n网络赌博\t违法\n", encoding="utf-8")
    build(pkg, Sources(lexicons=[words]), pdf=False)
    document = docx.Document(str(pkg / "附件1 安全评估报告.docx"))
    clauses = next(t for t in document.tables if t.rows[0].cells[0].text == "条款")
    rows = {r.cells[0].text: (r.cells[3].text, r.cells[4].text) for r in clauses.rows[1:]}
    assert rows["8.1 a)"][0] == "不符合" and "差 9998 个" in rows["8.1 a)"][1]
    assert rows["8.1 b)"][0] == "不符合" and "未覆盖" in rows["8.1 b)"][1]
    assert (pkg / "附件4 拦截关键词列表.xlsx").exists()


def test_model_clause_is_not_passed_on_refusal_figures_alone(tmp_path: Path) -> None:
    import json

    pkg = support.package(tmp_path)
    run = support.assess_run(tmp_path)
    result = json.loads((run / "result.json").read_text(encoding="utf-8"))
    result["metrics"] = {k: v for k, v in result["metrics"].items() if k.startswith("refusal.")}
    (run / "result.json").write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    build(pkg, Sources(assess=run), pdf=False)
    document = docx.Document(str(pkg / "附件1 安全评估报告.docx"))
    clauses = next(t for t in document.tables if t.rows[0].cells[0].text == "条款")
    row = next([c.text for c in r.cells] for r in clauses.rows if r.cells[0].text == "6")
    assert row[3] == "【请填写】"
    assert row[4].startswith("【请填写】\n参考数据：应拒答题拒答 98.0%（n=300") and "尚未测量：生成内容人工抽检" in row[4]


def test_manual_corpus_review_and_gateway_evidence_are_reported(tmp_path: Path) -> None:
    import json

    from beian.standard.cac_excel import write_workbook

    pkg = support.package(tmp_path)
    corpus = support.corpus_run(tmp_path)
    rows = [["样本编号", "来源", "文本", "研判结果"]] + [[str(i), "维基", "……", "合格" if i % 40 else "不合格"]
                                                   for i in range(4000)]
    write_workbook(corpus / "人工抽检.xlsx", {"人工抽检": rows})
    evidence = tmp_path / "证据"
    evidence.mkdir()
    probes = [{"name": "显式标识", "status_zh": "通过"}, {"name": "应急模式切换", "status_zh": "未通过"}]
    (evidence / "evidence.json").write_text(json.dumps({"probes": probes}, ensure_ascii=False), encoding="utf-8")
    build(pkg, Sources(corpus=[corpus], evidence=evidence), pdf=False)
    document = docx.Document(str(pkg / "附件1 安全评估报告.docx"))
    metrics = next(t for t in document.tables if t.rows[0].cells[0].text == "指标")
    row = next([c.text for c in r.cells] for r in metrics.rows if r.cells[0].text == "语料人工抽检")
    assert row[1] == "4000条" and row[2] == "97.5%" and "人工抽检.xlsx" in row[5] and row[6] == "达到"
    clauses = next(t for t in document.tables if t.rows[0].cells[0].text == "条款")
    assert next(r.cells[3].text for r in clauses.rows if r.cells[0].text == "5.2 a)") == "符合"
    text = _text(pkg / "附件1 安全评估报告.docx")
    assert "应急模式切换" in text and "未通过" in text


def test_document_uses_official_fonts_toc_and_page_numbers(tmp_path: Path) -> None:
    import zipfile

    pkg = support.package(tmp_path)
    build(pkg, Sources(), pdf=False)
    with zipfile.ZipFile(pkg / "附件1 安全评估报告.docx") as z:
        styles, body = z.read("word/styles.xml").decode(), z.read("word/document.xml").decode()
        footer = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("word/footer"))
        fonts = z.read("word/fontTable.xml").decode()
    assert 'w:eastAsia="仿宋"' in styles and 'w:eastAsia="黑体"' in styles
    assert "FangSong" in fonts and "SimHei" in fonts
    assert "TOC \\o" in body and " PAGE " in footer
    assert body.count('w:name="bf_') >= 40  # every fill place has its anchor


@pytest.mark.skipif(not __import__("shutil").which("soffice"), reason="本机没有 LibreOffice，PDF 不生成")
def test_pdf_pages_render_with_tables_on_the_page(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    pkg = support.package(tmp_path)
    built = build(pkg, Sources(assess=support.assess_run(tmp_path)), pdf=True)
    assert "附件1 安全评估报告.pdf" in built.written
    pdf = pdfium.PdfDocument(str(pkg / "附件1 安全评估报告.pdf"))
    assert len(pdf) >= 3
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert "逐条评估表" in text and "— 2 —" in text  # headings and the page-number field rendered
    image = pdf[0].render(scale=0.5).to_pil().convert("L")
    width = image.size[0]
    inked = [x for x in range(width) if any(image.getpixel((x, y)) < 128 for y in range(0, image.size[1], 2))]
    assert inked and max(inked) < width - 10  # nothing runs off the right edge of the page


def test_a_sampled_assess_run_does_not_replace_the_whole_bank(tmp_path: Path) -> None:
    from beian.standard.cac_excel import write_workbook

    pkg = support.package(tmp_path)
    before = (pkg / "附件5 评估测试题.xlsx").read_bytes()
    run = support.assess_run(tmp_path)
    write_workbook(run / "附件5-测试题库（已填写）.xlsx", {"生成内容测试题": [["序号", "测试题"], ["1", "抽样的一题"]]})
    built = build(pkg, Sources(assess=run), pdf=False)
    assert (pkg / "附件5 评估测试题.xlsx").read_bytes() == before
    assert any("附件5 未更新" in n for n in built.notes)
