"""One recogniser per kind: a linear candidate regex plus a validator.

Every pattern is anchored by a look-behind on its own character class and
uses only bounded quantifiers, so a failed attempt costs O(1) per position and
scanning stays linear even on megabytes of digits. Validators receive the
normalised text and the regex match and return ``(confidence, Chinese reason)``
or ``None`` to reject the candidate.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from dataclasses import dataclass

from beian.text.pii.checksums import (
    has_resident_id_structure,
    luhn_valid,
    org_code_valid,
    validate_legacy_resident_id,
    validate_resident_id,
    validate_uscc,
)

Verdict = tuple[float, str] | None
Validator = Callable[[str, "re.Match[str]"], Verdict]


@dataclass(frozen=True)
class Recognizer:
    """A kind, its candidate regex and its validator."""

    kind: str
    pattern: re.Pattern[str]
    validate: Validator


def _ctx(words: str) -> re.Pattern[str]:
    return re.compile(words, re.IGNORECASE)


def _near(text: str, m: re.Match[str], words: re.Pattern[str], before: int = 16, after: int = 6) -> bool:
    """True if a context word occurs shortly before or after the match."""
    return words.search(text, max(0, m.start() - before), min(len(text), m.end() + after)) is not None


def _boost(conf: float, near: bool, step: float = 0.07) -> float:
    return min(0.99, conf + step) if near else conf


def _digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


# --- resident_id -----------------------------------------------------------
_ID_RE = re.compile(r"(?<![0-9])(?:[1-8][0-9]{5}( ?)[0-9]{8}\1[0-9]{3}[0-9Xx]|[1-8][0-9]{14})(?![0-9A-Za-z])")
_ID_CTX = _ctx(r"身份证|身份号|证件号|公民身份")


def _check_resident_id(text: str, m: re.Match[str]) -> Verdict:
    value = m.group().replace(" ", "")
    if len(value) == 18:
        if validate_resident_id(value):
            return 0.99, "18 位身份证号：地区码、出生日期、校验位（GB 11643）均有效"
        return None
    if validate_legacy_resident_id(value):
        return _boost(
            0.6, _near(text, m, _ID_CTX), 0.25
        ), "15 位旧版身份证号：地区码和出生日期有效（无校验位）"
    return None


# --- mobile ----------------------------------------------------------------
_MOBILE_RE = re.compile(r"(?<![0-9+])(?:(?:\+|00)?86[ -]?)?1[3-9][0-9]([ -]?)[0-9]{4}\1[0-9]{4}(?![0-9])")
_PHONE_CTX = _ctx(r"手机|电话|联系|致电|拨打|来电|号码|微信|tel|phone|mobile")


def _check_mobile(text: str, m: re.Match[str]) -> Verdict:
    prefixed = len(_digits(m.group())) > 11
    conf = 0.95 if prefixed else 0.9
    return _boost(conf, _near(text, m, _PHONE_CTX)), "大陆手机号：1[3-9] 开头 11 位" + (
        "，带 +86 前缀" if prefixed else ""
    )


# --- landline --------------------------------------------------------------
_LANDLINE_RE = re.compile(
    r"(?<![0-9])(?:0[1-9][0-9]{1,2}-|[(（]0[1-9][0-9]{1,2}[)）] ?)[2-9][0-9]{6,7}(?:(?:-|转|ext\.?)[0-9]{1,6})?(?![0-9])"
)


def _check_landline(text: str, m: re.Match[str]) -> Verdict:
    area = re.match(r"[(（]?(0[0-9]+)", m.group())
    assert area is not None
    code = area.group(1)
    if len(code) == 3 and not (code == "010" or code.startswith("02")):
        return None
    if len(code) == 4 and code[1] in "12":
        return None
    return _boost(0.85, _near(text, m, _PHONE_CTX)), f"固定电话：区号 {code} + 7～8 位号码"


# --- bank_card -------------------------------------------------------------
_CARD_RE = re.compile(r"(?<![0-9])(?:[0-9]{16,19}|[0-9]{4}(?:[ -][0-9]{4}){3}(?:[ -]?[0-9]{1,3})?)(?![0-9])")
_CARD_CTX = _ctx(r"卡号|银行卡|信用卡|借记卡|储蓄卡|账号|帐号|账户|card")
_BINS = (("62", 0.8, "银联"), ("4", 0.7, "Visa"), ("5", 0.7, "MasterCard"), ("35", 0.7, "JCB"))


def _check_bank_card(text: str, m: re.Match[str]) -> Verdict:
    digits = _digits(m.group())
    if not 16 <= len(digits) <= 19 or len(set(digits)) == 1 or not luhn_valid(digits):
        return None
    if len(digits) == 18 and has_resident_id_structure(digits):
        return None  # an ID number with a wrong check digit, not a card
    conf, brand = 0.6, ""
    for prefix, value, name in _BINS:
        if digits.startswith(prefix):
            conf, brand = value, name
            break
    reason = f"{len(digits)} 位卡号，通过 Luhn 校验" + (f"，{brand} 卡号段" if brand else "")
    return _boost(conf, _near(text, m, _CARD_CTX), 0.15), reason


# --- uscc ------------------------------------------------------------------
_USCC_RE = re.compile(
    r"(?<![0-9A-Za-z])[1-9ANY][0-9A-HJ-NP-RTUWXY][0-9]{6}[0-9A-HJ-NP-RTUWXY]{10}(?![0-9A-Za-z])"
)
_USCC_CTX = _ctx(r"信用代码|社会信用|税号|纳税人识别号|营业执照")


def _check_uscc(text: str, m: re.Match[str]) -> Verdict:
    code = m.group()
    if not validate_uscc(code) or has_resident_id_structure(code):
        return None  # an all-digit string shaped like a resident ID is not read as a USCC
    if org_code_valid(code[8:17]):
        return _boost(
            0.95, _near(text, m, _USCC_CTX), 0.04
        ), "统一社会信用代码：GB 32100 校验位与组织机构代码校验位均有效"
    if code.isdigit():
        return None  # pure digits passing only the mod-31 check are too often chance
    return _boost(0.6, _near(text, m, _USCC_CTX), 0.3), "统一社会信用代码：GB 32100 校验位有效"


# --- email -----------------------------------------------------------------
_EMAIL_RE = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9\-])"
)


def _check_email(text: str, m: re.Match[str]) -> Verdict:
    local = m.group().rpartition("@")[0]
    if local.endswith(".") or ".." in local:
        return None
    return 0.95, "电子邮箱地址"


# --- ip addresses ----------------------------------------------------------
_IPV4_RE = re.compile(r"(?<![0-9.])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![0-9]|\.[0-9])")
_IP_CTX = _ctx(r"\bip\b|ip地址|地址|服务器|主机|host|登录")


def _check_ipv4(text: str, m: re.Match[str]) -> Verdict:
    octets = m.group().split(".")
    if any(int(o) > 255 or (len(o) > 1 and o[0] == "0") for o in octets):
        return None
    if m.start() > 0 and text[m.start() - 1] in "vV":
        return None  # a version number such as v1.2.3.4
    near = _near(text, m, _IP_CTX)
    if not near and all(len(o) == 1 for o in octets):
        return None  # 1.8.8.8 without an IP context word is usually a price or version
    return _boost(0.7, near, 0.2), "IPv4 地址：4 段均在 0～255"


_IPV6_RE = re.compile(
    r"(?<![0-9A-Fa-f:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\.[0-9]{1,3}){0,3}(?![0-9A-Fa-f:])"
)


def _check_ipv6(text: str, m: re.Match[str]) -> Verdict:
    value = m.group()
    if sum(1 for g in value.split(":") if g) < 3:
        return None  # "1::15" is far more often a time written with odd colons
    try:
        ipaddress.IPv6Address(value)
    except ValueError:
        return None
    return _boost(0.85, _near(text, m, _IP_CTX), 0.1), "IPv6 地址（ipaddress 校验通过）"


# --- travel documents (context required) -----------------------------------
_PASSPORT_RE = re.compile(
    r"(?<![0-9A-Za-z\-])(?:[EG][0-9]{8}|E[A-HJ-NP-Z][0-9]{7}|[DSP]E[0-9]{7})(?![0-9A-Za-z])"
)
_PASSPORT_CTX = _ctx(r"护照|passport")
_HKMO_RE = re.compile(r"(?<![0-9A-Za-z\-])(?:[CHMW][0-9]{8}|[HM][0-9]{10})(?![0-9A-Za-z])")
_HKMO_CTX = _ctx(r"港澳|通行证|回乡证")
_TW_RE = re.compile(r"(?<![0-9A-Za-z\-])(?:[0-9]{10}|[0-9]{8})(?![0-9A-Za-z\-])")
_TW_CTX = _ctx(r"台胞证|台湾居民来往大陆通行证|台湾通行证")


def _with_context(words: re.Pattern[str], conf: float, reason: str) -> Validator:
    def check(text: str, m: re.Match[str]) -> Verdict:
        return (conf, reason) if _near(text, m, words, before=20, after=4) else None

    return check


# --- license_plate ---------------------------------------------------------
_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE_RE = re.compile(
    rf"[{_PROVINCES}][A-HJ-NP-Z][·• ]?"
    r"(?:[DF][A-HJ-NP-Z0-9][0-9]{4}|[0-9]{5}[DF]|[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳])(?![0-9A-Za-z])"
)
_PLATE_CTX = _ctx(r"车牌|号牌|车辆|牌照|驾驶")


def _check_plate(text: str, m: re.Match[str]) -> Verdict:
    tail = m.group()[2:].lstrip("·• ")
    if len(tail) == 5 and sum(c.isdigit() for c in tail) < 3:
        return None  # ordinary plates carry at most two letters
    kind = "新能源号牌" if len(tail) == 6 else "普通号牌"
    return _boost(0.8, _near(text, m, _PLATE_CTX), 0.12), f"机动车{kind}：省份简称 + 发牌机关字母 + 序号"


RECOGNIZERS: tuple[Recognizer, ...] = (
    Recognizer("resident_id", _ID_RE, _check_resident_id),
    Recognizer("mobile", _MOBILE_RE, _check_mobile),
    Recognizer("landline", _LANDLINE_RE, _check_landline),
    Recognizer("bank_card", _CARD_RE, _check_bank_card),
    Recognizer("uscc", _USCC_RE, _check_uscc),
    Recognizer("email", _EMAIL_RE, _check_email),
    Recognizer("ipv4", _IPV4_RE, _check_ipv4),
    Recognizer("ipv6", _IPV6_RE, _check_ipv6),
    Recognizer(
        "passport", _PASSPORT_RE, _with_context(_PASSPORT_CTX, 0.85, "护照号码格式，附近有“护照”字样")
    ),
    Recognizer(
        "hk_macao_permit",
        _HKMO_RE,
        _with_context(_HKMO_CTX, 0.85, "港澳通行证号码格式，附近有“港澳/通行证”字样"),
    ),
    Recognizer("taiwan_permit", _TW_RE, _with_context(_TW_CTX, 0.8, "台胞证号码格式，附近有“台胞证”字样")),
    Recognizer("license_plate", _PLATE_RE, _check_plate),
)
