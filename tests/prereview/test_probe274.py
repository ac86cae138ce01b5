"""What the two-hundred-and-seventy-fourth and -fifth probes (ten packages on the code after session 43's second
changes; verdicts 5/5 and 4/5) found:

- the report's cover line ``报告日期：2025年2月18日 版本：V1.3`` read as the model's version against the form's (a false high);
- a form cell ``基于已备案模型……V2.0（备案主体：……，备案号：……0018）进行指令微调`` against the report's ``……0081``: not read;
- a 登记 form named ``01-……_调用已备案模型上线登记表.docx`` also taken for the called-model statement, whose own file's
  text was then not read (“no out-of-scope handling”, “no called model in the form”: two false mediums);
- ``连续三次……的，我们将暂停智能客服并转人工处理``: “no handling of abusive users” (a false medium);
- a hospital's ``院内检验报告解读问答对`` (its LIS system's old reports) with only ``去除姓名、病历号、身份证号``: missed;
- an agreement's ``用户应年满14周岁。14周岁以上未满18周岁的用户，应在监护人同意后注册使用`` against ``是否面向未成年人：否``
  in a counselling app's form: missed (the verdict passed the package);
- ``Amazon Reviews 2023 | 学术研究用途`` for a commercial model: missed.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

import docx

from beian.findings import Severity
from beian.prereview.chapters import specs_named
from beian.prereview.facts import _paragraph_facts, _sectioned_facts
from beian.standard import load_profile
from prereview.helpers import (  # noqa: F401
    AGREEMENT,
    add_to_self_assessment,
    algo,
    append_paragraphs,
    append_source_row,
    codes,
    no_minors_declared,
    pkg,
    reg,
    registration_built,
    remove_abuse_measures,
)


def test_a_report_cover_lines_version_is_the_documents() -> None:
    found = _paragraph_facts("评估单位：某某科技有限公司（自评估）　报告日期：2025年3月1日　版本：V2.4", "报告 第2段", "assessment_report")
    assert [f for f in found if f.key == "version"] == []


def test_a_filing_number_in_brackets_in_a_form_cell_is_read_as_sure() -> None:
    cells = ["模型信息", "研发方式", "基于已备案模型云途通用大模型V3.0（备案主体：云途科技有限公司，备案号：Shanghai-HuaXiaJianKang-202406110027）"
             "进行指令微调"]
    found = [f for f in _sectioned_facts(cells, "备案表 表1 第7行", "form") if f.key == "base_filing"]
    assert [(f.value, f.confident) for f in found] == [("Shanghai-HuaXiaJianKang-202406110027", True)]


def test_a_registration_form_named_after_the_called_model_is_only_the_form() -> None:
    specs = load_profile().documents["登记"]
    assert [s.id for s in specs_named("02-某某中心_调用已备案模型上线登记表", specs)] == ["form"]


def test_pausing_the_assistant_for_repeat_offenders_is_handling_abuse(pkg: Path) -> None:  # noqa: F811
    remove_abuse_measures(pkg)
    assert codes(pkg, "safety.user_abuse") != []
    append_paragraphs(pkg / AGREEMENT, "一日内多次输入违法信息的，我们将暂停在线客服并转人工核查，留存记录。")
    assert codes(pkg, "safety.user_abuse") == []


def test_a_hospitals_own_lab_reports_with_names_removed_are_high(pkg: Path) -> None:  # noqa: F811
    append_source_row(pkg, name="本院化验单解读问答", kind="自有数据", how="从检验信息系统导出", licence="院内数据，按医院数据管理规定使用",
                      pi="去除姓名、住院号")
    found = [f for f in codes(pkg, "data_sources.pi_no_basis") if "化验单" in f.message]
    assert [f.severity for f in found] == [Severity.HIGH]


def test_an_age_requirement_under_eighteen_against_no_minors_is_high(pkg: Path) -> None:  # noqa: F811
    no_minors_declared(pkg)
    append_paragraphs(pkg / AGREEMENT, "用户须年满16周岁；16周岁以上不满18周岁的用户，应经监护人同意后使用。")
    found = codes(pkg, "scope.users_conflict")
    assert [f.severity for f in found] == [Severity.HIGH] and "16" in found[0].message


def test_a_research_only_dataset_in_a_commercial_model_is_high(pkg: Path) -> None:  # noqa: F811
    append_source_row(pkg, name="英文评论语料（某高校发布）", kind="开源数据集", how="官网下载", licence="仅用于学术研究")
    found = [f for f in codes(pkg, "data_sources.nc_licence") if "英文评论" in f.message]
    assert [f.severity for f in found] == [Severity.HIGH]


# The two-hundred-and-seventy-eighth and -ninth probes (on the code after the third changes; verdicts 4/5 and 4/5, the
# second's wrong one the tester's own bank): a risk row ``差别待遇 | 不依据消费能力对同一作品设置不同价格`` read as price
# discrimination (a false high), and ``……约12万条对模型进行LoRA参数高效微调，形成……专用版权重`` in a 登记 package's
# statement only asked about.


def test_a_safeguard_against_pricing_by_spending_power_is_no_finding(algo: Path) -> None:  # noqa: F811
    add_to_self_assessment(algo, "价格差别待遇：不根据用户消费能力对同一商品设置不同价格，所有用户同价。")
    assert codes(algo, "safety.price_discrimination") == []


def test_fine_tuning_said_done_with_words_between_is_high(reg: Path) -> None:  # noqa: F811
    statement = next(reg.glob("2.调用已备案模型情况说明*"))
    append_paragraphs(statement, "模型适配：我方使用2023年以来的客服对话约8万条，对模型进行QLoRA低秩适配微调，得到专用版本。")
    found = codes(reg, "consistency.called_model_unfiled")
    assert [f.severity for f in found] == [Severity.HIGH]


def test_users_said_in_the_second_file_of_a_material_are_read(pkg: Path) -> None:  # noqa: F811
    """The 278th probe's called-model statement came as two files, the proof first (二-2、……证明材料.docx) and the
    statement saying the students are 15 to 18; only the first file's users statements were read."""
    no_minors_declared(pkg)
    supplement = docx.Document()
    supplement.add_paragraph("模型服务协议 补充条款")
    supplement.add_paragraph("本补充条款自双方签署之日起生效。")
    supplement.save(str(pkg / "附件2 模型服务协议 补充条款.docx"))
    append_paragraphs(pkg / AGREEMENT, "在校学员年龄一般为16至18周岁，由学校统一开通账号。")
    assert [f.severity for f in codes(pkg, "scope.users_conflict")] == [Severity.MEDIUM]
