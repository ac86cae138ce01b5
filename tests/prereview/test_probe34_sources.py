"""The thirty-fourth probe: a résumé dataset whose personal-information cell said only 去标识化, 未处理, 未取得同意 or
listed the PI it holds passed, because any non-empty cell counted as a legal basis. The cell is now read: an admitted
lack of consent, a statement that the data holds PI, or de-identification alone (not anonymisation) with no consent or
other basis in the PI, consent or licence column is high (TC260-003 5.2 c)); a cell saying there is no PI, or naming a
basis, stays quiet."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.findings import Finding, Severity
from beian.prereview import run_check
from beian.prereview.rules.data_sources import pi_verdict, read_pi_statement
from prereview.helpers import SOURCES, edit_xlsx

SHEET = "数据溯源清单"
USER_ROW, NAME, TYPE, LICENCE, PI = 5, 2, 3, 5, 8  # the example's 企业客户授权对话数据 row (1-based)
OWN = "本公司自有数据"  # a licence cell that names no consent


def _verdict(cell: str, licence: str = OWN, personal: bool = True) -> Severity | None:
    found = pi_verdict(read_pi_statement([cell]), read_pi_statement([licence]), personal)
    return found[0] if found else None


# ---------------------------------------------------------------- the cell, read on its own

@pytest.mark.parametrize("cell", [
    "未取得同意，未脱敏",  # the probe (Q12)
    "未经求职者同意",
    "没有取得用户授权",
    "尚未取得个人信息主体同意，已做脱敏",
    "无同意记录",
    "缺少合法性基础",
    "未获患者单独同意；删除姓名",
])
def test_an_admitted_lack_of_consent_is_high(cell: str) -> None:
    assert _verdict(cell) is Severity.HIGH
    assert _verdict(cell, personal=False) is Severity.HIGH  # the cell itself says PI is processed without consent


@pytest.mark.parametrize("cell", [
    "含求职者个人信息，未处理",  # Q1
    "包含姓名、手机号、工作经历等个人信息",  # Q13
    "已去标识化：删除姓名、手机号、邮箱、身份证号、照片，保留教育经历、工作经历与技能描述",  # AD
    "含求职者手机号、邮箱",
    "数据中保留了候选人的姓名和学历",
    "涉及用户个人信息，暂未处理",
    "存在个人信息（简历原文）",
])
def test_a_cell_saying_the_data_holds_pi_without_a_basis_is_high(cell: str) -> None:
    assert _verdict(cell) is Severity.HIGH
    # also when the dataset's name does not say so, unless the cell also names de-identification: then a doubt
    de_identified = read_pi_statement([cell]).deidentified
    assert _verdict(cell, personal=False) is (Severity.MEDIUM if de_identified else Severity.HIGH)


@pytest.mark.parametrize("cell", ["仅做去标识化处理", "已脱敏（假名化）", "手机号、姓名替换为占位符", "删除姓名与证件号后入库",
                                  "未匿名化", "无", "", "不涉及"])
def test_de_identification_alone_or_nothing_for_a_personal_dataset_is_high(cell: str) -> None:
    assert _verdict(cell) is Severity.HIGH


@pytest.mark.parametrize("cell", ["供应商已去标识化", "发布方已过滤，本公司二次过滤邮箱电话", "删除在世人物条目",
                                  "剔除含可识别人脸的图片", "不涉及", "发布方已处理"])
def test_de_identification_of_a_dataset_not_named_personal_stays_quiet(cell: str) -> None:
    """An open or purchased corpus whose PI column names filtering: today's behaviour, no finding."""
    assert _verdict(cell, licence="CC BY-SA 4.0", personal=False) is None


@pytest.mark.parametrize("cell", [
    "已取得求职者同意（《求职者隐私政策》第6条单独勾选同意用于模型训练）；已去标识化",  # Q3
    "已取得求职者书面授权",
    "经用户知情同意并签署授权书",
    "依据劳动合同履行所必需",
    "均为求职者自行公开的简历，已合法公开",
    "未成年人监护人单独同意；删除姓名、学校",
    "未经脱敏，已取得同意",
    "含肖像图片均附模特肖像授权",
])
def test_a_named_basis_is_fine(cell: str) -> None:
    assert _verdict(cell) is None


