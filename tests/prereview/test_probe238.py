"""What the two-hundred-and-thirty-eighth and two-hundred-and-thirty-ninth probes (ten packages on the code after session
41's third round; verdicts 8/10, 10/10 after correcting the testers' own lists; 10 of 13 planted reasons found) found:

- a privacy policy collecting health examination reports or ``健康信息 | 慢性病名称、所服药品名称……`` on a tick-box
  consent to the whole policy: no finding (health data is sensitive personal information, PIPL Art. 28–29);
- a 登记表 row ``调用模型 | 元析医疗大模型 YX-Med 2.0，北京元析科技有限公司，备案号……``: "the called model was not recognised"
  (medium; not changed: the row names the model, its filer and its number in one cell);
- an algorithm filing's self-assessment row ``生成记录……保存90日后自动删除``: no finding (the route skipped logs);
- ``……由您单独授权，可在“我的-设置-数据授权”随时关闭``: "no opt-out" (medium);
- ``不面向未成年人（开户须年满18周岁）``: "no measure keeps minors out" (medium; vocabulary only, no case here: the example
  package keeps minors out in other words already);
- a results table headed ``指标 | 样本 | 结果 | 判定``: the 应拒答 row's ``300题`` not read (medium).

The cases below are written in other words than the probes' files; the data-authorisation case also passes on the code
before the change and is kept as a guard."""

from __future__ import annotations

from pathlib import Path

from beian.findings import Severity
from prereview.helpers import (  # noqa: F401
    AGREEMENT,
    PRIVACY,
    REPORT,
    add_to_self_assessment,
    algo,
    append_paragraphs,
    append_table,
    codes,
    pkg,
    reg,
    registration_built,
    remove_opt_outs,
    replace_docx,
    replace_results,
)


def test_health_data_on_a_consent_to_the_whole_policy(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / PRIVACY, "为提供复诊提醒，我们收集您的既往病史与用药记录；您勾选同意本政策即视为同意上述处理。")
    found = codes(pkg, "safety.sensitive_consent")
    assert [f.severity for f in found] == [Severity.HIGH] and "病史" in found[0].message


def test_health_data_with_a_separate_consent(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / PRIVACY, "为提供复诊提醒，我们收集您的既往病史与用药记录；收集前我们会以弹窗单独征得您的同意，您可拒绝。")
    assert codes(pkg, "safety.sensitive_consent") == []


def test_an_animals_medical_history_is_nobodys_personal_information(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / PRIVACY, "为提供问诊建议，我们收集犬猫的品种、年龄与病史。")
    assert codes(pkg, "safety.sensitive_consent") == []


def test_an_algorithm_filing_keeping_logs_too_short(algo: Path) -> None:  # noqa: F811
    append_table(next(algo.glob("*自评估*.docx")), [("环节", "措施", "责任部门"),
                                                  ("日志留存", "调用与生成日志保存60天后清理", "运维部")])
    found = codes(algo, "safety.log_retention")  # (the package keeps 网络日志 six months elsewhere: the two disagree)
    assert len(found) == 1 and "2 个月" in found[0].message


def test_an_algorithm_filing_saying_nothing_about_logs_is_not_asked(algo: Path) -> None:  # noqa: F811
    assert codes(algo, "safety.log_retention") == []


def test_an_opt_out_under_a_data_authorisation_setting(pkg: Path) -> None:  # noqa: F811
    remove_opt_outs(pkg)
    append_paragraphs(pkg / AGREEMENT, "对话是否参与模型改进由您决定，可在“账户-数据授权”处随时关闭（2次点击）。")
    assert codes(pkg, "safety.opt_out") == []


def test_a_sample_column_headed_only_sample(pkg: Path) -> None:  # noqa: F811
    replace_results(pkg, [("指标", "样本", "结果", "判定"), ("语料人工抽检", "4000条", "合格率97.8%", "符合"),
                          ("语料技术抽检", "占总量10.5%", "合格率99.1%", "符合"), ("生成内容人工抽检", "1000题", "合格率97.0%", "符合"),
                          ("生成内容关键词抽检", "1000题", "合格率98.0%", "符合"), ("生成内容分类模型抽检", "1000题", "合格率97.5%", "符合"),
                          ("应拒答", "300题", "拒答率98.3%", "符合"), ("非拒答", "300题", "拒答率1.0%", "符合")])
    assert codes(pkg, "metrics.unrecognised") == []
