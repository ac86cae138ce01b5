"""consistency.keyword_count_mismatch and consistency.question_count_mismatch: the number of keywords (questions) a
material says 附件4 (附件5) holds against the attachment itself.

A reviewer who reads “拦截关键词库共10,200个” in the report or the 内容安全管理制度 opens 附件4 and counts. A list
holding fewer entries than the materials claim (the two-hundred-and-twenty-ninth probe: 10,200 claimed, 9,180 in the
workbook) is a claim the package does not back, and when the claim meets the quota and the list does not, the
materials hide the shortfall. Only totals are read (共、合计、总数…, or “10,460个关键词”); a quota (不少于10000个), a
count per category or per week (每类、每周新增) and a claim no larger than the list's rows (duplicates included: the
duplicates are reported by ``safety.keyword_total``) are not findings. A list that grew after the materials were
written (claim below the count) is not asked about. The test banks are read the same way, bank by bank (“应拒答测试题库
共600题”), where a sample drawn from a bank (抽取、抽样 300 题) is not a total.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from beian.findings import Finding, Severity
from beian.prereview.docmodel import Sentence
from beian.prereview.model import Document, Package
from beian.prereview.numbers import parse_number
from beian.prereview.rules.banks import KINDS, bank_counts, keyword_count
from beian.prereview.rules.base import make, rule
from beian.prereview.rules.safety import MEASURE_DOCS, workbook_of
from beian.prereview.vocab import fold

TOLERANCE = 0.01  # a claim this much above the list (rounding: 约1.02万) is the same count
_NUMBER = r"((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*万?)"
# 关键词库共10,200个 / 关键词数量：10460条 / 拦截关键词库：10,460条 / 10,460个关键词
_WORDS = r"(?:关键词|敏感词|屏蔽词|违禁词|拦截词)"
_TOTAL = re.compile(_WORDS + r"(?:库|表|列表|清单)?[^。；;，,\d]{0,8}?(?:共|合计|总计|总数|总量|数量|规模|计|数|现有|收录|包含|含|达到?|为|有)[^。；;，,\d]{0,4}?"
                    + _NUMBER + r"\s*(?:个|条|项|词)|" + _NUMBER + r"\s*(?:个|条|项)(?:拦截|敏感|屏蔽)?" + _WORDS
                    + r"|" + _WORDS + r"(?:库|表|列表|清单)?(?:总数|数量|规模)?\s*[：:]\s*" + _NUMBER + r"\s*(?:个|条|项|词)")
_NOT_A_TOTAL = re.compile(r"每类|每个|每周|每月|每日|每季|每年|新增|增加|不少于|不低于|至少|以上|≥|>=|要求|应当|应不少于|宜|各类|"
                          r"其中|一级|二级|类别")


@rule("consistency.keyword_count", "材料写的关键词数与附件4 一致", "consistency.keyword_count_mismatch")
def keyword_claims(pkg: Package) -> Iterator[Finding]:
    """A material claiming more keywords than 附件4 holds (high when the claim meets the quota and the list does not)."""
    content = workbook_of(pkg.doc("keyword_list"), pkg.profile.excel_layouts["keyword_list"][0])
    if content is None:
        return
    distinct, rows = keyword_count(content, pkg.profile)
    quota = int(pkg.profile.quota("keywords_total"))
    ref = _attachment_ref(content.file.rel)
    for doc, s in _measure_sentences(pkg):
        claimed = _claimed_total(fold(s.text)) or _cited_total(fold(s.text), ref)
        if claimed is None or claimed <= max(rows, distinct) * (1 + TOLERANCE):
            continue
        hides = claimed >= quota > distinct
        yield make("consistency.keyword_count_mismatch", Severity.HIGH if hides else Severity.MEDIUM,
                   f"《{doc.spec.name}》写拦截关键词共 {claimed:,.0f} 个，附件4《拦截关键词列表》只有 {distinct:,} 个（去重后）"
                   + ("：材料写的达到了数量要求，附件本身没有。" if hides else "，请核对。"),
                   f"{s.where}；{content.file.rel}",
                   "以附件4 的实际词数为准：补充关键词使附件与材料一致，或把材料中的数量改为附件的实际数量。",
                   evidence=s.text[:120])
        return


def _attachment_ref(name: str) -> str:
    """The attachment number a file's name gives it (附件4-拦截关键词.xlsx → 附件4); 附件4 when it gives none."""
    m = re.search(r"附件\s*(\d+)", name)
    return f"附件{m.group(1)}" if m else "附件4"


# a count with no subject of its own in a sentence that points at the keyword list (8.1：符合：10,326条，覆盖17类风险，每周
# 更新（附件4）: the two-hundred-and-seventy-first probe's clause table, whose list held 8,940)
_BARE_COUNT = re.compile(_NUMBER + r"\s*(?:个|条)(?![^。；;，,]{0,4}(?:题|样本|语料|数据))")


