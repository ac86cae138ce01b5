"""Recognisers of numbers with a checksum: resident ID, bank card, unified social credit code."""

from __future__ import annotations

import re

from beian.text.pii.checksums import (
    has_resident_id_structure,
    looks_like_timestamp,
    luhn_valid,
    org_code_valid,
    validate_legacy_resident_id,
    validate_resident_id,
    validate_uscc,
)
from beian.text.pii.masking import MASKERS
from beian.text.pii.record import Context, Recognizer, Verdict
from beian.text.pii.words import (
    CARD_WORDS,
    CODE_WORDS,
    ID_WORDS,
    IDENTIFIER_WORDS,
    MATH_WORDS,
    NON_BANK_CARD_WORDS,
)


def _digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


# --- resident_id -----------------------------------------------------------


_ID_GROUPS = frozenset({(18,), (6, 8, 4), (6, 4, 4, 4), (3, 3, 4, 4, 4)})  # how an ID number is read out


def _check_resident_id(value: str) -> Verdict | None:
    groups = tuple(len(g) for g in value.replace("-", " ").split(" "))
    value = value.replace(" ", "").replace("-", "")
    if len(value) == 18:
        if not validate_resident_id(value):
            return None
        if groups not in _ID_GROUPS:  # 31010419 95010 49174: read out unevenly (OCR), only after an ID word
            return Verdict(0.99, "18 位身份证号（不规则分组）：地区码、出生日期、校验位均有效", weak=True)
        return Verdict(0.99, "18 位身份证号：地区码、出生日期、校验位（GB 11643）均有效", strong=True)
    if validate_legacy_resident_id(value):
        return Verdict(0.6, "15 位旧版身份证号：地区码和出生日期有效（无校验位）")
    return None


RESIDENT_ID = Recognizer(
    kind="resident_id",
    label_zh="居民身份证号",
    pattern=re.compile(
        # 18 characters whole, as 6-8-4, 6-4-4-4 or 3-3-4-4-4 (read out in groups) with one kind of separator (space
        # or dash), or 15 digits
        r"(?<![0-9A-Za-z])(?:[1-8][0-9]{5}([ -]?)[0-9]{8}\1[0-9]{3}[0-9Xx]"
        r"|[1-8][0-9]{5}([ -])[0-9]{4}\2[0-9]{4}\2[0-9]{3}[0-9Xx]"
        r"|[1-8][0-9]{2}([ -])[0-9]{3}\3[0-9]{4}\3[0-9]{4}\3[0-9]{3}[0-9Xx]|[1-8][0-9]{14}"
        r"|[1-8](?: ?[0-9]){16} ?[0-9Xx](?! ?[0-9]))(?![0-9A-Za-z])"  # any other grouping (OCR): after an ID word
    ),
    validate=_check_resident_id,
    mask=MASKERS["resident_id"],
    context=Context(positive=ID_WORDS, negative=IDENTIFIER_WORDS, boost=0.25),
    examples=(
        ("身份证号码是11010519491231002X。", "11010519491231002X"),
        ("证件号码：31011519900412454X", "31011519900412454X"),
        ("身份证 110105 19491231 002X", "110105 19491231 002X"),
        ("身份证 110105 1949 1231 002X", "110105 1949 1231 002X"),
        ("他报了号码：110 105 1949 1231 002X", "110 105 1949 1231 002X"),
        ("身份证号 110105-19491231-002X。", "110105-19491231-002X"),
        ("老身份证110105491231002", "110105491231002"),
        ("身份证１１０１０５１９４９１２３１００２Ｘ", "１１０１０５１９４９１２３１００２Ｘ"),
        ("身份证号 420106\u200b19870412\u200d449X", "420106\u200b19870412\u200d449X"),
    ),
    counter_examples=(
        "身份证号 11010519880312107X 有误",  # wrong check character
        "身份证号码是110105194912310021。",
        "订单号110105491231002",  # a 15-digit number after an order word
        "编号A11010519491231002X",  # part of a longer code
    ),
)

# --- bank_card -------------------------------------------------------------

# Issuer identification numbers (ISO/IEC 7812) of the card schemes used in China: (prefix range,
# lengths, confidence, name). python-stdnum has no IIN table, so this short one is kept here.
_IINS: tuple[tuple[int, int, range, float, str], ...] = (
    (62, 62, range(16, 20), 0.8, "银联"),
    (4, 4, range(16, 20, 3), 0.7, "Visa"),
    (51, 55, range(16, 17), 0.7, "MasterCard"),
    (2221, 2720, range(16, 17), 0.7, "MasterCard"),
    (3528, 3589, range(16, 20), 0.7, "JCB"),
    (6011, 6011, range(16, 20), 0.7, "Discover"),
    (65, 65, range(16, 20), 0.7, "Discover"),
)


def _issuer(digits: str) -> tuple[float, str] | None:
    for lo, hi, lengths, conf, name in _IINS:
        width = len(str(lo))
        if lo <= int(digits[:width]) <= hi and len(digits) in lengths:
            return conf, name
    return None


_FOUR_GROUPS = re.compile(r"[0-9]{4}(?: [0-9]{4}){3}(?: ?[0-9]{1,3})?")  # 6222 0212 3456 7894 (and a last group)


