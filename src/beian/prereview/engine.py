"""Run every rule over a package and build the :class:`Report`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from beian.findings import Finding, Severity
from beian.prereview.corrections import confront
from beian.prereview.model import Package, build_package
from beian.prereview.package import open_package
from beian.standard import load_profile

REPORT_VERSION = 1


@dataclass
class Report:
    """The result of ``beian check``; renderers read only this."""

    package: str
    route: str
    profile: str
    fail_on: Severity
    findings: list[Finding]
    documents: list[dict[str, Any]] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        """True when any finding is at or above ``fail_on``."""
        return any(f.severity.at_least(self.fail_on) for f in self.findings)

    @property
    def verdict(self) -> str:
        """'pass' or 'fail' (the JSON contract)."""
        return "fail" if self.failed else "pass"

    @property
    def verdict_zh(self) -> str:
        """Readiness in Chinese."""
        return "暂不宜提交" if self.failed else "可以提交"

    def counts(self) -> dict[str, dict[str, int]]:
        """Family → severity → number of findings."""
        out: dict[str, dict[str, int]] = {}
        for f in self.findings:
            fam = out.setdefault(f.family or "materials", {})
            fam[f.severity.value] = fam.get(f.severity.value, 0) + 1
        return out

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract: verdict, route, profile, findings, plus summary and documents."""
        return {
            "verdict": self.verdict,
            "route": self.route,
            "profile": self.profile,
            "findings": [_finding_dict(f) for f in self.findings],
            "summary": {"package": self.package, "verdict_zh": self.verdict_zh, "fail_on": self.fail_on.value,
                        "total": len(self.findings), "by_family": self.counts(), "version": REPORT_VERSION},
            "documents": self.documents,
        }


def _finding_dict(f: Finding) -> dict[str, Any]:
    return {"family": f.family, "severity": f.severity.value, "code": f.code, "message": f.message,
            "location": f.location, "evidence": f.evidence, "fix": f.fix, "force": f.extra.get("force")}


def _documents(pkg: Package) -> list[dict[str, Any]]:
    out = []
    for spec in pkg.profile.documents[pkg.route]:
        doc = pkg.doc(spec.id)
        out.append({"id": spec.id, "name": spec.name, "required": spec.required,
                    "files": [f.rel for f in doc.files] if doc else []})
    return out


def check_package(pkg: Package) -> list[Finding]:
    """All findings: loading problems first, then every rule, worst first within a stable order."""
    from beian.prereview.rules import FAMILIES, RULES

    findings = pkg.load_findings()
    for r in RULES:
        findings.extend(r.check(pkg))
    findings = confront(findings, pkg)
    ignored = set(pkg.config.get("ignore") or [])
    findings = [f for f in findings if f.code not in ignored]
    order = {fam: i for i, fam in enumerate(FAMILIES)}
    return sorted(findings, key=lambda f: (order.get(f.family or "", 9), -f.severity.rank))


def run_check(path: Path, *, route: str | None = None, profile: str | None = None,
              fail_on: Severity = Severity.HIGH) -> Report:
    """Open, recognise and check the package at ``path``; the package is never modified."""
    prof = load_profile(profile) if profile else load_profile()
    raw = open_package(path)
    try:
        pkg = build_package(raw, prof, route)
        findings = check_package(pkg)
        return Report(package=str(path), route=pkg.route, profile=prof.id, fail_on=fail_on,
                      findings=findings, documents=_documents(pkg))
    finally:
        raw.close()
