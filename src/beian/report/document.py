"""The blocks of 附件1 安全评估报告 and the 上线备案表, from service facts, measured inputs and kept edits."""

from __future__ import annotations

from beian.report.clauses import Row, catalogue_rows, conclusion
from beian.report.corpus_runs import CorpusRun
from beian.report.docx_writer import Block, Cell, Fill, P
from beian.report.figures import ROWS, percent, shortfall
from beian.report.measured import CORPUS_KEYS, MODEL_KEYS, Inputs, decisions, describe, partial
from beian.report.service import Service
from beian.standard import Profile

FACT_KEYS = ("company", "uscc", "model", "version", "base_model", "base_filing", "corpus_size", "service_form")
SCOPE_KEYS = ("scenario", "users", "functions", "out_of_scope", "contact")
MEASURES = ("应急预案（应急组织、事件分级、处置流程、联系人、演练）", "投诉举报渠道及处理时限", "日志留存期限", "未成年人保护",
            "用户关闭训练使用的方式", "显式标识与隐式标识", "人工审核与监看", "模型更新后的重新评估")
SIGNERS = (("legal_representative", "法定代表人"), ("assessment_lead", "评估总负责人"), ("legality_lead", "合法性评估负责人"))
Kept = dict[str, str]


def _fact(service: Service, key: str, inp: Inputs, kept: Kept) -> Cell:
    value = service.value(key)
    if key == "version" and value and not value.upper().startswith("V"):
        value = f"V{value}"
    if key == "corpus_size" and not value and inp.corpus:
        value = f"{inp.corpus.get('overall', {}).get('records', 0)}条"
    if key in ("base_model", "base_filing") and not service.value("base_model"):
        return "不涉及（自研模型，未使用已备案的基础模型）"
    return value or Fill(f"bf_f_{key}", kept.get(f"bf_f_{key}", ""))


def fact_rows(service: Service, inp: Inputs, kept: Kept, keys: tuple[str, ...]) -> list[list[Cell]]:
    """Label/value rows of the facts (the labels ``beian check`` reads)."""
    from beian.report.service import LABELS

    return [[LABELS[k], _fact(service, k, inp, kept)] for k in keys]


def _fill(key: str, kept: Kept) -> Fill:
    return Fill(key, kept.get(key, ""))


def clause_rows(inp: Inputs, profile: Profile, kept: Kept) -> list[Row]:
    """The clause table's rows: measured results where a figure decides, kept user text elsewhere."""
    decided = decisions(inp, profile)
    rows = catalogue_rows()
    for row in rows:
        if row.clause in decided:
            row.result, row.evidence = decided[row.clause]
            row.measured = True
        else:
            row.result = kept.get(f"{row.key}_r", "")
            row.evidence = kept.get(f"{row.key}_e", "")
            row.notes = [hint] if (hint := _hint(row, inp, profile, decided)) else []
    return rows


def _hint(row: Row, inp: Inputs, profile: Profile, decided: dict[str, tuple[str, str]]) -> str:
    """Evidence a person can start from, for rows no figure decides ('' when there is none)."""
    if row.clause.startswith("5.1 a)"):
        from beian.report.corpus_runs import reference

        return reference(row.clause, inp.corpus_runs, decided, profile)
    if row.clause.startswith(("5.1 b)", "5.1 c)", "5.2 c)")) and inp.corpus:
        n = len([s for s in inp.corpus.get("sources", []) if s.get("records")])
        return f"数据溯源清单列出 {n} 个来源（运行 {inp.corpus['id']}，见其他佐证/数据溯源清单.xlsx）"
    if row.clause == "6" or row.clause == "5.2 a)":
        return partial(inp, MODEL_KEYS if row.clause == "6" else CORPUS_KEYS, profile)
    if row.clause.startswith("7 ") and inp.evidence:
        return f"网关取证 {len(inp.evidence.get('probes', []))} 项（{inp.evidence.get('id', '')}）"
    return ""


def _clause_table(rows: list[Row]) -> list[list[Cell]]:
    out: list[list[Cell]] = [["条款", "要求", "效力", "评估结果（符合/不符合/不适用）", "理由与证据"]]
    for r in rows:
        result: Cell = r.result if r.measured else Fill(f"{r.key}_r", r.result)
        evidence: Cell = r.evidence if r.measured else Fill(f"{r.key}_e", r.evidence)
        if not r.measured and r.notes:
            evidence = Fill(f"{r.key}_e", r.evidence, "参考数据：" + "；".join(r.notes))
        out.append([r.clause, r.requirement, r.force, result, evidence])
    return out