def _check_bank_card(value: str) -> Verdict | None:
    digits = _digits(value)
    uneven = " " in value and _FOUR_GROUPS.fullmatch(value) is None  # 621700 8368906359341: only after a card word
    if not 16 <= len(digits) <= 19 or len(set(digits)) == 1 or not luhn_valid(digits):
        return None
    if len(digits) == 18 and has_resident_id_structure(digits):
        return None  # an ID number with a wrong check digit, not a card
    if looks_like_timestamp(digits):
        return None  # an order number or log time starting with a date; no issuer number starts so
    issuer = _issuer(digits)
    reason = f"{len(digits)} 位卡号，通过 Luhn 校验"
    if issuer is None:
        return Verdict(0.6, reason + "，非常见卡组织号段", weak=True)
    return Verdict(issuer[0], reason + f"，{issuer[1]} 卡号段", weak=uneven)


BANK_CARD = Recognizer(
    kind="bank_card",
    label_zh="银行卡号",
    pattern=re.compile(
        r"(?<![0-9A-Za-z._/-])(?:[0-9]{16,19}|[0-9]{4}(?:[ -][0-9]{4}){3}(?:[ -]?[0-9]{1,3})?"
        r"|[0-9]{3,}(?: [0-9]{3,}){1,2}(?! ?[0-9]))(?![0-9A-Za-z])"  # any other grouping (OCR): after a card word
    ),
    validate=_check_bank_card,
    mask=MASKERS["bank_card"],
    context=Context(positive=CARD_WORDS, negative=f"{IDENTIFIER_WORDS}|{MATH_WORDS}|{NON_BANK_CARD_WORDS}|{CODE_WORDS}",
                    boost=0.15, keys=r"card|acct|account|bank|卡|账号|帐号|账户"),
    examples=(
        ("卡号 6222 0212 3456 7894", "6222 0212 3456 7894"),
        ("请转账到工商银行卡号 6222021234567894，户名张三", "6222021234567894"),
        ("信用卡 4111 1111 1111 1111 已绑定", "4111 1111 1111 1111"),
        ("中国工商银行6222020308123456789。", "6222020308123456789"),
        ("卡号 ６２２２ ０２１２ ３４５６ ７８９４", "６２２２ ０２１２ ３４５６ ７８９４"),
        ("account_no=6258071234567896&bank=ICBC", "6258071234567896"),  # a key that names the card
        ("收款卡号=6222021234567894", "6222021234567894"),
    ),
    counter_examples=(
        "卡号 6222 0212 3456 7895",  # Luhn fails
        "身份证号 11010519880312107X 有误",  # 17 digits of an ID ending in X
        "订单号：6274852605747938090，预计明天送达",  # a Luhn-valid 62 number after an order word
        "交易流水号：20231105143025118",  # a timestamp
        "账户流水 20231105143025118",  # a timestamp, even beside an account word
        "uid=1898206608036063913 action=click",  # no issuer number, no card word
        "π 的前二十位是 3.1415926535897932384",  # digits after a decimal point
        "GET /api/v1/orders/5820828169697795 HTTP/1.1",
        "SIM卡号 8986001234567890120",  # an ICCID: no issuer number, and not a bank card's 卡号
        "加油卡号 1000112345678909",
        "会员卡号：8800123456789010",
        "活动券码 4111111111111111 已使用",  # a coupon code, Luhn-valid by chance
        "商品编码 6258380084621434",  # a product code
        "测试卡号4111111111111111（Stripe 测试卡）",  # a payment processor's test card
    ),
)

# --- uscc ------------------------------------------------------------------


def _check_uscc(code: str) -> Verdict | None:
    if not validate_uscc(code) or has_resident_id_structure(code):
        return None  # an all-digit string shaped like a resident ID is not read as a USCC
    if org_code_valid(code[8:17]):  # all digits: one in about 341 numbers passes both, so an order word still rejects it
        return Verdict(0.95, "统一社会信用代码：GB 32100 校验位与组织机构代码校验位均有效", strong=not code.isdigit())
    if code.isdigit():
        return None  # pure digits passing only the mod-31 check are too often chance
    return Verdict(0.6, "统一社会信用代码：GB 32100 校验位有效")


USCC = Recognizer(
    kind="uscc",
    label_zh="统一社会信用代码",
    pattern=re.compile(
        r"(?<![0-9A-Za-z])[1-9ANY][0-9A-HJ-NP-RTUWXY][0-9]{6}[0-9A-HJ-NP-RTUWXY]{10}(?![0-9A-Za-z])"
    ),
    validate=_check_uscc,
    mask=MASKERS["uscc"],
    context=Context(positive=r"信用代码|社会信用|税号|纳税人识别号|营业执照", negative=IDENTIFIER_WORDS, boost=0.3),
    examples=(
        ("统一社会信用代码：91110102MAD55U9H0F", "91110102MAD55U9H0F"),
        ("税号 91440300708461136T", "91440300708461136T"),
    ),
    counter_examples=("统一社会信用代码：91110102MAD55U9H0E", "型号 91110102MAD55U9HOF",
                      "订单号：202401275498624760，请在24小时内付款"),  # digits only, both checks pass by chance
)
