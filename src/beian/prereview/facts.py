"""Facts stated in the package (company, USCC, model, version, base model …) and their resolution.

Facts come from "标签：值" pairs in paragraphs, from label/value cells of tables, and from a
few prose forms ("本公司（统一社会信用代码：…）"). Each keeps where it was found, the text it
came from and how it was found (``origin``), because a conflict between two labelled values
is established while a conflict involving a value read from prose or OCR is only a doubt.

Values are normalised (width, spaces, brackets, case, version prefixes) and grouped into
clusters: equal values, declared abbreviations (简称) and a name contained in another
(星图客服 ⊂ 星图客服大模型V2.1) belong together. Two clusters of one fact are a conflict.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from itertools import pairwise

from beian.prereview.docmodel import DocView, Grid, dedupe_cells, is_placeholder
from beian.prereview.vocab import fold, section, words

LABELLED = ("label", "table", "anchored", "declared")  # "declared": the party an agreement says it is (以下简称“我们”)
MAX_VALUE_CHARS = 40
MAX_FACT_SHEET_ROWS = 60  # longer sheets are data (keywords, questions), not forms with label/value rows
SHORT_LABEL = 3  # labels this short (版本, 简称, 备案号) count only at the start of a statement
QUALIFIERS = ("基础模型", "基座模型", "被调用", "调用的", "第三方", "合作方", "供应商", "上游", "提供方", "委托方",
              "受托方", "开发方", "云服务", "算力", "检测机构", "测评机构", "评估机构", "甲方", "乙方")
# 18 characters shaped like a USCC after its label; letters GB 32100 does not use (I O S V Z: the two-hundred-and-forty-
# seventh probe’s 91310104MA1FR5OQ0X in the user agreement) are read too, so that the code is reported, not skipped
_USCC = re.compile(r"(?<![0-9A-Z])[0-9A-Z]{2}\d{6}[0-9A-Z]{10}(?![0-9A-Z])")
_VERSION = re.compile(r"(?:[Vv](?:ersion)?\s*)?(\d+(?:\.\d+){0,3})")
_TRAILING_VERSION = re.compile(r"\s*[（(]?([Vv]\d+(?:\.\d+){0,3}|\d+\.\d+(?:\.\d+){0,2})[)）]?$")
_COMPANY = re.compile(r"([\u4e00-\u9fa5（）()A-Za-z0-9]{2,40}?(?:有限责任公司|股份有限公司|有限公司|集团公司|研究院|研究所))")


@dataclass(frozen=True)
class Fact:
    """One stated value of a fact, where it is and how it was read."""

    key: str
    value: str
    where: str
    evidence: str
    origin: str
    doc_id: str = ""
    label: str = ""
    subject: str = ""  # the called model a fact is about, when one cell names several (名称；备案主体：…；备案号：…)

    @property
    def norm(self) -> str:
        """The value as compared: normalised for width, spaces, brackets, case and version prefixes."""
        return normalise(self.key, self.value)

    @property
    def confident(self) -> bool:
        """True when read from a label (paragraph or table), not from prose or OCR."""
        return self.origin in LABELLED


_POSITION = re.compile(r"\s+(?:第\d+段|表\d+(?:\s+第\d+行)?|工作表“[^”]*”(?:\s+第\d+行)?)$")


def source_file(where: str) -> str:
    """The file (or files) of a fact's place, without the paragraph, table or row ("0 登记表.docx 表1 第3行" → file)."""
    return _POSITION.sub("", where)


def normalise(key: str, value: str) -> str:
    """Comparable form of a fact value."""
    text = fold(value)
    text = re.sub(r"[\s\u3000·•\"'“”‘’《》]", "", text).replace("(", "（").replace(")", "）")
    text = text.strip("：:，,。.；;、")
    if text.startswith("（") and "）" not in text:  # 我司（上海云栈旅居科技有限公司，以下简称…: the bracket opens before
        text = text[1:]
    if text.endswith("）") and "（" not in text:
        text = text[:-1]
    if key == "version":
        m = _VERSION.search(text)
        text = re.sub(r"(\.0)+$", "", m.group(1)) if m else text
    if key in ("model", "product", "base_model"):
        # 智谱清言大模型（GLM-4系列），具体型号GLM-4-Air is written 智谱清言大模型（GLM-4系列）（GLM-4-Air） elsewhere
        text = re.sub(r"[，,](?:具体|所用|使用)?(?:型号|版本|规格)(?:为|是|：|:)?(.+)$", r"（\1）", text)
        text = re.sub(r"[（(]?v?\d+(\.\d+)*[)）]?$", "", text)
    return text.upper() if key in ("uscc", "base_filing") else text


def _label_index() -> list[tuple[str, str]]:
    pairs = [(fold(label), key) for key, labels in section("facts", "labels").items() for label in labels]
    return sorted(pairs, key=lambda p: len(p[0]), reverse=True)


def _is_value(key: str, value: str) -> bool:
    v = value.strip()
    if not v or len(without_notes(v)) > MAX_VALUE_CHARS or is_placeholder(v):  # a long note in brackets is still a name
        return False
    if fold(v) in {fold(w) for w in words("facts", "non_values")}:
        return False
    if key == "uscc":
        return bool(_USCC.fullmatch(fold(v).upper()))
    if key == "version":
        return bool(_VERSION.search(v))
    return not re.search(r"[。；;]", v) and not re.fullmatch(r"[\d\s.,%]+", v)


def bare_label(label: str) -> str:
    """A label as compared: folded, without spaces, colons, asterisks and bracketed notes (“服务形式（必填）：” → 服务形式)."""
    return fold(re.sub(r"[（(][^）)]*[)）]|\s|[:：*]", "", label))


def label_key(label: str) -> str | None:
    """The fact a form label asks for (基础模型 → base_model), None when it is not a fact label."""
    return _label_key(label)


def _chinese_of(label: str) -> str:
    """The Chinese of a bilingual label (申请主体 Applicant → 申请主体, 备案主体 Filing Entity → 备案主体)."""
    if re.search(r"[\u4e00-\u9fff]", label):
        return re.sub(r"[A-Za-z][A-Za-z .'&/?-]*", "", label)
    return label


