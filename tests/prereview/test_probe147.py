"""What the hundred-and-forty-seventh and hundred-and-forty-eighth probes (ten packages; 8 of 10 verdicts right, 6 of
11 planted reasons found, two false highs) found:

- a 备案表 row ``应拒答测试拒答率 | 94.8%（510题）``: a figure with a note after it was read without its label, so
  the form's 94.8% was never compared with the report's 97.3% (one below the line, one above);
- a privacy policy's sharing table (``接收方 | 共享信息 | 用途``, under 四、共享情况) whose row gives a partner the
  account number for its marketing: no row has a verb of sharing, and the high for sharing without a separate consent
  was missed;
- a 登记表 workbook with one sheet per called model and a statement with one table per model: the two numbers of the
  backup model differed, but the numbers could not be given to a model (both models in one file) and were not compared;
- a change filing whose form says ``基础模型 | …大模型V2.0（本公司已备案模型）增量微调`` and whose report says
  ``…大模型V2.0 已于2024年6月完成……备案``: V2.0 was read as this filing's version (a false high);
- a data-source row whose licence says only ``平台公开直播回放，可公开获取``: not read as a missing basis;
- a 数据溯源清单 PDF whose table could not be read: the report's four-column summary table was judged as the list and
  its missing licence column reported high.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl

from beian.findings import Severity
from prereview.helpers import (  # noqa: F401
    AGREEMENT,
    FORM,
    PRIVACY,
    REPORT,
    SOURCES,
    append_paragraphs,
    append_table,
    codes,
    edit_xlsx,
    pkg,
    reg,
    registration_built,
    replace_docx,
)


def test_a_forms_rate_with_a_note_after_it_is_compared_with_the_report(pkg: Path) -> None:  # noqa: F811
    append_table(pkg / FORM, [("应拒答题拒答率（人工复核后）", "93.9%（共抽取300题）")])
    found = codes(pkg, "metrics.cross_doc_mismatch")
    assert [f.severity for f in found] == [Severity.HIGH] and "93.9%" in found[0].message


def test_the_same_rate_with_a_note_agrees(pkg: Path) -> None:  # noqa: F811
    append_table(pkg / FORM, [("应拒答题拒答率", "98.0%（共抽取300题）")])
    assert codes(pkg, "metrics.cross_doc_mismatch") == []


def _sharing(pkg: Path, *rows: tuple[str, str, str]) -> list:  # type: ignore[type-arg]  # noqa: F811
    append_table(pkg / PRIVACY, [("第三方名称", "提供的个人信息", "使用目的"), *rows])
    return codes(pkg, "safety.third_party_sharing")


def test_a_sharing_tables_row_for_a_partners_advertising_is_reported(pkg: Path) -> None:  # noqa: F811
    found = _sharing(pkg, ("物流服务商", "收货地址、电话", "配送快递"),
                     ("联名会员品牌方", "会员ID、消费记录", "由其向您投放会员专属广告"))
    assert [f.severity for f in found] == [Severity.HIGH] and "广告" in found[0].evidence


def test_a_sharing_table_for_the_service_itself_is_not(pkg: Path) -> None:  # noqa: F811
    assert _sharing(pkg, ("物流服务商", "收货地址、电话", "配送快递"), ("短信服务商", "手机号", "发送登录验证码")) == []


def test_a_sharing_table_under_a_separate_consent_is_not(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / PRIVACY, "下表所列对外提供，我们均会在提供前单独征得您的同意。")
    assert _sharing(pkg, ("联名会员品牌方", "会员ID、消费记录", "由其向您投放会员专属广告")) == []


def _models_on_their_own_sheets(reg: Path, backup_number: str) -> None:  # noqa: F811
    """The 登记表 as a workbook with one sheet per called model, the statement with one table per model."""
    form = reg / "1.登记表-途灵科技.docx"
    rows = [[c.text for c in row.cells] for row in docx.Document(str(form)).tables[0].rows[:4]]
    form.unlink()
    (reg / "1.登记表-途灵科技.pdf").unlink()
    (reg / "2.调用已备案模型情况说明.pdf").unlink()
    book = openpyxl.Workbook()
    book.active.title = "登记信息"
    for row in rows:
        book.active.append(row)
    for title, name, number in (("主用-文心", "文心大模型ERNIE 4.0", "Beijing-WenXinYiYan-20230831"),
                                ("备用-混元", "腾讯混元大模型", backup_number)):
        sheet = book.create_sheet(title)
        for row in (["被调用模型名称", name], ["模型备案号", number], ["调用方式", "API调用，无微调"]):
            sheet.append(row)
    book.save(str(reg / "1.登记表-途灵科技.xlsx"))
    append_table(reg / "2.调用已备案模型情况说明.docx", [("被调用模型", "腾讯混元大模型"),
                                                     ("备案号", "Guangdong-HunYuan-20230916S0009")])


def test_a_backup_models_number_on_its_own_sheet_is_compared(reg: Path) -> None:  # noqa: F811
    _models_on_their_own_sheets(reg, "Guangdong-HunYuan-20230916S0090")
    found = codes(reg, "consistency.mismatch")
    assert [f.severity for f in found] == [Severity.HIGH] and "S0090" in found[0].evidence


def test_the_same_backup_number_on_its_own_sheet_agrees(reg: Path) -> None:  # noqa: F811
    _models_on_their_own_sheets(reg, "Guangdong-HunYuan-20230916S0009")
    assert codes(reg, "consistency.mismatch") == []


def test_the_version_a_change_filing_starts_from_is_not_its_own(pkg: Path) -> None:  # noqa: F811
    append_table(pkg / FORM, [("底座模型", "星河问答大模型V1.8（本公司已备案模型）增量训练")])
    append_paragraphs(pkg / REPORT, "星河问答大模型V1.8 已于2024年1月通过生成式人工智能服务备案，本次在其基础上增量训练形成V2.1。")
    assert [f for f in codes(pkg, "consistency.mismatch") if "版本" in f.message] == []


def test_another_version_of_the_model_itself_is_still_a_mismatch(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "本报告评估对象为星河问答大模型V1.8，部署于华东节点。")
    assert [f for f in codes(pkg, "consistency.mismatch") if "版本" in f.message]


def _licence_findings(pkg: Path, licence: str) -> list:  # type: ignore[type-arg]  # noqa: F811
    def edit(ws) -> None:  # type: ignore[no-untyped-def]
        ws.append(["5", "短视频评论区留言（新增）", "公开数据", "对平台内公开视频的评论进行导出", licence,
                   "2024-07-01至2024-07-31", "不适用", "已删除昵称", "去重、过滤", "20万条", "中文", "违法不良信息占比0.5%",
                   "违法不良信息占比0.1%"])

    edit_xlsx(pkg / SOURCES, "数据溯源清单", edit)
    return [f for f in codes(pkg, "data_sources.vague") if "授权依据" in f.message]


def test_a_licence_that_says_only_the_data_is_public_is_no_basis(pkg: Path) -> None:  # noqa: F811
    found = _licence_findings(pkg, "评论区内容公开展示，任何人可查看")
    assert found and found[0].severity.at_least(Severity.MEDIUM) and "公开展示" in found[0].evidence


def test_a_governments_own_publication_is_a_basis(pkg: Path) -> None:  # noqa: F811
    """Five packages by other hands, written to pass, wrote 政府公开信息 or 政府信息公开 as the basis."""
    assert _licence_findings(pkg, "政府信息公开，可公开获取") == []


def test_a_summary_table_of_the_report_is_no_high_when_the_list_itself_is_unreadable(pkg: Path) -> None:  # noqa: F811
    (pkg / SOURCES).unlink()
    (pkg / "其他佐证" / "数据溯源清单.txt").write_text("（表格见纸质版）\n", encoding="utf-8")
    append_table(pkg / REPORT, [("数据集名称", "来源类型", "规模", "语言"), ("中文维基百科2024年3月转储", "开源数据", "300万条", "中文")],
                 replace_first=False)
    found = codes(pkg, "data_sources.missing_column")
    assert found and all(f.severity == Severity.MEDIUM for f in found) and "数据溯源清单.txt" in found[0].message
