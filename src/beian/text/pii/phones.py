"""Recognisers of phone numbers: mainland mobile numbers and landlines."""

from __future__ import annotations

import re

from beian.text.pii.masking import MASKERS
from beian.text.pii.record import Context, Recognizer, Verdict
from beian.text.pii.words import (
    AMOUNT_WORDS,
    CODE_WORDS,
    FILE_AFTER,
    IDENTIFIER_WORDS,
    MATH_AFTER,
    MATH_WORDS,
    PHONE_WORDS,
    QUANTITY_WORDS,
    UNIT_AFTER,
)

# Mobile number segments in use (MIIT allocations): 13x, 145-149, 150-153, 155-159, 162, 165-167,
# 170-178, 18x, 190-193, 195-199. 140-144 and 146's data-only IoT ranges are 13 digits long anyway.
_SEGMENT = r"1(?:3[0-9]|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8[0-9]|9[0-35-9])"


_SEGMENT_RE = re.compile(_SEGMENT)
_THREE_THREE_FIVE = re.compile(r"[0-9]{3} [0-9]{3} [0-9]{5}")
_MIXED = re.compile(r"[0-9]{3}(?:-[0-9]{4} | [0-9]{4}-)[0-9]{4}")
_OTHER_GROUPS = re.compile(r"(?![0-9]{3} [0-9]{4} [0-9]{4}$)[0-9]+(?: [0-9]+){1,2}")  # not the 3-4-4 a phone is read in


def _check_mobile(value: str) -> Verdict | None:
    digits = "".join(c for c in value if c.isdigit())
    prefixed = len(digits) > 11
    if not _SEGMENT_RE.match(digits[-11:]):
        return None
    # one separator between every digit (1 3 8 1 2 …) is how phones are hidden, and how lists look;
    # dots between the groups (138.1234.5678) are a phone's writing too, and a version's: both are weak,
    # found only after a phone word or a person named ("王女士 138.1234.5678")
    spaced = len(value) >= 21 and len(set(value[1::2])) == 1
    dotted = "." in value or _THREE_THREE_FIVE.fullmatch(value) is not None  # 139 123 45678: after a phone word
    dotted = dotted or _MIXED.fullmatch(value) is not None  # 138-1234 5678: two separators, after a phone word
    dotted = dotted or _OTHER_GROUPS.fullmatch(value) is not None  # 1518312 7739 (OCR): after a phone word
    reason = (
        "大陆手机号：在用号段，11 位"
        + ("，带 +86 前缀" if prefixed else "")
        + ("，逐位分隔" if spaced else "")
    )
    return Verdict(0.95 if prefixed else 0.9, reason, weak=spaced or dotted)


MOBILE = Recognizer(
    kind="mobile",
    label_zh="手机号码",
    # Not after a letter: SF19048676141 and YT15912345678 are tracking numbers (prefix letters of the
    # courier: SF 顺丰, YT 圆通, JD/JDX 京东, JT 极兔, ZTO 中通…), never phones.
    pattern=re.compile(
        rf"(?<![0-9A-Za-z_.+])(?:(?:(?:\+|00)?86[ -]?)?{_SEGMENT}([ .-]?)[0-9]{{4}}\1[0-9]{{4}}(?!\1[0-9])"
        r"|1([ .-])[3-9]\2[0-9](?:\2[0-9]){8}"
        rf"|{_SEGMENT} [0-9]{{3}} [0-9]{{5}}|{_SEGMENT}(?:-[0-9]{{4}} |[ ][0-9]{{4}}-)[0-9]{{4}}"
        rf"|{_SEGMENT}(?:[ -]?[0-9]){{8}}(?![ -]?[0-9]))(?![0-9A-Za-z]|\.[0-9])"  # any other grouping: after a phone word
    ),
    validate=_check_mobile,
    mask=MASKERS["mobile"],
    context=Context(positive=PHONE_WORDS,
                    negative=f"{IDENTIFIER_WORDS}|{MATH_WORDS}|{AMOUNT_WORDS}|{CODE_WORDS}|{QUANTITY_WORDS}|卡号",
                    negative_after=f"{UNIT_AFTER}|{FILE_AFTER}|{MATH_AFTER}", figures=True),
    examples=(
        ("手机13812345678", "13812345678"),
        ("电话 +86 138-1234-5678 找我", "+86 138-1234-5678"),
        ("8613912345678", "8613912345678"),
        ("中通运单号 75477732785233903 正在派送中，快递员电话 18667891234", "18667891234"),
        (
            "手机\U0001d7cf\U0001d7d1\U0001d7d6\U0001d7cf\U0001d7d0\U0001d7d1\U0001d7d2\U0001d7d3\U0001d7d4"
            "\U0001d7d5\U0001d7d6",
            "\U0001d7cf\U0001d7d1\U0001d7d6\U0001d7cf\U0001d7d0\U0001d7d1\U0001d7d2"
            "\U0001d7d3\U0001d7d4\U0001d7d5\U0001d7d6",
        ),
        ("电话①③⑨①②③④⑤⑥⑦⑧", "①③⑨①②③④⑤⑥⑦⑧"),
        ("手机号 138\u200b1234\u200b5678", "138\u200b1234\u200b5678"),
        ("手机 ١٣٨١٢٣٤٥٦٧٨", "١٣٨١٢٣٤٥٦٧٨"),
        ("电话 一三八一二三四五六七八", "一三八一二三四五六七八"),
        ("号码是 1 3 8 1 2 3 4 5 6 7 8 记住了", "1 3 8 1 2 3 4 5 6 7 8"),
        ("有事打我手机 138.1234.5678，谢谢", "138.1234.5678"),
        ("手机：138-1234 5678", "138-1234 5678"),  # two kinds of separator: only after a phone word
        ("手机：1381-2345-678", "1381-2345-678"),  # 4-4-3 with dashes, as 1381 2345 678 with spaces
        ("客户 王女士 139.2134.1587，请回访", "139.2134.1587"),  # a person named before it
        ("快递到了就给15800001111打个电话", "15800001111"),  # a phone word right after beats a distant identifier word
        ("快递员说送到了就打13912345678找他", "13912345678"),  # and so does a verb of calling right before it
        ("联系人：张伟 139 123 45678", "139 123 45678"),  # grouped 3-3-5 after a phone word
        (
            "电话：1\ufe0f\u20e33\ufe0f\u20e38\ufe0f\u20e31\ufe0f\u20e32\ufe0f\u20e33\ufe0f\u20e34\ufe0f\u20e3"
            "5\ufe0f\u20e36\ufe0f\u20e37\ufe0f\u20e38\ufe0f\u20e3",
            "1\ufe0f\u20e33\ufe0f\u20e38\ufe0f\u20e3"
            "1\ufe0f\u20e32\ufe0f\u20e33\ufe0f\u20e34\ufe0f\u20e35\ufe0f\u20e36\ufe0f\u20e37\ufe0f\u20e38\ufe0f\u20e3",
        ),
    ),
    counter_examples=(
        "【顺丰速运】您的快件SF19048676141已由快递员派送",
        "您的包裹（运单号 13912345678）已到驿站",
        "订单号13812345678，请在 30 分钟内完成支付",
        "编号138123456789",
        "12345678901",
        "号码 14012345678",  # 140 is not a mobile segment
        "数列 13812345678, 13912345679 的差",
        "QQ号 13812345678",
        "抽奖池 1 3 8 1 2 3 4 5 6 7 8",  # spaced digits: only after a phone word
        "镜像 138.1234.5678 已同步",  # dotted groups: only after a phone word or a person named
        "手机端版本 v2.138.1234.5678",
        "卡号 138 1234 5678 9012",  # a fourth group: a longer number written in groups
        "会员卡号 14543881108，积分 320",  # the number of a card, whatever card
        "全年营业收入 17242713943 元",  # an amount
        "累计访问 13912345678 次",
        "成交量 13912345678 股",  # quantities
        "库存数量 18600000000 件",
        "SKU 13912345678 已下架",
        "打包 139 123 45678",  # 3-3-5 groups without a phone word
        "13821252318 × 2 = ?",  # a calculation
        "第18671682723号文件",
        "build 13812345678",
        "订单 13812345678 打印",
        "共 13912345678 字节",
        "函数 f(13912345678) 的返回值",  # code
        "商品页 https://item.example.com/13912345678.html",  # a web address
    ),
)