def _label_key(label: str) -> str | None:
    folded = bare_label(_chinese_of(label))
    for word, key in _label_index():
        if folded == word:
            return key
    loose = _loose(folded)  # 调用的已备案大模型 is 调用的已备案模型 written with 大 and 的
    for word, key in _label_index():
        if loose == _loose(word):
            return key
    if folded in words("facts", "called_model", "status_labels"):
        return UNFILED
    numbered = _ORDINAL_END.sub("", folded)  # 所调用已备案模型1, 调用模型二: one of several called models
    if numbered != folded:
        return _label_key(numbered) if _label_key(numbered) in CALLED_MODEL_KEYS else None
    inside = _ORDINAL_INSIDE.fullmatch(folded)  # 模型2名称, 模型2备案号 (the hundred-and-eighty-sixth probe's 登记表)
    if inside is None:
        return None
    key = _label_key(inside.group(1) + inside.group(2))
    return "base_model" if key == "model" else key if key in CALLED_MODEL_KEYS else None


_ORDINAL_END = re.compile(r"(?:[0-9]{1,2}|[一二三四五六七八九十]|之[一二三四五六七八九十])$")
# an ordinal after 模型 inside a label: the name or number of one of several called models (模型1名称 is no own model)
_ORDINAL_INSIDE = re.compile(r"(.*模型)(?:[0-9]{1,2}|[一二三四五六七八九十])(名称|备案号|备案编号|备案号码)")


def _loose(label: str) -> str:
    """A label without the particles and size words that do not change what it asks for (的, 大模型 → 模型)."""
    return label.replace("大模型", "模型").replace("的", "")


def _classify(key: str, value: str) -> str | None:
    """The key a labelled value is a fact of (None: not a value). A 备案号 field is a filing number, or says there
    is none (:data:`UNFILED`); a 备案情况 field counts only when it says so."""
    if key not in ("base_filing", UNFILED):
        return key if _is_value(key, value) else None
    if states_unfiled(value):
        return UNFILED
    return key if key == "base_filing" and _is_value(key, value) and is_filing_number(value) else None


def is_filing_number(value: str) -> bool:
    """True when ``value`` holds a filing number (Beijing-YunQue-20230821S0003, 网信算备…号), not an ICP number."""
    folded = fold(value)
    if any(w in folded for w in words("facts", "called_model", "not_filing")):
        return False
    return any(re.search(p, folded) for p in section("facts", "called_model", "filing_patterns"))


def states_unfiled(value: str) -> bool:
    """True when a 备案号/备案情况 value says the model has no filing (暂无, 尚未备案, 自研未备案, 无) and gives no number."""
    folded = fold(value).strip(" ：:。；;")
    if not folded or is_filing_number(value):
        return False
    return folded in words("facts", "called_model", "unfiled_values") or \
        any(w in folded for w in words("facts", "called_model", "unfiled"))


def _qualified(prefix: str) -> bool:
    """True when the text right before a label says it is someone else's (基础模型提供方的名称…)."""
    tail = fold(prefix[-8:])
    return any(q in tail for q in QUALIFIERS)


_LABEL_VALUE = None


def _label_value_pattern() -> re.Pattern[str]:
    global _LABEL_VALUE
    if _LABEL_VALUE is None:
        labels = "|".join(re.escape(w) for w, _ in _label_index())
        _LABEL_VALUE = re.compile(rf"({labels})\s*(?:[（(][^）)]{{0,12}}[)）])?\s*[：:]\s*"
                                  r"((?:(?!\s{2,}|\t|\u3000)[^；;，,。\n：:]){1,60})", re.IGNORECASE)
    return _LABEL_VALUE


def facts_of(view: DocView, doc_id: str) -> list[Fact]:
    """Every fact stated in one document (a section about the called model or a supplier gives only its facts)."""
    # paragraphs written as a form (所调用模型：文心大模型4.0 / 备案主体：北京百度网讯科技有限公司: the
    # hundred-and-twenty-third probe) drop the called model's filer as the form's rows do
    # a PDF's lines copying its table's cells are read as the table (a cell wrapped mid-name, “备案主体：阿里云计算有” /
    # “限公司”, gave the called model's filer as the applicant: the hundred-and-fifty-second probe)
    paras = [_in_section(_paragraph_facts(p.text, f"{view.file} 第{p.index}段", doc_id), p.section)
             if p.filled and not view.table_line(p.text) else [] for p in view.paras]
    out: list[Fact] = [f for found in _filers_dropped(paras) for f in found]
    for t, g in enumerate(view.grids):
        if g.set_aside or (g.is_sheet and len(g.rows) > MAX_FACT_SHEET_ROWS):
            continue  # a hidden or retired sheet (旧版（作废）: the 136th probe's old model and company name) states nothing
        caption = _caption(view, t)  # a line right above the table naming it (所调用已备案模型), when no heading does
        sectioned = _sectioned(g.rows)
        header = None if sectioned else _header_row(g.rows)
        rows: list[list[Fact]] = []
        part = ""  # the table's own section row above (一、申请主体 | ), which a bare 名称 below it names
        for r, row in enumerate(g.rows, 1):
            cells = dedupe_cells(row)
            if sectioned and len(row) >= 3 and row[0].strip() and row[1].strip():
                found = _sectioned_facts(row, f"{g.where} 第{r}行", doc_id)
            elif header is not None and r - 1 >= header[0]:
                found = _record_facts(header[1], row, f"{g.where} 第{r}行", doc_id) if r - 1 > header[0] else []
            else:
                # the section row above in the table, else the heading above the table (一、申请主体 over 名称 | …:
                # the hundred-and-fifty-eighth probe)
                found = _row_facts(cells, f"{g.where} 第{r}行", doc_id)
                if not any(f.key == "company" for f in found):  # 名称 | … | 统一社会信用代码 | …: two pairs, one bare
                    found += _named_in_part(cells, part or g.section, f"{g.where} 第{r}行", doc_id)
            filled = [c for c in cells if c.strip()]
            if len(filled) == 1:
                part = filled[0]
            # a section row of the table about the called model (三、所调用已备案模型 across the form: the
            # hundred-and-eighteenth probe's 备案主体 beside 模型名称 below it is that model's filer)
            rows.append(_in_section(_in_section(_in_section(found, part), _grid_heading(g)), caption))
        out.extend(f for found in _filers_dropped(rows) for f in found)
    if doc_id == "base_model_statement":
        out = [f for f in out if not (f.key == "company" and _label_in(f.label, "statement_labels"))]
    out += [replace(f, key="version", value=m.group(1))
            for f in list(out) if f.key == "model" and (m := _TRAILING_VERSION.search(without_notes(f.value)))]
    return [replace(f, origin="ocr") for f in out] if view.content.ocr else out


