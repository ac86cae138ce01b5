"""Unit tests for the personal-information recognisers, validators and masking."""

from __future__ import annotations

import datetime as dt

import pytest

from beian.errors import UsageError
from beian.text.pii import (
    PII_KINDS,
    find_pii,
    luhn_valid,
    mask_pii,
    mask_value,
    validate_legacy_resident_id,
    validate_resident_id,
    validate_uscc,
)

VALID_ID = "11010519491231002X"


def kinds_in(text: str) -> list[tuple[str, str]]:
    return [(m.kind, m.text) for m in find_pii(text)]


# --- validators --------------------------------------------------------------


@pytest.mark.parametrize(
    "value", [VALID_ID, "11010519491231002x", "440304199003070018", "110101200001011232"]
)
def test_valid_resident_ids(value: str) -> None:
    assert validate_resident_id(value)


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("110105194912310021", "wrong check digit"),
        ("110105194902300027", "30 February"),
        ("110105189912310025", "born before 1900"),
        ("991051949123100XX", "17 chars"),
        ("990105194912310021", "province 99"),
        ("11010519491231002", "too short"),
        ("", "empty"),
    ],
)
def test_invalid_resident_ids(value: str, why: str) -> None:
    assert not validate_resident_id(value), why


def test_future_birth_date_is_rejected() -> None:
    from beian.text.pii import resident_id_check_char

    future = (dt.date.today() + dt.timedelta(days=400)).strftime("%Y%m%d")
    first17 = "110105" + future + "001"
    assert not validate_resident_id(first17 + resident_id_check_char(first17))


def test_legacy_fifteen_digit_id() -> None:
    assert validate_legacy_resident_id("110105491231002")
    assert not validate_legacy_resident_id("110105491331002")  # month 13


def test_luhn() -> None:
    assert luhn_valid("4111111111111111")
    assert luhn_valid("6222021234567894")
    assert not luhn_valid("4111111111111112")
    assert not luhn_valid("")
    assert not luhn_valid("41111a1111111111")


@pytest.mark.parametrize("code", ["91110102MAD55U9H0F", "91440300708461136T", "91110000600037341L"])
def test_valid_uscc(code: str) -> None:
    assert validate_uscc(code)


@pytest.mark.parametrize(
    "code",
    [
        "91110102MAD55U9H0E",  # wrong check character
        "91110102MAD55U9H0",  # 17 characters
        "91110102MAD55U9HOF",  # letter O is not in the charset
        "91110102mad55u9h0f",  # lower case
        "Z1110102MAD55U9H0F",  # unknown registration authority
    ],
)
def test_invalid_uscc(code: str) -> None:
    assert not validate_uscc(code)


# --- recognisers ---------------------------------------------------------------


def test_resident_id_found_with_offsets_and_reason() -> None:
    text = f"张三的身份证号码是{VALID_ID}。"
    [m] = find_pii(text)
    assert m.kind == "resident_id" and m.label_zh == "居民身份证号"
    assert text[m.start : m.end] == VALID_ID == m.text
    assert m.confidence > 0.95 and "校验位" in m.detail


def test_resident_id_with_bad_check_digit_is_not_reported_as_id() -> None:
    assert all(m.kind != "resident_id" for m in find_pii("身份证号码是110105194912310021。"))


def test_resident_id_wins_over_bank_card_reading() -> None:
    # 110101199003070054 passes Luhn too; the ID reading must win.
    assert luhn_valid("110101199003070054")
    assert kinds_in("证件号110101199003070054") == [("resident_id", "110101199003070054")]
    assert find_pii("证件号110101199003070054", {"bank_card"}) == []


def test_resident_id_with_space_groups() -> None:
    assert kinds_in("身份证 110105 19491231 002X") == [("resident_id", "110105 19491231 002X")]


def test_legacy_id_has_lower_confidence() -> None:
    [m] = find_pii("老身份证110105491231002")
    assert m.kind == "resident_id" and m.confidence < 0.9


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("手机13812345678", "13812345678"),
        ("电话 +86 138-1234-5678 找我", "+86 138-1234-5678"),
        ("拨打 138 1234 5678", "138 1234 5678"),
        ("8613912345678", "8613912345678"),
        ("全角１３８１２３４５６７８", "１３８１２３４５６７８"),
    ],
)
def test_mobile_forms(text: str, value: str) -> None:
    assert kinds_in(text) == [("mobile", value)]


@pytest.mark.parametrize("text", ["订单号2013812345678901", "编号138123456789", "12345678901", "10086"])
def test_digits_inside_longer_runs_are_not_phones(text: str) -> None:
    assert all(m.kind != "mobile" for m in find_pii(text))


def test_landline_with_extension() -> None:
    assert kinds_in("总机0755-86013388转123") == [("landline", "0755-86013388转123")]
    assert kinds_in("北京（010）62751234") == [("landline", "（010）62751234")]


def test_landline_with_impossible_area_code_is_rejected() -> None:
    assert find_pii("0123-4567890", {"landline"}) == []