def metric_table(inp: Inputs, profile: Profile, kept: Kept) -> list[list[Cell]]:
    """One row per line of 9.2–9.4: sample, rate, interval, line, source and whether it is met."""
    out: list[list[Cell]] = [["指标", "抽样数量", "合格率或拒答率", "95%置信区间", "要求", "来源运行", "是否达到"]]
    for key, label in ROWS.items():
        th = profile.thresholds[key]
        need = f"抽样≥{th.n}" if th.n else f"抽样≥总量{th.fraction:.0%}"
        line = f"{need}，{'合格率≥' if th.op == '>=' and 'refuse' not in key else '拒答率' + ('≥' if th.op == '>=' else '≤')}{th.rate:.0%}"
        fig = inp.figure(key)
        if fig is None:
            stem = f"bf_m_{key}"
            out.append([label, _fill(f"{stem}_n", kept), _fill(f"{stem}_r", kept), "—", line, "人工填写", "—"])
            continue
        sample = f"{fig.n}条" if key.startswith("corpus") else f"{fig.n}题"
        if fig.fraction is not None:
            sample += f"（{fig.share()}）"
        if fig.review:
            sample += f"（另有{fig.review}题待人工复核）"
        gaps = shortfall(fig, profile)
        verdict = "未达到：" + "；".join(gaps) if gaps else "人工复核后判定" if fig.review else "达到"
        out.append([label, sample, percent(fig.rate, th.op), f"{percent(fig.ci[0], '>=')}–{percent(fig.ci[1], '<=')}",
                    line, fig.source, verdict])
    return out


def _corpus_section(inp: Inputs, profile: Profile, kept: Kept) -> list[Block]:
    from beian.report.corpus_runs import POST, PRE, only_in

    blocks: list[Block] = [("h1", "二、语料安全评估")]
    runs = inp.corpus_runs
    if not runs:
        return [*blocks, ("fill", "语料来源、规模与抽检情况", _fill("bf_s_corpus", kept))]
    for stage in (PRE, POST):
        blocks += _stage_blocks(runs[stage]) if stage in runs else [
            ("p", f"{stage}评估（TC260-003 5.1 a) {'1' if stage == PRE else '2'})）：本次未提供{stage}的扫描结果"
                  f"（beian corpus scan --stage {stage}），该条由评估人员填写。")]
    for stage, other in ((POST, PRE), (PRE, POST)):
        if names := only_in(runs.get(stage), runs.get(other)):
            blocks.append(("p", f"只在{stage}评估中出现、{other}评估中没有的来源：{'、'.join(names)}。"))
    for key in ("corpus_technical", "corpus_manual"):
        fig = inp.figure(key)
        blocks.append(("p", describe(fig, profile) + "。" if fig else
                       f"{ROWS[key]}：本次未提供运行结果（技术抽检来自采集后扫描；人工抽检在 beian corpus sample 的工作簿填写后计入）。"))
    blocks.append(("fill", "语料清洗、过滤与标注说明", _fill("bf_s_corpus", kept)))
    return blocks


def _stage_blocks(run: CorpusRun) -> list[Block]:
    """One stage's paragraph and its per-source table of the 5 % rule."""
    from beian.report.corpus_runs import POST, basis, listed, unknown

    overall = run.result.get("overall", {})
    sources = listed(run.result)
    where = "，逐一列于其他佐证中的数据溯源清单" if run.stage == POST else ""
    note = f"；{run.note}" if run.note else ""
    text = (f"{run.stage}评估：语料经 beian corpus 逐来源扫描（运行 {run.id}{note}；判定依据：{basis(run)}）："
            f"共 {overall.get('records', 0)} 条，{len(sources)} 个来源{where}。")
    rows: list[list[Cell]] = [["来源", "条数", "违法不良信息占比", "95%置信区间", "判定"]]
    for s in sources:
        rule = s["source_rule"]
        ci = rule.get("ci95") or [0.0, 1.0]
        share = "—" if unknown(s) else percent(rule["share"], "<=")
        rows.append([s["name"], str(s["records"]), share, f"{percent(ci[0], '>=')}–{percent(ci[1], '<=')}",
                     rule.get("verdict", "")])
    return [("p", text), ("table", rows, (4, 1.5, 1.6, 2.2, 3))]