def _grid_heading(g: Grid) -> str:
    """What a table or sheet is about: its heading, and for a sheet its title row too (a sheet named 主用模型-通义千问
    whose first row is 生成式人工智能服务上线登记表（主用模型） is the form's, its 申请主体名称 the applicant's: the
    hundred-and-fifty-sixth probe)."""
    if not g.is_sheet or not g.rows:
        return g.section
    filled = [c.strip() for c in g.rows[0] if c.strip()]
    return f"{filled[0]} {g.section}" if len(filled) == 1 else g.section


CAPTION_MAX_CHARS = 24  # a table's caption is a short line, not a sentence


def _caption(view: DocView, t: int) -> str:
    """The short line right above Word table ``t`` (0-based) of ``view``, when it is no sentence, no bracketed subtitle
    of the document (（调用已备案大模型） under the form's title) and the table names no applicant (申请主体名称); else
    empty."""
    anchors = view.content.table_anchor
    if t >= len(anchors) or anchors[t] <= 0 or anchors[t] > len(view.paras):
        return ""
    text = view.paras[anchors[t] - 1].text.strip()
    if len(text) > CAPTION_MAX_CHARS or re.search(r"[。；;，,：:]", text) or text[:1] in "（(【[":
        return ""
    rows = view.content.tables[t] if t < len(view.content.tables) else []
    return "" if any(re.search(r"申请主体|申请单位|申请人", row[0]) for row in rows if row) else text


def without_notes(value: str) -> str:
    """A value without the bracketed note at its end (“驭声大模型 V1.2（车端语音引擎build 1.2.7）” → “驭声大模型 V1.2”)."""
    return re.sub(r"\s*[（(][^（）()]*[^\d（）().\sVv][^（）()]*[)）]\s*$", "", value)


OTHER_PARTY_KEEPS = ("base_model", "base_filing")  # facts a section about the called model states about it
UNFILED = "base_unfiled"  # a 备案号 field that says there is none (暂无（自研模型，尚未备案）): not compared, reported
OTHER_PARTY_RENAMES = {"model": "base_model"}  # 模型名称 there is the called model's name


def other_party_section(heading: str) -> bool:
    """True when a heading is about the called/base model, a supplier or the other party of an agreement."""
    folded = fold(heading)
    return any(w in folded for w in words("facts", "other_party", "sections")) and \
        not any(w in folded for w in words("facts", "other_party", "not_sections"))


def _in_section(found: list[Fact], heading: str) -> list[Fact]:
    """Facts as the section they sit in allows: under 已备案模型基本情况 only the called model's name and filing."""
    return _about_called_model(found) if heading and other_party_section(heading) else found


def _about_called_model(found: list[Fact]) -> list[Fact]:
    """Of facts stated about the called model, its name and filing (模型名称 there is the called model's name)."""
    out = []
    for f in found:
        key = OTHER_PARTY_RENAMES.get(f.key, f.key)
        if key in OTHER_PARTY_KEEPS or key == UNFILED:
            out.append(replace(f, key=key))
    return out


def _label_in(label: str, group: str) -> bool:
    """True when a label (without colon, spaces or notes) is one of the ``other_party`` word group."""
    bare = bare_label(_chinese_of(label))
    return bare in words("facts", "other_party", group)


# a signature field or the date after a value on the same line (江州市法律援助中心 法定代表人（签字）, 江州市水利局信息中心
# 2025年6月18日: a PDF line keeps one space where the Word file had a tab or a cell border; the hundred-and-thirty PDF
# copies of the hands' packages, the hundred-and-thirty-fourth probe); a full-width space ends a value as a tab does
# (申请主体：宁安市第一人民医院　模型名称：…, the hundred-and-thirty-fifth probe)
_SIGNED_AFTER = re.compile(r"\s+(?=[\u4e00-\u9fa5]{2,8}\s*[（(](?:签字|盖章|签章|签名|手签)[)）]|(?:19|20)\d{2}\s*[年./-]\s*\d)")
# the next field's label at the end of a value that a colon ends: a PDF line "填报单位（盖章）：东陵省高级人民法院 填报日期：
# 2025年9月26日", its spaces collapsed to one (the hundred-and-seventieth probe)
_NEXT_LABEL = re.compile(r"\s+[\u4e00-\u9fa5]{2,8}$")
_SIGNATURE_FIELD = re.compile(r"[\u4e00-\u9fa5]{2,8}\s*[（(](?:签字|盖章|签章|签名|手签)[)）]")


def _paragraph_facts(text: str, where: str, doc_id: str) -> list[Fact]:
    out = []
    for m in _label_value_pattern().finditer(text):
        key = _label_key(m.group(1))
        if len(m.group(1)) <= SHORT_LABEL and m.start() and re.match(r"[\u4e00-\u9fa5]", text[m.start() - 1]):
            continue
        if text[m.end():m.end() + 1] in ("：", ":") and re.search(r"[：:]\s{2,}$", text[:m.start(2)]):
            continue  # a blank field, then the next label: 申请主体（盖章）：　　法定代表人（签字）： (the sixty-fourth probe)
        value = _SIGNED_AFTER.split(re.split(r"\s{2,}|\t|\u3000", m.group(2).strip())[0])[0]
        if text[m.end(2):m.end(2) + 1] in ("：", ":"):
            value = _NEXT_LABEL.sub("", value)
        if _SIGNATURE_FIELD.match(value):
            continue  # a blank field, then a signature field: 申请主体（盖章）： 法定代表人（签字） on one PDF line
        key = _classify(key, value) if key and not _qualified(text[:m.start()]) else None
        if key == "version" and _document_control(text, m.group(1)):
            continue  # 文档编号：…　版本：V2.3　编制：… is the document's own version
        if key == "base_filing" and doc_id == "change_statement" and _own_former_filing(text, m.start()):
            continue
        if key == "base_filing" and _ALGORITHM_FILING.search(re.split(r"[。；;\n]", text[:m.start()])[-1]):
            continue  # 深度合成服务算法备案已提交，备案号：网信算备…: the service's own algorithm filing (the 229th probe)
        if key:
            out.append(Fact(key, _trim(key, value), where, text[max(0, m.start() - 10):m.end() + 10], "label", doc_id,
                            m.group(1)))
    out.extend(_prose_facts(text, where, doc_id, {f.key for f in out}))
    return out