def _cited_total(text: str, ref: str) -> float | None:
    """A count in a sentence that cites the keyword list by its attachment number and names no other list."""
    if not re.search(re.escape(ref) + r"(?!\d)", text) or re.search(r"题|语料|样本|抽检|数据集", text):
        return None
    for m in _BARE_COUNT.finditer(text):
        clause = re.split(r"[，,；;。]", text[:m.start()])[-1]
        value = parse_number(m.group(1).replace(" ", ""))
        if not _NOT_A_TOTAL.search(clause) and value is not None and value >= 1000:
            return value
    return None


def _measure_sentences(pkg: Package) -> Iterator[tuple[Document, Sentence]]:
    """Every sentence of the materials that state counts (report, form, rules …), with its document."""
    for doc in pkg.docs(*MEASURE_DOCS):
        for s in doc.view.sentences() if doc.view else []:
            yield doc, s


def _claimed_total(text: str) -> float | None:
    """The total number of keywords a sentence claims, None when it states none or only a quota or a part."""
    for m in _TOTAL.finditer(text):
        said = m.group(1) or m.group(2) or m.group(3)
        clause = re.split(r"[，,；;。]", text[:m.start()])[-1] + m.group()
        if _NOT_A_TOTAL.search(clause) or re.match(r"\s*(?:以上|余)", text[m.end():]):
            continue
        value = parse_number(said.replace(" ", ""))
        if value is not None and value >= 100:
            return value
    return None


# 应拒答测试题库共600题 / 非拒答测试题数量为520道 / 2,100道生成内容测试题
_BANK = r"(生成内容|应拒答|非拒答|不应拒答)"
_BANK_TOTAL = re.compile(_BANK + r"(?:测试)?(?:题库|题集|试题|题目|问题|题)?[^。；;，,\d]{0,8}?"
                         r"(?:共|合计|总计|总数|总量|数量|规模|计|现有|收录|包含|含|达到?|为|有)[^。；;，,\d]{0,4}?"
                         + _NUMBER + r"\s*(?:道|题|条|个)|" + _NUMBER + r"\s*(?:道|题|条)(?:的)?" + _BANK
                         + r"|" + _BANK + r"(?:测试)?(?:题库|题集|试题|题目|问题|题)(?:总数|数量|规模)?\s*[：:]\s*" + _NUMBER
                         + r"\s*(?:道|题|条|个)")
_NOT_A_BANK_TOTAL = re.compile(r"每类|每个|每周|每月|新增|增加|不少于|不低于|至少|以上|≥|>=|要求|应当|宜|各类|一级|二级|"
                               r"抽|样|选取|随机|合格|拒答率|通过|测试了|评估了|回答")
_BANK_KIND = {"生成内容": "generated", "应拒答": "should_refuse", "非拒答": "non_refuse", "不应拒答": "non_refuse"}


@rule("consistency.question_count", "材料写的测试题数与附件5 一致", "consistency.question_count_mismatch")
def question_claims(pkg: Package) -> Iterator[Finding]:
    """A material claiming a bank holds more questions than 附件5 does (high when the claim meets the quota and the
    bank does not)."""
    content = workbook_of(pkg.doc("test_bank"), pkg.profile.excel_layouts["test_bank"][1])
    if content is None:
        return
    counts = bank_counts(content, pkg.profile)
    told: set[str] = set()
    for doc, s in _measure_sentences(pkg):
        for kind, claimed in _claimed_banks(fold(s.text)):
            rows, distinct = counts[kind]
            if kind in told or not rows or claimed <= max(rows, distinct) * (1 + TOLERANCE):
                continue
            told.add(kind)
            need = pkg.profile.quotas[f"{kind}_bank_total"].value
            hides = claimed >= need > distinct
            yield make("consistency.question_count_mismatch", Severity.HIGH if hides else Severity.MEDIUM,
                       f"《{doc.spec.name}》写{KINDS[kind]}共 {claimed:,.0f} 道，附件5 只有 {distinct:,} 道（去重后）"
                       + ("：材料写的达到了数量要求，附件本身没有。" if hides else "，请核对。"),
                       f"{s.where}；{content.file.rel}",
                       "以附件5 的实际题数为准：补充测试题使附件与材料一致，或把材料中的题数改为附件的实际题数。",
                       evidence=s.text[:120], kind=kind)


def _claimed_banks(text: str) -> Iterator[tuple[str, float]]:
    """(bank, total) for each bank total a sentence claims; quotas, samples, parts and rates are not totals."""
    for m in _BANK_TOTAL.finditer(text):
        said, name = next((m.group(i), m.group(j)) for i, j in ((2, 1), (3, 4), (6, 5)) if m.group(i))
        clause = re.split(r"[，,；;。]", text[:m.start()])[-1] + m.group() + re.split(r"[，,；;。（(]", text[m.end():])[0]
        if _NOT_A_BANK_TOTAL.search(clause) or re.match(r"\s*(?:以上|余)", text[m.end():]):
            continue
        value = parse_number(said.replace(" ", ""))
        if value is not None and value >= 50:
            yield _BANK_KIND[name], value
