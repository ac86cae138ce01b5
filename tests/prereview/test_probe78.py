"""What the seventy-eighth, seventy-ninth and eightieth probes found (fifteen packages by three hands; first runs 3/5,
4/5 and 2/5 verdicts right, 3 of 9 planted reasons fully found, 2 false highs):

- a results table with 抽样题量（条） beside 抽样比例 read the share column as the sample (600 manual checks of generated
  content, below 1,000, was a medium “未能识别”);
- 版本升级……直接发布上线，不再单独组织安全评估 was only “未找到模型更新后重新评估”, medium;
- an agreement silent on how generated content is labelled (``safety.label_notice``, new);
- 关键词库每年更新一次 (``safety.update_frequency``, new);
- “……等请求，模型说明无法处理并建议咨询执业律师” read as offering legal advice; 个人注册用户 was no individual user;
- 账号UID 1736xxxx9021 read as an unfilled placeholder; 允许使用我的输入改进服务……关闭 was no training opt-out;
- a classifier-sampling row left out of a text results table excused as “可能写在图片里”;
- 服务对象：中小学生 in the form against 应当年满18周岁 in the agreement raised nothing;
- a plan file without drills or contacts passed on words found elsewhere (the seventy-seventh probe).

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from beian.findings import Severity
from beian.prereview import run_check
from beian.prereview.docmodel import DocView, is_placeholder
from beian.prereview.extract import Content
from beian.prereview.package import PackageFile
from beian.prereview.rules.metrics import observations
from prereview.helpers import AGREEMENT, FORM, PRIVACY, REPORT, append_paragraphs, codes, pkg, replace_docx  # noqa: F401


def _table(rows: list[list[str]]) -> DocView:
    return DocView(Content(file=PackageFile("评估报告.docx", Path("/nonexistent/r.docx"), 1), paragraphs=["结果"],
                           tables=[rows]))


def _write(path: Path, *paragraphs: str) -> None:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))


@pytest.mark.parametrize("header", ["抽检题量（道）", "样本条数"])
def test_a_count_column_beside_a_share_column_is_the_sample(header: str) -> None:
    rows = [["评估项", header, "抽样比例", "合格率"], ["生成内容人工抽检", "700", "—", "93.0%"],
            ["语料技术抽检", "512,000", "11%", "99.2%"]]
    found = observations(_table(rows))
    assert found["generated_manual"][0].n == 700
    assert found["corpus_technical"][0].fraction == pytest.approx(0.11)


def test_upgrades_released_without_a_new_assessment_are_high(pkg: Path) -> None:  # noqa: F811
    old = "模型更新：模型版本更新或重大功能变更后重新开展安全评估，评估通过后方可上线。"
    assert replace_docx(pkg / REPORT, old, "模型迭代：新版本经研发回归测试后即发布，无需另行开展安全评估。") == 1
    [found] = codes(pkg, "safety.reassessment")
    assert found.severity is Severity.HIGH and "无需另行开展安全评估" in (found.evidence or "")


def test_minor_patches_without_assessment_beside_a_reassessment_for_major_ones_pass(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "热修复补丁版本不单独组织安全评估，仅做回归测试。")
    assert codes(pkg, "safety.reassessment") == []


def test_an_agreement_silent_on_labels_is_high_and_medium_when_the_privacy_policy_says_it(pkg: Path) -> None:  # noqa: F811
    old = "生成内容可能存在错误，用户应自行核实；生成内容带有显式标识和隐式标识，用户不得删除或篡改。"
    assert replace_docx(pkg / AGREEMENT, old, "生成内容可能存在错误，用户应自行核实并自行承担使用后果。") == 1
    [found] = codes(pkg, "safety.label_notice")
    assert found.severity is Severity.HIGH and found.location.endswith(AGREEMENT)
    append_paragraphs(pkg / PRIVACY, "我们会在生成的文字末尾添加“由人工智能生成”的提示，并在导出文件的元数据中写入隐式标识。")
    [found] = codes(pkg, "safety.label_notice")
    assert found.severity is Severity.MEDIUM


@pytest.mark.parametrize(("said", "severity"), [
    ("敏感词库由安全组维护，按年度更新。", Severity.HIGH),
    ("拦截关键词词库每半年修订一次。", Severity.HIGH),
    ("关键词表每月补充新词。", Severity.MEDIUM),
    ("测试题库一年更新一次，关键词库每周更新。", Severity.HIGH),
])
def test_a_slow_update_of_the_keyword_library_or_the_test_bank(pkg: Path, said: str, severity: Severity) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, said)
    [found] = codes(pkg, "safety.update_frequency")
    assert found.severity is severity


@pytest.mark.parametrize("said", ["关键词库每周增量更新，每年全面修订一次。", "关键词库每日更新，测试题库每月更新。",
                                  "关键词库根据舆情不定期更新。"])
def test_a_fast_or_unstated_update_passes(pkg: Path, said: str) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, said)
    assert codes(pkg, "safety.update_frequency") == []


def test_a_request_the_model_says_it_cannot_handle_is_no_offer(pkg: Path) -> None:  # noqa: F811
    old = "对与办公写作无关、或需要专业资质的咨询请求，提示“该问题超出本服务范围”并不予生成"
    new = "与办公无关的请求，以及起草诉状、出具法律意见书等请求，助手说明无法办理并建议联系执业律师"
    assert replace_docx(pkg / FORM, old, new) == 1
    append_paragraphs(pkg / REPORT, "服务边界：本服务不提供法律意见，不替代律师。")
    assert codes(pkg, "scope.high_risk_domain") == []


@pytest.mark.parametrize(("text", "expected"), [("账号 2209XXXX8871（已脱敏）", False), ("联系电话：XXXX", True),
                                                ("合同编号：【请填写】", True)])
def test_digits_masked_inside_a_number_are_no_placeholder(text: str, expected: bool) -> None:
    assert is_placeholder(text) is expected


def test_turning_off_use_for_improving_the_service_is_an_opt_out(pkg: Path) -> None:  # noqa: F811
    for name in (REPORT, AGREEMENT, PRIVACY):
        document = docx.Document(str(pkg / name))
        for p in document.paragraphs:
            if "训练" in p.text:
                p.text = "个人信息依法处理。"
        for t in document.tables:
            for row in t.rows:
                for cell in row.cells:
                    if "训练" in cell.text:
                        cell.text = "见隐私政策"
        document.save(str(pkg / name))
    assert [f.severity for f in codes(pkg, "safety.opt_out")] == [Severity.MEDIUM]  # nothing about it left: a doubt
    append_paragraphs(pkg / PRIVACY, "您可以在“设置—数据与隐私—用我的对话改进服务”中关闭该选项，关闭后立即生效。")
    assert codes(pkg, "safety.opt_out") == []


def test_a_results_table_read_as_text_without_the_classifier_row_is_missing(pkg: Path) -> None:  # noqa: F811
    document = docx.Document(str(pkg / REPORT))
    document.add_picture(str(next((pkg / "其他佐证" / "截图").glob("*.png"))))
    for t in document.tables:
        for row in list(t.rows):
            if "分类模型" in "".join(c.text for c in row.cells):
                row._tr.getparent().remove(row._tr)
    for p in document.paragraphs:
        if "分类模型抽检" in p.text:
            p.text = "生成内容抽检按人工与关键词两种方式开展。"
    document.save(str(pkg / REPORT))
    found = [f for f in run_check(pkg).findings if "分类模型抽检" in f.message]
    assert found and found[0].code == "metrics.missing" and found[0].severity is Severity.HIGH


@pytest.mark.parametrize("gate", ["注册本服务的用户须年满十八周岁。", "不满18周岁的，不得注册使用本服务。"])
def test_pupils_as_users_against_an_adults_only_agreement_is_high(pkg: Path, gate: str) -> None:  # noqa: F811
    assert replace_docx(pkg / FORM, "与本公司签约的企业客户及其年满18周岁的在职员工", "初中生、高中生及其任课教师") == 1
    append_paragraphs(pkg / AGREEMENT, gate)
    found = codes(pkg, "scope.users_conflict")
    assert found and found[0].severity is Severity.HIGH and "年满18周岁" in found[0].message


def test_individual_registered_users_are_individual_users(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / FORM, "与本公司签约的企业客户及其年满18周岁的在职员工", "年满18周岁的企业员工及个人注册用户") == 1
    assert replace_docx(pkg / REPORT, "服务对象限定为成年在职员工", "服务对象为成年企业员工与个人用户") == 1
    assert replace_docx(pkg / REPORT, "服务仅面向企业客户的成年在职员工", "服务面向成年的企业员工与个人用户") == 1
    append_paragraphs(pkg / AGREEMENT, "本服务面向个人用户与企业员工。")
    assert codes(pkg, "scope.users_conflict") == []


PLAN = ("一、应急工作组：组长由分管副总担任，成员包括算法、运营、法务负责人。二、事件分级：按影响范围分为一般、较大、重大三级。"
        "三、处置：发现违法内容后立即暂停相关功能，删除内容并上报属地网信部门，整改完成后复测上线。"
        "四、事后总结：每次事件处置结束后五个工作日内形成复盘报告，报公司安全委员会审议，并据此修订本预案与相关管理制度。"
        "五、附则：本预案自印发之日起施行，由安全管理部负责解释。")


def test_a_plan_file_without_drills_or_contacts_is_high(pkg: Path) -> None:  # noqa: F811
    _write(pkg / "其他佐证" / "内容安全突发事件应急预案（2025版）.docx", "内容安全突发事件应急预案", PLAN)
    [found] = codes(pkg, "safety.emergency_plan")
    assert found.severity is Severity.HIGH and "联系方式" in found.message and "应急演练" in found.message


def test_a_plan_file_with_its_parts_passes(pkg: Path) -> None:  # noqa: F811
    _write(pkg / "其他佐证" / "内容安全突发事件应急预案（2025版）.docx", "内容安全突发事件应急预案", PLAN,
           "六、值守：应急联系人王磊，手机 139 0000 1234，7×24 小时值班。七、每半年组织一次桌面推演，留存记录。")
    assert codes(pkg, "safety.emergency_plan") == []