def _own_former_filing(text: str, start: int) -> bool:
    """Whether a 备案号 in a change statement's prose is the service's own filing being changed ("……导购助手已于2024年9月
    完成生成式人工智能服务备案（备案号：…）", the hundred-and-sixty-first probe), not the base model's: a filing done
    before whose subject is the model just named (本服务调用……“星衡金融大模型V2.0”，该模型已于2024年完成……备案，备案号…,
    the two-hundred-and-sixty-second probe) is the called model's."""
    said = _filed_earlier_said(text, start, "[。；;\n]")
    return said is not None and _MODEL_SUBJECT.search(said[0][:said[1].start()]) is None


# the subject of 已于……完成备案 when it is the model a sentence has just named (该模型已于……), not the service
_MODEL_SUBJECT = re.compile(r"(?:该|上述|此|所调用的?|被调用的?)(?:基础|基座|通用|金融|行业)?(?:大)?模型[\s，,]*$")


def _document_control(text: str, label: str) -> bool:
    """True when a bare 版本 label sits in a document-control line (文档编号、编制、审核 …, vocabulary
    ``facts.document_control``): the version of the document, not of the model (the sixty-third probe)."""
    bare = fold(re.sub(r"\s|[:：*]", "", label))
    if bare not in ("版本", "版本号"):
        return False
    folded = fold(text)
    return any(fold(w) in folded for w in words("facts", "document_control"))


def _trim(key: str, value: str) -> str:
    value = _close_bracket(value)
    if key in ("model", "product", "base_model"):
        return re.sub(r"[（(][^）)]*(?:简称|下称|以下称)[^）)]*[)）]", "", value).strip()
    if key == "company":
        m = _COMPANY.search(value)
        return m.group(1) if m else value
    if key == "uscc":
        return fold(value).upper()
    if key == "base_filing":  # a note after the number (……20231220（同一提供方，版本升级，备案号不变）): the 193rd probe
        return re.sub(r"\s*[（(][^）)]*[)）]\s*$", "", value).strip() or value
    return value


def _close_bracket(value: str) -> str:
    """A value that ends a parenthesis it did not open ("…20230831）提供") stops at that bracket."""
    opened: list[int] = []
    for i, ch in enumerate(value):
        if ch in "（(":
            opened.append(i)
        elif ch in "）)":
            if not opened:
                return value[:i].strip()
            opened.pop()
    return value[:opened[0]].strip() if opened else value  # "云岫大模型V3（提供方" was cut at a colon


def _prose_facts(text: str, where: str, doc_id: str, seen: set[str]) -> list[Fact]:
    out = []
    if "uscc" not in seen:
        for m in _USCC.finditer(text.upper()):
            if "信用代码" in text[max(0, m.start() - 16):m.start()] and not _qualified(text[:m.start()]):
                out.append(Fact("uscc", m.group(), where, text[max(0, m.start() - 48):m.end()], "prose", doc_id))
    for m in re.finditer(r"(?:本公司|我司|本单位|申请主体|运营主体)((?:为|是|系)?[：:]?)\s*" + _COMPANY.pattern, text):
        if "company" in seen or (not m.group(1) and _joined(m.group(2))) or \
                any(v in m.group(2) for v in words("facts", "name_lead", "other_party_verbs")) or \
                _PARENT_AFTER.match(text, m.end()) or _FORMER_NAME.search(text[max(0, m.start() - 4):m.start()]):
            continue  # 我司与阿里云计算有限公司签订, 本公司…通过API调用科大讯飞股份有限公司: the other party; 原申请主体X: the
            # name before a merger or renaming (the hundred-and-eighty-ninth probe's change filing)
        out.append(Fact("company", strip_lead_words(m.group(2)), where, m.group(), "prose", doc_id))
    if "company" not in seen and not out:
        out += _declared_self(text, where, doc_id)
    if "base_filing" not in seen:  # 备案号Zhejiang-YunXiu-20240118S0027 with no colon (the hundred-and-ninety-seventh probe)
        for m in _FILING_IN_PROSE.finditer(text):
            clause = re.split(r"[。；;\n]", text[:m.start()])[-1]
            # the called model's number, in a sentence about calling it; not the service's own filing done before
            # (已于2024年完成备案（备案号…）, 原备案号…: the 137th and 143rd probes' change filings)
            replaced = _REPLACED_AFTER.match(text, m.end()) is not None  # 由星衡大模型V2.0（备案号…）更换为…: the former one
            # in the statement about the called model a clause about a model will do (……文心大模型。该模型已完成……
            # 备案，备案号为…: the two-hundred-and-sixty-sixth probe)
            about = _CALLED_BEFORE.search(clause) or (doc_id == "base_model_statement" and "模型" in clause)
            if about and not clause.endswith("原") and not replaced \
                    and not _own_former_filing(text, m.start()):
                # 备案号 right before a number of the filing format, in the statement about the called model or with a
                # colon (（备案主体：…，备案号：…）in a form's cell): as sure as a label (the 262nd and 274th probes' two
                # numbers for one model were only asked about)
                origin = "anchored" if doc_id == "base_model_statement" or re.search("[：:]", m.group()) else "prose"
                out.append(Fact("base_filing", m.group(1), where, m.group(), origin, doc_id))
    if "corpus_size" not in seen:
        out += [Fact("corpus_size", m.group(1), where, m.group(), "prose", doc_id) for m in _CORPUS_TOTAL.finditer(text)][:1]
    return out


_ALGORITHM_FILING = re.compile(r"算法备案|算法推荐备案|深度合成服务算法")
_REPLACED_AFTER = re.compile(r"[）)]?\s*[，,]?\s*(?:更换|变更|替换|改|切换|升级|迁移)(?:为|成|到)")
# (基于已备案模型……（备案主体：…，备案号：…）进行指令微调: the two-hundred-and-seventy-fourth probe's form cell)
_CALLED_BEFORE = re.compile(r"调用|所调用|基础模型|基座|底座|接入|基于已备案|已备案模型")
# (a colon too, where an earlier label's value ran over it: 授权书“……（统一社会信用代码：…）通过API方式调用我公司青岚医言大模型
# （备案号：Beijing-…）”, the two-hundred-and-forty-fourth probe)
_FILING_IN_PROSE = re.compile(r"备案(?:号|编号)(?:为|是)?\s*[：:]?\s*([A-Z][a-z]+-[A-Za-z0-9]+-\d{8,}[A-Za-z0-9]*)")
_FORMER_NAME = re.compile(r"(?:原|更名前的?|合并前的?|变更前的?)$")


