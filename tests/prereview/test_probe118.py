"""What the hundred-and-eighteenth and hundred-and-nineteenth probes found (ten packages; first run 9/10 verdicts right,
6 of 8 planted reasons found and one more partly, two false highs):

- a hospital's 超出处方解释范围的问题……一律不作回答 read as refusing 处方, against the offered 处方解释 (a false high that
  failed a package that should pass);
- a four-column form with a section row 三、所调用已备案模型 across it, and 模型名称 | … | 备案主体 | … below: the called
  model's filer read as the applicant (a false high);
- 合格（拒答）数量 283 of 300 beside 达到要求 on the should-refuse row: 94.3% asked about at medium, not a blocker;
- 基础模型 | 自研（不涉及第三方基础模型） above 基础模型备案号 | 不涉及: asked for a reason (medium);
- citizens' work orders with names and ID numbers whose licence cell said 经局务会审议同意: the bureau's approval read as
  the people's consent (missed); 值班经理抽看对话记录 not read as human review (medium).

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

import docx

from beian.prereview.vocab import compiled, fold
from prereview.helpers import FORM, append_paragraphs, codes, pkg, reg, registration_built  # noqa: F401

REG_FORM = "1.登记表-途灵科技.docx"


def test_the_edge_of_a_scope_is_no_refusal_of_it(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / FORM, "本服务为患者解读医生已开具的处方，说明用法用量与注意事项。",
                      "超出处方解读范围的提问，例如诊断病情、更改剂量，一律不予回答。")
    assert not [f for f in codes(pkg, "scope.high_risk_domain") if "矛盾" in f.message]


def test_a_section_row_about_the_called_model_names_its_filer(reg: Path) -> None:  # noqa: F811
    document = docx.Document(str(reg / REG_FORM))
    first = document.tables[0]._element
    first.getparent().remove(first)
    rows = [("申请单位", "深圳途灵智行科技有限公司", "统一社会信用代码", "91440300MA5GQ2TN6Y"),
            ("产品名称", "途灵旅行助手", "版本", "V3.0"),
            ("二、接入的已备案大模型",) * 4,
            ("模型名称", "文心大模型ERNIE 4.0", "备案主体", "北京百度网讯科技有限公司"),
            ("模型备案号",) + ("Beijing-WenXinYiYan-20230831",) * 3]
    table = document.add_table(rows=len(rows), cols=4)
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.save(str(reg / REG_FORM))
    assert not [f for f in codes(reg, "consistency.mismatch") if "申请主体" in f.message]


def test_a_count_column_that_reads_one_way_says_what_it_measures() -> None:
    from beian.prereview.rules.metrics import _observe

    seen = _observe("should_refuse", "320", "符合要求", "应拒答测试", "报告", "应拒答测试", True,
                    passed_cell="301", passed_label="合格（拒答）数量")
    assert seen.explicit and seen.rate is not None and abs(seen.rate - 301 / 320) < 1e-9


def test_a_reason_written_around_not_applicable_in_the_row_above() -> None:
    from beian.prereview.rules.materials import _na_with_reason_row

    assert _na_with_reason_row(["基础模型", "自主研发（未使用第三方基础模型，故不涉及）"])
    assert _na_with_reason_row(["基础模型", "自研"])
    assert not _na_with_reason_row(["基础模型", "通义千问"])


def test_an_approval_inside_the_organisation_is_no_consent() -> None:
    from beian.prereview.rules.data_sources import read_pi_statement

    assert not read_pi_statement(["本院数据，经院长办公会审议同意用于训练"]).basis
    assert read_pi_statement(["已取得患者书面同意"]).basis


def test_spot_checks_of_conversations_by_staff_are_human_review() -> None:
    assert compiled("safety", "measures", "safety.human_monitor").search(fold("客服主管每天抽看50段对话")) is not None


def test_work_orders_of_a_hotline_are_personal_data() -> None:
    assert compiled("data_sources", "personal").search(fold("市政务服务热线历史工单")) is not None