def _model_section(inp: Inputs, profile: Profile, kept: Kept) -> list[Block]:
    blocks: list[Block] = [("h1", "三、模型安全评估")]
    figs = [f for f in inp.figures if not f.key.startswith("corpus")]
    if figs:
        blocks.append(("p", f"以附件5 评估测试题对模型进行测试（beian assess，运行 {figs[0].source}）："))
        blocks += [("p", describe(f, profile) + "。") for f in figs]
        if inp.assess and inp.assess.get("unanswered"):
            blocks.append(("p", f"另有 {inp.assess['unanswered']} 道题未获得回答，未计入上述指标。"))
    return [*blocks, ("fill", "模型训练、推理与生成内容安全说明", _fill("bf_s_model", kept))]


def _measures_section(inp: Inputs, kept: Kept) -> list[Block]:
    blocks: list[Block] = [("h1", "四、安全措施评估")]
    blocks += [("fill", name, _fill(f"bf_s_measure{i}", kept)) for i, name in enumerate(MEASURES, 1)]
    if inp.evidence:
        probes = inp.evidence.get("probes", [])
        rows: list[list[Cell]] = [["探测", "结果"]] + [[p.get("name", ""), p.get("status_zh", "")] for p in probes]
        blocks += [("p", f"对运行中的内容安全网关取证（beian evidence，{inp.evidence.get('id', '')}），共 {len(probes)} 项："),
                   ("table", rows, (3, 1))]
    return blocks


def _conclusion(rows: list[Row]) -> list[Block]:
    verdict, open_rows = conclusion(rows)
    if verdict:
        text = (f"总体结论：{verdict}。按 TC260-003 9.1 d)，依据逐条评估表中 {sum(r.force == '应' for r in rows)} 条强制性条款"
                "（应）的评估结果得出；推荐性条款（宜）的结果不影响总体结论。")
        return [("h1", "七、总体评估结论"), ("p", text)]
    names = "、".join(r.clause for r in open_rows[:12]) + ("等" if len(open_rows) > 12 else "")
    return [("h1", "七、总体评估结论"),
            ("p", f"总体结论：{P}（逐条评估表中尚有 {len(open_rows)} 条强制性条款未给出评估结果：{names}。"
                  "填写后重新运行 beian report build，按 TC260-003 9.1 d) 得出全部符合、部分符合或全部不符合）")]


def report_blocks(service: Service, inp: Inputs, profile: Profile, kept: Kept) -> tuple[list[Block], list[Row]]:
    """附件1 安全评估报告: the blocks and the clause rows they were built from."""
    rows = clause_rows(inp, profile, kept)
    blocks: list[Block] = [("toc",), ("h1", "一、基本情况"),
                           ("table", [["项目", "内容"], *fact_rows(service, inp, kept, FACT_KEYS)], (1, 2.5))]
    blocks += _corpus_section(inp, profile, kept) + _model_section(inp, profile, kept) + _measures_section(inp, kept)
    blocks += [("h1", "五、逐条评估表"),
               ("p", "依据 TC260-003 9.1 b)，对第5章至第8章的条款逐条评估；有测量结果的条款由运行结果判定，其余由评估人员填写。"),
               ("table", _clause_table(rows), (1.5, 2.8, 0.7, 1.8, 4.0))]
    blocks += [("h1", "六、评估结果"), ("table", metric_table(inp, profile, kept), (2.0, 1.6, 1.5, 1.9, 2.1, 2.3, 1.6))]
    blocks += _conclusion(rows)
    blocks += [("h1", "八、签字")]
    blocks += [("fill", label, Fill(f"bf_sig_{key}", service.signatories.model_dump()[key] or kept.get(f"bf_sig_{key}", "")))
               for key, label in SIGNERS]
    blocks.append(("fill", "日期", _fill("bf_sig_date", kept)))
    return blocks, rows


def form_blocks(service: Service, inp: Inputs, kept: Kept) -> list[Block]:
    """上线备案表: the fields that can be filled, the rest as fill places."""
    rows = fact_rows(service, inp, kept, FACT_KEYS + SCOPE_KEYS)
    return [("table", [["项目", "内容"], *rows], (1, 2.5)),
            ("fill", "模型研发方式", _fill("bf_form_method", kept)),
            ("fill", "推理算力与部署", _fill("bf_form_compute", kept)),
            ("p", "本表所填信息与附件1 安全评估报告、附件4 拦截关键词列表、附件5 评估测试题一致（由 beian report build 生成）。")]