# 本公司为X在深圳投资设立的外商投资企业, 本公司系X的全资子公司: X is the parent, not the applicant (the seventy-first probe)
_PARENT_AFTER = re.compile(r"\s*(?:在[^，。；]{0,12}?)?(?:投资设立|出资设立|独资设立|设立的|全资|控股的|控股子公司|的(?:全资|控股)?子公司)")


# 训练语料共8,642,310条 / 训练数据总量约1,650万条: the corpus size said in a sentence (compared at medium)
_CORPUS_TOTAL = re.compile(r"(?:训练语料|训练数据|预训练语料|微调语料)(?:(?:总规模|总量|规模|总计)?(?:共计|合计|总计|共|约|为|达)"
                           # 训练语料共来自5个数据集，总规模860,000条 (the hundred-and-ninety-eighth probe)
                           r"|[^。；;]{0,16}?[，,]\s*(?:总规模|总量)(?:共计|合计|共|约|为|达)?)"
                           r"\s*(\d[\d,，.]*\s*(?:万|亿)?\s*(?:条|tokens?|Tokens?|字|GB|TB))")


def _declared_self(text: str, where: str, doc_id: str) -> list[Fact]:
    """The company an agreement or policy declares itself to be: ``本协议由上海兰图信息科技有限公司（以下简称“我们”）与您
    订立`` — a legal formula as sure as a label (the party the document binds), read as ``declared``."""
    selves = "|".join(map(re.escape, words("facts", "self_names")))
    m = re.search(_COMPANY.pattern + rf"\s*[（(]\s*(?:以下|下文)?(?:简称|称)[^（）()]{{0,24}}?[“\"'「](?:{selves})[”\"'」]", text)
    if m is None:
        return []
    name = _lead_trimmed(m.group(1))  # 本协议由… / 本政策系… / 本隐私政策适用于…: the words before the name
    if name.startswith("对") and not name.startswith("对外") and _COMPANY.fullmatch(name[1:]):
        name = name[1:]  # ……，对北京安居邻里信息技术有限公司（以下简称“本公司”）拟上线的…… (the eighty-fourth probe)
    return [Fact("company", name, where, m.group()[:80], "declared", doc_id)]


def _joined(name: str) -> bool:
    """True when a name read right after a subject starts with a preposition or conjunction (与…, 和…), also after an
    adverb (已与…, 均与…)."""
    adverbs = "|".join(map(re.escape, words("facts", "name_lead", "adverbs")))
    name = _WHEN.sub("", name)  # 我司于2025年12月8日与…签订: a time before the preposition (the forty-first probe)
    return re.sub(rf"^(?:{adverbs})", "", name).startswith(words("facts", "name_lead", "joiners"))


_WHEN = re.compile(r"^(?:已|曾|先后|将)?于[^与和同跟向，,。]{1,14}?(?=[与和同跟向])")


def strip_lead_words(name: str) -> str:
    """A company name read from prose without a subject and preposition glued in front ("您与", "与").

    The ``always`` words (与, 由, 跟) are dropped at the start; the other joiners only after a subject
    (同方股份有限公司 keeps its 同, 向日葵… its 向).
    """
    subjects = "|".join(map(re.escape, words("facts", "name_lead", "subjects")))
    joiners = "|".join(map(re.escape, words("facts", "name_lead", "joiners")))
    always = "|".join(map(re.escape, words("facts", "name_lead", "always")))
    adverbs = "|".join(map(re.escape, words("facts", "name_lead", "adverbs")))
    trimmed = re.sub(rf"^(?:(?:{subjects})(?:{adverbs})?(?:{joiners})|(?:{adverbs})?(?:{always})|(?:{adverbs})(?:{joiners}))",
                     "", name)
    return trimmed if _COMPANY.fullmatch(trimmed) else name


def _row_facts(cells: list[str], where: str, doc_id: str) -> list[Fact]:
    out = []
    for i, cell in enumerate(cells[:-1]):
        key = _label_key(cell)
        if key is None or (i and _qualified(cells[i - 1])):
            continue
        value = next((c for c in cells[i + 1:] if c and c != cell), "")
        value = _without_gloss(value) if key == "company" else value  # a model's English name is its name
        if key == "base_model" and len(_top_level_parts(value)) > 1:
            out.extend(_compound_cell(cell, value, where, doc_id))
        elif kind := _classify(key, value):
            out.append(Fact(kind, _trim(kind, value), where, f"{cell}：{value}", "table", doc_id, cell))
    if not out and len(cells) >= 2 and _label_key(cells[0]) is None and is_filing_number(cells[-1]):
        # 调用的已备案模型情况 | 本服务通过API接口调用……的云岫大模型（备案号：Zhejiang-…），……: the called model told in
        # prose inside one cell (the hundred-and-ninety-seventh probe's 登记表)
        out = [f for f in _paragraph_facts(cells[-1], where, doc_id) if f.key == "base_filing"]
    return out


def _sectioned(rows: list[list[str]]) -> bool:
    """Whether a table is a form of three columns, 栏目 | 项目 | 填写内容, whose first column names the section of the
    rows beside it (申请主体 | 名称 | …, 所调用模型 | 备案号 | …: the hundred-and-tenth probe, a layout that read the
    section words as the applicant's name): the first column repeats down two rows or more (merged cells repeat)
    while the second changes, and the second holds fact labels (统一社会信用代码, 备案号), not values (a list of
    called models whose first column repeats 调用模型 is a table of records under its header)."""
    repeats = sum(1 for a, b in pairwise(rows) if len(a) >= 3 and len(b) >= 3 and a[0].strip() and a[0] == b[0]
                  and a[1] != b[1] and a[1].strip() and b[1].strip())
    labels = sum(1 for row in rows if len(row) >= 3 and _label_key(row[1]) is not None)
    return repeats >= 2 and labels >= 2