def _check_landline(value: str) -> Verdict | None:
    abroad = value.startswith("+86")
    if abroad:  # +86 21 6288 1234: the area code is the 021 a caller at home dials; +86 says phone, spaced or not
        value = "0" + value[3:].lstrip(" -")
    area = re.match(r"[(（]?(0[0-9]+)", value)
    if area is None:
        return None
    code = area.group(1)
    if len(code) == 3 and not (code == "010" or code.startswith("02")):
        return None
    if len(code) == 4 and code[1] in "12":
        return None
    # a space after the area code (021 69937616) is a phone's writing, and that of any two numbers in a row;
    # so is a dash inside the number (0755-8601-3388), and that of codes and dates
    spaced = value[len(code)] == " "
    split = re.match(r"[(（]?0[0-9]+[)）]?[ -]?[0-9]+-[0-9]{4}(?![0-9])", value) is not None
    return Verdict(0.85, f"固定电话：区号 {code} + 7～8 位号码", weak=(spaced or split) and not abroad)


LANDLINE = Recognizer(
    kind="landline",
    label_zh="固定电话",
    pattern=re.compile(
        r"(?<![0-9A-Za-z])(?:(?:0[1-9][0-9]{1,2}[- ]|[(（]0[1-9][0-9]{1,2}[)）] ?)(?:[2-9][0-9]{6,7}|[2-9][0-9]{2,3}-[0-9]{4})"
        # written for callers abroad: +86, the area code without its 0, the number in one or two groups
        r"|\+86[ -]?(?:10|2[0-9]|[3-9][0-9]{2})[ -](?:[2-9][0-9]{6,7}|[2-9][0-9]{2,3}[ -][0-9]{4}))"
        r"(?:(?:-|转|ext\.?)[0-9]{1,6})?(?![0-9])"
    ),
    validate=_check_landline,
    mask=MASKERS["landline"],
    context=Context(positive=PHONE_WORDS),
    examples=(
        ("总机0755-86013388转123", "0755-86013388转123"),
        ("北京（010）62751234", "（010）62751234"),
        ("投递员电话 0571-87654321", "0571-87654321"),
        ("门店电话 021 69937616，营业时间 9:00-21:00", "021 69937616"),
        ("电话 0755-8601-3388", "0755-8601-3388"),
        ("固话 (010) 6275-1234", "(010) 6275-1234"),
        ("T: +86 21 6288 1234 | M: +86 13687428997", "+86 21 6288 1234"),  # for callers abroad
        ("总机 +86-755-86013388", "+86-755-86013388"),
    ),
    counter_examples=("0123-4567890", "客服 400-820-8820", "共 0571 2345678 件", "批号 0571-2023-0815"),
)
