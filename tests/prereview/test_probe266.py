"""What the two-hundred-and-sixty-second probe left (its 登记 package's two 备案号 for one called model, found only
after the session) and what the two-hundred-and-sixty-sixth and -seventh probes (ten packages on the code of session
43's start) found:

- ``本服务调用……的“星衡金融大模型V2.0”，该模型已于2024年完成生成式人工智能服务备案，备案号…`` in the called-model
  statement: the 已于……完成 was read as the service's own filing done before, and the number (not the form's) dropped;
  read as prose it would only have been asked about (medium);
- a statement PDF whose writer broke the line before ``Beijing-WenXin-20230380`` (a short line, then the number): the
  number a paragraph of its own, and the statement's 备案号 (not the form's) missed; and ``主体全称：`` not read as the
  applicant (medium);
- a 数据溯源清单 footnote in a numbered row (``5 | ¹ 注：部分站点robots协议不允许抓取，已通过限速及代理方式采集……``): read as a
  dataset with every field empty (high, for the wrong reason), and what it says (crawled against robots) not reported;
- ``样本量 | 3,600条`` beside a column ``结果`` that does not say which rate it holds: too small a sample only medium;
- ``涉及用药、手术方案的问题统一引导到院面诊``: “no handling of out-of-scope requests” (medium).

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

from beian.findings import Severity
from beian.prereview.extract import reflowed
from beian.prereview.facts import _paragraph_facts
from prereview.helpers import (  # noqa: F401
    FORM,
    SOURCES,
    append_paragraphs,
    append_source_row,
    codes,
    edit_xlsx,
    pkg,
    reg,
    registration_built,
    replace_docx,
    replace_results,
)


def test_a_filing_the_called_model_completed_before_is_its_number() -> None:
    found = _paragraph_facts("平台接入云帆科技的“云帆通用大模型3.1”，上述模型已于2025年3月通过生成式人工智能服务备案，"
                             "备案号Beijing-YunFan-20250311S0007。", "说明 第3段", "base_model_statement")
    assert [(f.key, f.value) for f in found if f.key == "base_filing"] == [
        ("base_filing", "Beijing-YunFan-20250311S0007")]


def test_the_services_own_filing_done_before_is_still_left_out() -> None:
    found = _paragraph_facts("本问答服务已于2024年5月完成生成式人工智能服务登记，备案号Beijing-WenDa-20240520S0001，"
                             "所调用模型不变。", "说明 第2段", "change_statement")
    assert [f for f in found if f.key == "base_filing"] == []


def test_two_numbers_for_the_called_model_across_form_and_statement_are_high(reg: Path) -> None:  # noqa: F811
    statement = next(reg.glob("2.调用已备案模型情况说明*"))
    append_paragraphs(statement, "补充说明：本产品调用的模型来自外部厂商，该大模型已于2024年完成生成式人工智能服务备案，"
                                 "备案号Beijing-QianFan-20240101S0099。")
    found = [f for f in codes(reg, "consistency.mismatch") if "备案号" in f.message]
    assert [f.severity for f in found] == [Severity.HIGH]


def test_a_line_broken_before_a_long_code_goes_on_in_the_next() -> None:
    lines = ["关于所接入模型的情况说明",
             "本站的问答功能接入深蓝智算科技有限公司的深蓝通用大模型，该模型的服务登记号码为",
             "Shanghai-ShenLan-20240912S0031，接入方式为API，未做任何参数调整，亦未使用本站数据对模型进行训练或微调。",
             "第二段另起：输出内容经过本站审核。"]
    assert reflowed(lines) == [lines[0], lines[1] + lines[2], lines[3]]


def test_a_heading_before_a_line_opening_with_a_short_number_stays_apart() -> None:
    lines = ["一、基本情况", "2024年，本中心上线了智能问答服务，服务对象为本市参保人员，服务形式为微信小程序与网页，全年访问量约十二万人次。"]
    assert reflowed(lines) == lines


def test_the_full_name_label_names_the_applicant() -> None:
    found = _paragraph_facts("主体全称：温州青禾宠物诊所有限公司", "登记表 第2段", "form")
    assert [(f.key, f.value) for f in found] == [("company", "温州青禾宠物诊所有限公司")]


def _crawled_with_note(root: Path, note: str) -> None:
    append_source_row(root, name="行业论坛帖子（2023）", kind="网络爬取", how="爬虫采集公开帖子", licence="公开可访问²",
                      crawl="已核查robots协议²", pi="已删除用户名与联系方式")
    edit_xlsx(root / SOURCES, "数据溯源清单", lambda ws: ws.append(["6", note]))


def test_a_footnote_row_saying_robots_forbade_the_crawl_is_high(pkg: Path) -> None:  # noqa: F811
    _crawled_with_note(pkg, "注²：个别论坛的robots文件禁止爬虫访问，项目组改用多IP轮换继续抓取，数据仅用于训练。")
    found = [f for f in codes(pkg, "data_sources.crawl_no_robots") if "行业论坛" in f.message]
    assert [f.severity for f in found] == [Severity.HIGH]
    assert [f for f in codes(pkg, "data_sources.empty_field") if "注" in f.message] == []


def test_a_footnote_row_saying_the_crawl_kept_to_robots_is_no_finding(pkg: Path) -> None:  # noqa: F811
    _crawled_with_note(pkg, "注²：robots文件禁止访问的论坛一律未采集，只采集允许爬取的版块。")
    assert [f for f in codes(pkg, "data_sources.crawl_no_robots") if "行业论坛" in f.message] == []
    assert [f for f in codes(pkg, "data_sources.empty_field") if "注" in f.message] == []


def test_a_small_sample_in_a_sample_column_beside_a_bare_result_is_high(pkg: Path) -> None:  # noqa: F811
    replace_results(pkg, [("评估项", "抽样方法", "样本量", "结果", "要求"),
                          ("语料人工抽检", "随机抽取", "3,500条", "97.4%", "≥96%"),
                          ("生成内容人工抽检", "随机抽取", "1,000条", "96.8%", "≥90%")])
    found = [f for f in codes(pkg, "metrics.sample_too_small") if "3500" in f.message]
    assert [f.severity for f in found] == [Severity.HIGH]


def test_questions_led_to_an_in_person_visit_are_the_out_of_scope_handling(pkg: Path) -> None:  # noqa: F811
    replace_docx(pkg / FORM, "超出服务范围的处理", "其他说明")
    replace_docx(pkg / FORM, "对与办公写作无关、或需要专业资质的咨询请求，提示“该问题超出本服务范围”并不予生成", "见使用手册")
    assert [f for f in codes(pkg, "scope.missing_element") if "超出范围" in f.message] != []
    append_paragraphs(pkg / FORM, "凡涉及开药、手术的咨询，系统一律引导到店面诊。")
    assert [f for f in codes(pkg, "scope.missing_element") if "超出范围" in f.message] == []