def _sectioned_facts(row: list[str], where: str, doc_id: str) -> list[Fact]:
    """The facts of a 栏目 | 项目 | 填写内容 row: the label and value after the section cell, as the section allows
    (a bare 名称 under 申请主体 is the applicant's; under 所调用模型, 模型名称 and 备案号 are the called model's)."""
    part, cells = row[0], dedupe_cells(row[1:])
    found = _row_facts(cells, where, doc_id) or _named_in_part(cells, part, where, doc_id)
    return _about_called_model(found) if _label_key(part) == "base_model" or other_party_section(part) else found


_APPLICANT_PART = re.compile(r"申请主体|申请单位|申请人|备案主体|登记主体|主体信息|单位信息|企业信息")


def _named_in_part(cells: list[str], part: str, where: str, doc_id: str) -> list[Fact]:
    """A bare 名称 (全称) row under a section row about the applicant (一、申请主体 | then 名称 | 上海…有限公司: the
    hundred-and-seventh probe, a common form layout) is the applicant's name."""
    if len(cells) < 2 or not _APPLICANT_PART.search(part) or bare_label(cells[0]) not in ("名称", "全称", "单位名称"):
        return []
    value = _without_gloss(cells[1])
    kind = _classify("company", value)
    return [Fact(kind, _trim(kind, value), where, f"{part}／{cells[0]}：{value}", "table", doc_id, cells[0])] if kind else []


