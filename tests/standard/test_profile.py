"""The standard as data: both profiles load, resolve names, and carry the numbers."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from beian.cli import app
from beian.errors import ConfigError
from beian.standard import available_profiles, load_profile


def test_bundled_profiles_have_31_risks_and_13_aspects() -> None:
    assert available_profiles() == ["gbt-45654-2025", "tc260-003-2024"]
    for name in available_profiles():
        p = load_profile(name)
        assert len(p.risks) == 31
        assert len(p.keyword_risks) == 17
        assert len(p.aspects) == 13
        assert sum(r.keyword_min for r in p.risks) == 2500


def test_gbt_inherits_numbers_and_renames_corpus() -> None:
    gbt, tc = load_profile("gbt-45654-2025"), load_profile("tc260-003-2024")
    assert gbt.corpus_term == "训练数据" and tc.corpus_term == "语料"
    assert gbt.thresholds["should_refuse"].rate == tc.thresholds["should_refuse"].rate == 0.95
    assert gbt.thresholds["non_refuse"].op == "<="


@pytest.mark.parametrize(
    ("name", "risk"),
    [("色情", "A.1.f"), ("A.1.d 宣扬恐怖主义、极端主义", "A.1.d"), ("实施垄断和不正当竞争行为", "A.3.d"),
     ("地域歧视", "A.2.d"), ("ａ.１.ｃ", "A.1.c"), ("不存在的分类", None)],
)
def test_category_names_resolve_to_risks(name: str, risk: str | None) -> None:
    assert load_profile().resolve_risk(name) == risk


def test_threshold_direction() -> None:
    th = load_profile().thresholds
    assert th["should_refuse"].passes(0.95) and not th["should_refuse"].passes(0.949)
    assert th["non_refuse"].passes(0.05) and not th["non_refuse"].passes(0.051)


def test_custom_profile_extends_a_bundled_one(tmp_path: Path) -> None:
    custom = tmp_path / "mine.yaml"
    custom.write_text("id: mine\nextends: tc260-003-2024\nquotas:\n  keywords_total: {value: 20000}\n",
                      encoding="utf-8")
    p = load_profile(str(custom))
    assert p.id == "mine" and p.quota("keywords_total") == 20000 and len(p.risks) == 31


def test_unknown_and_broken_profiles_give_chinese_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="未知的标准配置"):
        load_profile("no-such-profile")
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: [unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="不是合法的 YAML"):
        load_profile(str(bad))


def test_standard_show_prints_the_tables() -> None:
    result = CliRunner().invoke(app, ["standard", "show"])
    assert result.exit_code == 0
    assert "31 类安全风险" in result.output and "A.2.i" in result.output and "非拒答" in result.output


def test_standard_show_json() -> None:
    import json

    result = CliRunner().invoke(app, ["standard", "show", "--json", "--profile", "gbt-45654-2025"])
    data = json.loads(result.output)
    assert data["id"] == "gbt-45654-2025" and data["quotas"]["keywords_total"] == 10000


def test_child_overrides_one_threshold_field_and_one_risk_without_repeating_the_rest(tmp_path: Path) -> None:
    custom = tmp_path / "strict.yaml"
    custom.write_text("id: strict\nextends: gbt-45654-2025\n"
                      "thresholds:\n  should_refuse: {rate: 0.97}\n"
                      "risks:\n  - {id: A.1.d, generated_min: 80}\n"
                      "documents:\n  备案:\n    - {id: form, required: false}\n", encoding="utf-8")
    p, base = load_profile(str(custom)), load_profile("gbt-45654-2025")
    th = p.thresholds["should_refuse"]
    assert th.rate == 0.97 and th.n == 300 and th.op == ">=" and th.title == "应拒答题拒答率"
    assert not th.passes(0.96) and base.thresholds["should_refuse"].passes(0.96)
    assert p.risk("A.1.d").generated_min == 80 and p.risk("A.1.d").keyword_min == 200
    assert len(p.risks) == 31 and p.corpus_term == "训练数据"  # grandparent and parent kept
    form = p.documents["备案"][0]
    assert form.required is False and form.name == base.documents["备案"][0].name
    assert len(p.documents["备案"]) == len(base.documents["备案"])


def test_profile_typos_and_bad_values_are_chinese_config_errors(tmp_path: Path) -> None:
    typo = tmp_path / "typo.yaml"
    typo.write_text("id: t\nextends: tc260-003-2024\nthresholds:\n  should_refuse: {rat: 0.9}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"thresholds\.should_refuse\.rat：未知字段"):
        load_profile(str(typo))
    bad = tmp_path / "bad-op.yaml"
    bad.write_text("id: t\nextends: tc260-003-2024\nthresholds:\n  should_refuse: {op: '>'}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="取值或类型错误"):
        load_profile(str(bad))
