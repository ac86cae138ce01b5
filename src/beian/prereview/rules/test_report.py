"""materials: a third-party test report attached as evidence is about this applicant and this model.

A reviewer reads the report's 委托单位 and 样品名称: a report commissioned by another company, or about another
model, is no evidence for this filing however well it reads. Only labelled values are compared (委托单位：…,
样品名称 | …), against the applicant and model names the filing form states; label words live in
``standard/vocabulary.yaml`` under ``test_report``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from beian.findings import Finding, Severity
from beian.prereview.extract import extract
from beian.prereview.facts import facts_of
from beian.prereview.model import Package
from beian.prereview.package import PackageFile
from beian.prereview.rules.base import make, rule
from beian.prereview.vocab import fold, words

_REPORT_FILE = re.compile(r"(?:检测|测评|测试|评测|检验)(?:报告|证书)|第三方")
_TEXT_EXTS = frozenset({"pdf", "docx", "doc", "md", "txt"})
_VERSION = re.compile(r"[\s_\-（(]*(?:v|版本)?\s*\d+(?:\.\d+)*[)）]?\s*$", re.IGNORECASE)


@rule("materials.test_report", "第三方测试报告针对本申请主体与本模型", "materials.test_report_mismatch")
def test_report(pkg: Package) -> Iterator[Finding]:
    """The client (委托单位) and sample (样品名称) of each attached third-party report name this filing."""
    form = pkg.doc("form")
    if form is None or form.view is None:
        return
    stated = facts_of(form.view, "form")
    companies = {fold(f.value) for f in stated if f.key == "company"}
    models = {_bare(f.value) for f in stated if f.key in ("model", "product")}
    for f in report_files(pkg):
        content = extract(f)
        text = "\n".join(content.paragraphs + ["：".join(c for c in row if c) for t in content.tables for row in t])
        yield from _compare(f, text, companies, models)


def report_files(pkg: Package) -> list[PackageFile]:
    """The package's third-party test reports: readable files named a test report (检测报告, 测评报告, 第三方 …)
    that are not the assessment report itself."""
    own = {f.rel for d in pkg.docs("assessment_report") for f in d.files}
    return [f for f in pkg.files if f.rel not in own and f.ext in _TEXT_EXTS and _REPORT_FILE.search(f.stem)]


def _compare(f: PackageFile, text: str, companies: set[str], models: set[str]) -> Iterator[Finding]:
    client, sample = _labelled(text, "client"), _labelled(text, "sample")
    other_client = bool(client and companies and not any(_same(client, c) for c in companies))
    named = sorted(m for m in models if m)
    other_sample = bool(sample and named and not any(_same(_bare(sample), m) for m in named))
    wrong = ([f"委托单位“{client}”不是申请主体（{'、'.join(sorted(companies))}）"] if other_client else []) + \
            ([f"样品“{sample}”不是备案的模型（{'、'.join(named)}）"] if other_sample else [])
    if wrong:  # another client is certain; another sample name alone may be a product name for the same model
        yield make("materials.test_report_mismatch", Severity.HIGH if other_client else Severity.MEDIUM,
                   f"第三方测试报告《{f.stem}》的{'；'.join(wrong)}，不能作为本服务的测试证据。", f.rel,
                   "附上以申请主体名义委托、针对拟备案模型（与备案表名称、版本一致）的第三方测试报告；名称写法不同的，请在报告中注明。",
                   evidence="；".join(wrong)[:300])


def _labelled(text: str, kind: str) -> str:
    """The value after the first label of ``kind`` (vocabulary ``test_report.<kind>``), up to the line's end."""
    m = _label_pattern(kind).search(fold(text))
    return m.group(1).strip(" ：:|") if m else ""


@lru_cache(maxsize=4)
def _label_pattern(kind: str) -> re.Pattern[str]:
    labels = "|".join(re.escape(fold(w)) for w in words("test_report", kind))
    return re.compile(rf"(?:{labels})\s*[：:|]?\s*([^\n：:|]{{2,60}})")


def _bare(name: str) -> str:
    """A model name without its version (样品 澜涛营销文案生成模型 V2.0 → 澜涛营销文案生成模型)."""
    return _VERSION.sub("", fold(name)).strip()


def _same(a: str, b: str) -> bool:
    """One name contains the other (an abbreviation, a suffix such as 有限公司 or 大模型 left out)."""
    a, b = fold(a), fold(b)
    return bool(a and b) and (a in b or b in a)