@pytest.mark.parametrize("cell", ["不含个人信息", "不涉及个人信息（公版图书）", "数据已完全匿名化，不可复原", "个人信息：否",
                                  "虚构候选人信息，不含真实个人信息", "发布方已去除个人信息", "未发现个人信息",
                                  "不采集个人信息；对正文中的电话、邮箱脱敏"])
def test_a_cell_saying_there_is_no_pi_is_fine(cell: str) -> None:
    assert _verdict(cell) is None


def test_a_basis_in_the_licence_column_counts_and_a_refusal_there_is_high() -> None:
    assert _verdict("已去标识化", licence="《用户协议》第5条，用户同意用于模型训练") is None
    assert _verdict("已去标识化", licence="未取得求职者授权") is Severity.HIGH
    assert _verdict("无", licence="《用户协议》第5条，用户同意用于模型训练") is Severity.HIGH  # PI column left empty: as before


@pytest.mark.parametrize("cell", ["无需取得同意", "按公司数据管理制度执行"])
def test_a_personal_dataset_with_an_unclassifiable_cell_is_asked_about(cell: str) -> None:
    assert _verdict(cell) is Severity.MEDIUM
    assert _verdict(cell, personal=False) is None


# ---------------------------------------------------------------- the whole check on the example package

def _pi_findings(root: Path) -> list[Finding]:
    return [f for f in run_check(root).findings if f.code == "data_sources.pi_no_basis"]


def _set_row(root: Path, values: dict[int, str]) -> None:
    def fn(ws) -> None:  # type: ignore[no-untyped-def]
        for col, value in values.items():
            ws.cell(USER_ROW, col).value = value
    edit_xlsx(root / SOURCES, SHEET, fn)


def test_the_example_package_has_no_pi_finding(pkg: Path) -> None:
    assert _pi_findings(pkg) == []


@pytest.mark.parametrize(("cell", "said"), [
    ("已去标识化：删除姓名、手机号，保留教育经历、工作经历", "去标识化不等于匿名化"),
    ("未取得同意，未脱敏", "没有同意或授权"),
    ("包含姓名、手机号等个人信息", "缺少个人同意或其他合法性基础"),
])
def test_a_resume_dataset_without_a_basis_is_high_and_quotes_the_cell(pkg: Path, cell: str, said: str) -> None:
    _set_row(pkg, {NAME: "招聘平台历史简历库", TYPE: "自有数据", LICENCE: OWN, PI: cell})
    found = _pi_findings(pkg)
    assert [f.severity for f in found] == [Severity.HIGH]
    assert f"“{cell}”" in found[0].message and said in found[0].message and "TC260-003 5.2 c)" in found[0].message
    assert "第5行" in found[0].location


def _consent_column(root: Path, consent: str) -> None:
    """Write ``consent`` under a separate 同意依据 column at the end of the list (added the first time)."""
    def fn(ws) -> None:  # type: ignore[no-untyped-def]
        header = [c.value for c in ws[1]]
        col = header.index("同意依据") + 1 if "同意依据" in header else ws.max_column + 1
        ws.cell(1, col).value = "同意依据"
        ws.cell(USER_ROW, col).value = consent
    edit_xlsx(root / SOURCES, SHEET, fn)


def test_a_separate_consent_column_is_read_with_the_pi_column(pkg: Path) -> None:
    _set_row(pkg, {LICENCE: OWN, PI: "已去标识化（删除姓名、手机号）"})
    _consent_column(pkg, "用户单独同意（注册时弹窗勾选，记录留存）")
    assert _pi_findings(pkg) == []
    _consent_column(pkg, "未取得同意")
    assert [f.severity for f in _pi_findings(pkg)] == [Severity.HIGH]


def test_an_open_corpus_whose_pi_records_were_de_identified_is_a_doubt_not_a_fail() -> None:
    """“含个人信息的记录已按 GB/T 35273 去标识化” for a news corpus: the basis (已公开) may be obvious to the filer, so
    medium 请确认; the same cell naming the basis is fine."""
    cell = "含个人信息的记录已按 GB/T 35273 去标识化"
    assert _verdict(cell, licence="CC BY-SA 4.0", personal=False) is Severity.MEDIUM
    assert _verdict(f"来源为已公开的新闻报道；{cell}", licence="CC BY-SA 4.0", personal=False) is None
    assert _verdict(cell) is Severity.HIGH  # a user-data set: de-identification does not replace consent