def test_bank_card_luhn_and_groups() -> None:
    [m] = find_pii("卡号 6222 0212 3456 7894")
    assert m.kind == "bank_card" and m.confidence >= 0.9 and "银联" in m.detail
    assert find_pii("卡号 6222 0212 3456 7895") == []  # Luhn fails


def test_uscc_found_and_look_alike_rejected() -> None:
    assert kinds_in("统一社会信用代码：91110102MAD55U9H0F") == [("uscc", "91110102MAD55U9H0F")]
    assert kinds_in("统一社会信用代码：91110102MAD55U9H0E") == []


def test_email_and_ip() -> None:
    found = kinds_in("邮箱 zhang.san@example.com.cn，服务器 192.168.1.10，IPv6 2001:db8::8a2e:370:7334")
    assert found == [
        ("email", "zhang.san@example.com.cn"),
        ("ipv4", "192.168.1.10"),
        ("ipv6", "2001:db8::8a2e:370:7334"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "地址 999.1.1.1",
        "版本 v1.2.3.4",
        "时间 12:30:45",
        "MAC 00:1A:2B:3C:4D:5E",
        "买的时候是1.8.8.8，才8天就降价",
        "凌晨00：:35的航班",
    ],
)
def test_ip_look_alikes_rejected(text: str) -> None:
    assert [m for m in find_pii(text) if m.kind in {"ipv4", "ipv6"}] == []


def test_single_digit_ipv4_needs_context() -> None:
    assert kinds_in("DNS 服务器 8.8.8.8") == [("ipv4", "8.8.8.8")]


def test_documents_need_context() -> None:
    assert kinds_in("护照号码E12345678") == [("passport", "E12345678")]
    assert kinds_in("产品型号E12345678") == []
    assert kinds_in("港澳通行证C12345678") == [("hk_macao_permit", "C12345678")]
    assert kinds_in("台胞证号码12345678") == [("taiwan_permit", "12345678")]
    assert kinds_in("订单12345678") == []


def test_license_plates() -> None:
    assert kinds_in("车牌粤B12345停在门口") == [("license_plate", "粤B12345")]
    assert kinds_in("新能源车京AD12345") == [("license_plate", "京AD12345")]
    assert kinds_in("新ABCDE") == []


def test_results_are_sorted_and_kinds_filter() -> None:
    text = f"手机13812345678，身份证{VALID_ID}，邮箱a@b.cn"
    starts = [m.start for m in find_pii(text)]
    assert starts == sorted(starts) and len(starts) == 3
    assert [m.kind for m in find_pii(text, {"email"})] == ["email"]


def test_unknown_kind_gives_chinese_usage_error() -> None:
    with pytest.raises(UsageError) as err:
        find_pii("x", {"mobile", "shoe_size"})
    assert "未知的个人信息类型" in err.value.message and "shoe_size" in err.value.message
    assert err.value.hint and "mobile" in err.value.hint


def test_pii_kinds_table_is_complete() -> None:
    assert len(PII_KINDS) == 12 and all(PII_KINDS.values())


def test_huge_inputs_do_not_hang_or_crash() -> None:
    for blob in ("1" * 1_000_000, "a@" * 300_000, "1." * 300_000, ":" * 500_000, "京A" * 300_000):
        assert find_pii(blob) == []
    assert len(find_pii("13812345678 " * 20_000)) == 20_000


def test_empty_text() -> None:
    assert find_pii("") == []


# --- masking -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "value", "masked"),
    [
        ("mobile", "13812345678", "138****5678"),
        ("mobile", "138-1234-5678", "138-****-5678"),
        ("resident_id", "110101199003071234", "110101********1234"),
        ("bank_card", "6222021234567894", "************7894"),
        ("email", "alice@example.com", "a***@example.com"),
        ("uscc", "91110102MAD55U9H0F", "91**************0F"),
        ("ipv4", "192.168.1.10", "192.168.*.*"),
        ("license_plate", "粤B12345", "粤B****5"),
        ("landline", "0755-86013388", "0755-******88"),
        ("ipv6", "2001:db8::8a2e:370:7334", "2001:db8::*:*:*"),
        ("passport", "E12345678", "E******78"),
        ("resident_id", "110105491231002", "110105******002"),
        ("unknown_kind", "法轮功", "法*功"),
    ],
)
def test_mask_value_shapes(kind: str, value: str, masked: str) -> None:
    assert mask_value(kind, value) == masked


def test_mask_pii_replaces_every_match_and_keeps_other_text() -> None:
    text = f"电话13812345678，证件{VALID_ID}。"
    assert mask_pii(text) == "电话138****5678，证件110105********002X。"
    assert mask_pii("没有个人信息") == "没有个人信息"


def test_repr_and_dict_never_show_raw_value() -> None:
    [m] = find_pii("手机13812345678")
    assert "13812345678" not in repr(m)
    d = m.to_dict()
    assert d["masked"] == "138****5678" and "13812345678" not in str(d)