_ENGLISH_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff）)])\s+[A-Za-z][A-Za-z0-9 .,&'()\-]*$")


def _without_gloss(value: str) -> str:
    """A bilingual value without its English translation (桂林文旅数字科技有限公司 Guilin … Co., Ltd. → the Chinese: the
    hundred-and-fourth probe, a name too long with its translation to read as a value)."""
    return _ENGLISH_GLOSS.sub("", value)


def _filers_dropped(rows: list[list[Fact]]) -> list[list[Fact]]:
    """A form's rows without the called model's filer: a 备案主体 row right below the called model's name or 备案号
    (调用的已备案模型名称 | 文心大模型, 备案主体 | 北京百度网讯科技有限公司, 备案号 | …) names who filed that model, not the
    applicant (the forty-fourth probe); a 备案主体 heading the form, above the model's rows, is the applicant."""
    about_model = [any(f.key in CALLED_MODEL_KEYS for f in found) for found in rows]
    near = [any(about_model[max(0, i - 2):i]) for i in range(len(rows))]  # after the model's rows: a form's own 备案主体 leads
    return [[f for f in found if not (near[i] and f.key == "company" and _label_in(f.label, "statement_labels"))]
            for i, found in enumerate(rows)]


def _header_row(rows: list[list[str]]) -> tuple[int, dict[int, tuple[str, str]]] | None:
    """The header of a table with one record per row (模型名称 | 备案主体 | 备案号 | 调用方式, a model per row): the first
    of its top rows with two different fact labels side by side (a 标签 | 值 row never has), and its labelled columns
    as (label, key)."""
    for h, row in enumerate(rows[:3]):
        keys = [_label_key(c) if c.strip() else None for c in row]
        # or, in a row of four cells or more, two labels apart (用途 | 模型名称 | 模型提供方 | 备案号 | 调用方式: the
        # two-hundred-and-second probe's statement, whose 模型提供方 is no fact label)
        pairs = all(k is not None for k in keys[0::2]) and all(k is None for k in keys[1::2])  # 申请主体 | X | 信用代码 | Y
        apart = len(row) >= 4 and len({k for k in keys if k}) >= 2 and not pairs
        if any(a and b and a != b for a, b in pairwise(keys)) or apart:
            return h, {i: (row[i], k) for i, k in enumerate(keys) if k}
    return None


CALLED_MODEL_KEYS = ("base_model", "base_filing", UNFILED)


def _record_facts(columns: dict[int, tuple[str, str]], row: list[str], where: str, doc_id: str) -> list[Fact]:
    """The facts of one record under a header. A table with a 备案号 column lists called models: its 模型名称 is a
    called model's, its 备案主体 that model's filer (not the applicant); each fact is about the model of its row."""
    about_models = any(k in ("base_filing", UNFILED) for _, k in columns.values())
    cells = [row[i].strip() if i < len(row) else "" for i in range(max(columns) + 1)]
    subject = next((cells[i] for i, (_, k) in columns.items() if k in ("model", "base_model")), "") if about_models else ""
    out = []
    for i, (label, key) in columns.items():
        key = OTHER_PARTY_RENAMES.get(key, key) if about_models else key
        if (about_models and key not in CALLED_MODEL_KEYS) or not cells[i]:
            continue  # the called model's filer or version is not the applicant's
        if kind := _classify(key, cells[i]):
            out.append(Fact(kind, _trim(kind, cells[i]), where, f"{label}：{cells[i]}", "table", doc_id, label, subject))
    return out


# 备案号：… after a comma starts another field of the cell; so does 备案号 Jiangsu-… written without a colon (the
# two-hundred-and-fifty-fifth probe's 登记表: 九章言语大模型 V4.0，备案号 Jiangsu-…，备案主体 南京…)
_NEXT_FIELD = re.compile(r"\s*(?:[\u4e00-\u9fa5]{2,6}[：:]|(?:备案号|备案编号|备案主体|模型备案号)\s*(?=[A-Za-z\u4e00-\u9fa5]))")


def _top_level_parts(value: str) -> list[str]:
    """``value`` split at semicolons outside brackets (“Qwen2-7B（开源模型，经本行微调；未调用已备案模型）” is one part),
    and at a comma that starts another labelled field (“豆包大模型（…有限公司），备案号：Beijing-…”: the 134th probe)."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(value):
        depth += (ch in "（(") - (ch in "）)")
        field = ch in "，," and _NEXT_FIELD.match(value, i + 1) is not None
        if (ch in "；;" or field) and depth <= 0:
            parts.append(value[start:i].strip())
            start = i + 1
    return [p for p in [*parts, value[start:].strip()] if p]


def _compound_cell(label: str, value: str, where: str, doc_id: str) -> list[Fact]:
    """One called model in one cell (“通义千问大模型；备案主体：阿里云计算有限公司；备案号：Zhejiang-…”): its name and
    备案号, both about that model (the 备案主体 is its filer, not the applicant)."""
    name, *rest = _top_level_parts(value)
    if not _is_value("base_model", name) or re.search(r"[：:]", name):
        return []
    name = _trim("base_model", name)
    out = [Fact("base_model", name, where, f"{label}：{value}"[:80], "table", doc_id, label, name)]
    for part in rest:
        part = re.sub(r"^(备案号|备案编号|模型备案号|备案主体)\s+", r"\1：", part)  # 备案号 Jiangsu-… without its colon
        out += [replace(f, subject=name, evidence=f"{label}：{value}"[:80]) for f in _paragraph_facts(part, where, doc_id)
                if f.key in (*OTHER_PARTY_KEEPS, UNFILED)]
    return out


def anchored_companies(names: set[str], text: str, where: str, doc_id: str) -> list[Fact]:
    """The applicant named in prose next to our own product ("途灵旅行助手由深圳途灵…有限公司运营")."""
    out = []
    subjects = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if len(n) >= 3)
    patterns = [rf"(?:本协议|本政策|本服务|本产品|本应用|{subjects or '本服务'})[^。；\n]{{0,8}}由{_COMPANY.pattern}"
                r"(?:负责)?(?:运营|提供|开发|研发|制定|运行)",
                # 本协议由上海云帆…有限公司（统一社会信用代码：…）与您订立
                rf"(?:本协议|本政策|本服务|本产品|本应用|{subjects or '本服务'})[^。；\n]{{0,8}}由{_COMPANY.pattern}"
                r"[（(](?:统一)?社会信用代码",
                _COMPANY.pattern + r"[（(](?:以下简称|下称)[“\"]?(?:我们|本公司|我司|公司)[”\"]?[)）]",
                # a commitment opening on who commits (the hundredth probe): 成都…有限公司（统一社会信用代码：…）郑重承诺
                # (or after what it commits on: ……（统一社会信用代码：…）就……算法的算法备案郑重承诺, the 174th probe)
                r"(?:^|\n)" + _COMPANY.pattern + r"[（(](?:统一)?社会信用代码[：:]?\s*[0-9A-Za-z]{18}[)）]"
                r"(?:[^。；\n]{0,6}?|就[^。；\n]{1,40}?)(?:郑重)?(?:承诺|声明|保证)"]
    for pattern in patterns:
        for m in re.finditer(pattern, text):
            out.append(Fact("company", _lead_trimmed(m.group(1)), where, m.group()[:60], "anchored", doc_id))
    return out


# the words a sentence puts before a company name: 本协议由…, 本隐私政策适用于…, 本指引系…, 我们是…
_LEAD = re.compile(r"^(?:本[\u4e00-\u9fa5《》“”]{0,8}?(?:协议|政策|指引|声明|条款|规则|制度|服务|产品|平台|应用|报告|说明|材料)"
                   r"(?:适用于|由|系|是)|适用于|(?:我们|本公司|我司|运营方|提供方)(?:是|为|系)"
                   r"|(?:欢迎|感谢)您?(?:使用|选择|访问|信任))")  # 欢迎使用…有限公司（以下简称“我们”）提供的 (the 170th probe)


def _lead_trimmed(name: str) -> str:
    """A company name without the words a sentence put in front of it (本协议由…, 我们是…, 您与…), nor the closing
    bracket of an aside before it (``本服务（以下简称“本服务”）由…有限公司提供``: the hundred-and-twenty-fourth probe)."""
    name = strip_lead_words(_LEAD.sub("", _CLOSED_ASIDE.sub("", name)))
    # a product named before it (光影集约拍助手由成都……有限公司（以下简称“我们”）提供: the hundred-and-ninety-third probe)
    after = name.rsplit("由", 1)[-1]
    return after if after != name and _COMPANY.fullmatch(after) else name


_CLOSED_ASIDE = re.compile(r"^[^（(]*?[)）]+")  # a closing bracket with no opening one before it ends an aside


FIRST_PERSON = ("本公司", "我司", "本行", "本单位", "我们", "本机构", "申请主体", "本企业")


def attribute_uscc(fact: Fact, applicant: set[str]) -> Fact | None:
    """A USCC read from prose, given to whoever is named just before it.

    The applicant (or 本公司/本行 …) → confident; another company (a cloud provider, the called
    model's provider) → not the applicant's fact at all (None); nobody named → unchanged.
    """
    before = fact.evidence.split(fact.value)[0] if fact.value in fact.evidence else fact.evidence
    named = list(_COMPANY.finditer(before))
    tail = before[named[-1].end():] if named else before
    if named and len(tail) <= 16:
        name = normalise("company", _lead_trimmed(named[-1].group(1)))
        if any(name == a or name.endswith(a) for a in applicant):
            return replace(fact, origin="anchored")
        return None
    if any(p in before[-20:] for p in FIRST_PERSON):
        return replace(fact, origin="anchored")
    near = normalise("company", before[-APPLICANT_REACH:])  # an applicant not named as a company (南江市精神卫生中心:
    if any(len(a) >= 4 and near.rstrip("（：:").endswith(_CODE_LABEL_TAIL) and a in near for a in applicant):
        return replace(fact, origin="anchored")  # 申请主体：…中心（统一社会信用代码：…）, the two-hundred-and-fourteenth probe)
    return fact


APPLICANT_REACH = 30  # characters before a USCC in prose read for the applicant's name written just before it
_CODE_LABEL_TAIL = ("统一社会信用代码", "社会信用代码", "信用代码")


def trailing_version(name: str) -> str | None:
    """The version a model's name ends with, compared as written without ``V`` and trailing ``.0`` (华佗医药大模型 V3.0
    → 3; 星河问答大模型 → None)."""
    m = _TRAILING_VERSION.search(without_notes(name).strip())
    return re.sub(r"(?:\.0)+$", "", m.group(1).lstrip("Vv")) if m else None


def anchored_versions(names: set[str], text: str, where: str, doc_id: str) -> list[Fact]:
    """Versions written right after a known model name in prose ("…客服大模型V3.1驱动")."""
    out = []
    for name in sorted(names, key=len, reverse=True):
        if len(name) < 3:
            continue
        # not across a line: “2.1 模型名称：康衡医疗大模型” then “2.2 模型版本：V1.2” — 2.2 is the next clause's number
        for m in re.finditer(re.escape(name) + r"[ \t]*[（(]?[ \t]*([Vv]\d+(?:\.\d+){0,3}|\d+(?:\.\d+){1,3})(?![\d.])",
                             text):
            if not _former(text, m.start()) and not _filed_before(text, m.end()):
                out.append(Fact("version", m.group(1), where, m.group(), "anchored", doc_id))
    return out


FORMER_REACH = 12  # characters before a model name read for 原备案模型：… (a change filing naming the version it replaces)


def _former(text: str, start: int) -> bool:
    """Whether the words just before ``start`` say what follows is the former model (原备案模型：, 变更前：)."""
    before = re.split(r"[。；;\n]", text[max(0, start - FORMER_REACH):start])[-1]
    # and a base-model field (基础模型 | 优选导购大模型V2.0（本公司已备案模型）增量微调, the hundred-and-forty-eighth
    # probe's change filing): the version of the model fine-tuned from, not of the one filed
    if any(w in before for w in (*words("facts", "former"), *words("facts", "labels", "base_model"))):
        return True
    # a clause saying the filing was done before (已于2024年完成律衡文书助手（律衡法律文书大模型V2.1）的上线备案)
    return _filed_earlier(text, start, "[。；;\n，,]")  # not 已于……完成备案，本次升级为…


def _filed_earlier(text: str, start: int, breaks: str) -> bool:
    """Whether the clause (up to ``breaks``, at most :data:`FILED_REACH` characters) before ``start`` says a filing was
    done before (已于……完成)."""
    return _filed_earlier_said(text, start, breaks) is not None


def _filed_earlier_said(text: str, start: int, breaks: str) -> tuple[str, re.Match[str]] | None:
    """The clause before ``start`` (see :func:`_filed_earlier`) and its 已于……完成, when it says so."""
    clause = re.split(breaks, text[max(0, start - FILED_REACH):start])[-1]
    done = _FILED_EARLIER.search(clause)
    return (clause, done) if done is not None else None


FILED_REACH = 40  # characters before a model name read for 已于……完成 (a filing done before, naming its old version)
_FILED_EARLIER = re.compile(r"已于[^。；;\n]{0,12}?(?:完成|通过|办理)")


# the clause after a version saying it was filed before (优选导购大模型V2.0 已于2024年6月完成……备案（原备案号…）, the
# hundred-and-forty-eighth probe's change report): the version the change starts from
_FILED_BEFORE = re.compile(r"^[^。；;\n]{0,6}?(?:已于[^。；;\n]{0,16}?(?:完成|通过)[^。；;\n]{0,16}?备案|已备案|已完成备案)")


def _filed_before(text: str, end: int) -> bool:
    """Whether the words right after a version at ``end`` say that version was filed already."""
    return _FILED_BEFORE.search(text[end:end + 48]) is not None


def aliases_of(text: str) -> list[tuple[str, str]]:
    """Declared abbreviations: ``星图客服大模型（以下简称“星图”）`` → (星图客服大模型, 星图)."""
    cues = "|".join(re.escape(c) for c in words("facts", "alias_cues"))
    pattern = re.compile(rf"([\w\u4e00-\u9fa5.\-]{{2,30}})[（(](?:{cues})[“\"「]?([\w\u4e00-\u9fa5.\-]{{2,20}})[”\"」]?[)）]")
    return [(m.group(1), m.group(2)) for m in pattern.finditer(text)]


def clusters(key: str, facts: list[Fact], aliases: list[tuple[str, str]]) -> list[list[Fact]]:
    """Facts of one key grouped into values that agree (equal, aliased, or one contained in the other)."""
    groups: list[list[Fact]] = []
    alias_sets = [{normalise(key, a), normalise(key, b)} for a, b in aliases]
    for fact in facts:
        for group in groups:
            if any(_agree(key, fact.norm, other.norm, alias_sets) for other in group):
                group.append(fact)
                break
        else:
            groups.append([fact])
    return _merge(key, groups, alias_sets)


def _merge(key: str, groups: list[list[Fact]], alias_sets: list[set[str]]) -> list[list[Fact]]:
    merged = True
    while merged and len(groups) > 1:
        merged = False
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                if any(_agree(key, a.norm, b.norm, alias_sets) for a in groups[i] for b in groups[j]):
                    groups[i].extend(groups.pop(j))
                    merged = True
                    break
            if merged:
                break
    return groups


def _agree(key: str, a: str, b: str, alias_sets: list[set[str]]) -> bool:
    if a == b:
        return True
    if key in ("uscc", "version", "base_filing"):
        return False
    if key == "corpus_size":
        return _same_size(a, b)
    if key == "company":
        return False
    if min(len(a), len(b)) >= 2 and (a in b or b in a):
        return True
    if _same_with_notes(a, b):
        return True
    if key == "base_model" and _same_family(a, b):
        return True
    return any(a in names and b in names for names in alias_sets)


def _same_family(a: str, b: str) -> bool:
    """A brand name and a model id of the same vendor's series, one of them without a version (智谱GLM大模型 and
    glm-4-plus: the ninety-fifth probe), from the vocabulary's ``facts.model_families``; two versions (Qwen2.5-7B and
    Qwen2.5-72B) are never the same by family alone."""
    if any(c.isdigit() for c in a) and any(c.isdigit() for c in b):
        return False
    fa, fb = _families(a), _families(b)
    return bool(fa) and fa == fb


def _families(name: str) -> frozenset[int]:
    """The model series ``name`` belongs to (indexes into ``facts.model_families``)."""
    folded = name.lower()
    return frozenset(i for i, names in enumerate(section("facts", "model_families"))
                     if any(str(n).lower() in folded for n in names))


_NOTE = re.compile(r"（([^（）]*)）")


def _same_with_notes(a: str, b: str) -> bool:
    """The same name with a note in brackets written shorter in one place: Baichuan2-13B-Chat（百川智能） and
    Baichuan2-13B-Chat（北京百川智能科技有限公司） (the fifty-fourth probe); not 7B against 72B."""
    outside_a, outside_b = _NOTE.sub("", a), _NOTE.sub("", b)
    if outside_a != outside_b or len(outside_a) < 2:
        return False
    notes_a, notes_b = _NOTE.findall(a), _NOTE.findall(b)
    return len(notes_a) == len(notes_b) and all(x in y or y in x for x, y in zip(notes_a, notes_b))


def _same_size(a: str, b: str) -> bool:
    from beian.prereview.numbers import quantities

    qa, qb = quantities(a), quantities(b)
    if not qa or not qb or qa[0].unit != qb[0].unit:
        return True
    return abs(qa[0].value - qb[0].value) <= 0.05 * max(qa[0].value, qb[0].value)


def by_key(facts: list[Fact]) -> dict[str, list[Fact]]:
    """Facts grouped by their key."""
    out: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        out[f.key].append(f)
    return out
