"""Recognisers of travel documents (context required) and licence plates."""

from __future__ import annotations

import re

from beian.text.pii.masking import MASKERS
from beian.text.pii.record import Context, Recognizer, Validator, Verdict
from beian.text.pii.words import IDENTIFIER_WORDS


def _needs_context(conf: float, reason: str) -> Validator:
    """A validator for formats too generic to trust alone: always weak (a context word is required)."""

    def check(value: str) -> Verdict | None:
        return Verdict(conf, reason, weak=True)

    return check


def _document_context(words: str) -> Context:
    # an order, tracking or serial number right before the value is that, whatever document a line above names
    return Context(positive=words, negative=IDENTIFIER_WORDS, before=20, after=4, boost=0.0)


PASSPORT = Recognizer(
    kind="passport",
    label_zh="护照号码",
    pattern=re.compile(
        r"(?<![0-9A-Za-z\-])(?:[EG][0-9]{8}|E[A-HJ-NP-Z][0-9]{7}|[DSP]E[0-9]{7})(?![0-9A-Za-z])"
    ),
    validate=_needs_context(0.85, "护照号码格式，附近有“护照”字样"),
    mask=MASKERS["passport"],
    context=_document_context(r"护照|passport"),
    examples=(("护照号码E12345678", "E12345678"),),
    counter_examples=("产品型号E12345678",),
)

HK_MACAO_PERMIT = Recognizer(
    kind="hk_macao_permit",
    label_zh="港澳通行证号码",
    pattern=re.compile(r"(?<![0-9A-Za-z\-])(?:[CHMW][0-9]{8}|[HM][0-9]{10})(?![0-9A-Za-z])"),
    validate=_needs_context(0.85, "港澳通行证号码格式，附近有“港澳/通行证”字样"),
    mask=MASKERS["hk_macao_permit"],
    context=_document_context(r"港澳|通行证|回乡证"),
    examples=(("港澳通行证C12345678", "C12345678"),),
    counter_examples=("零件 C12345678",),
)

TAIWAN_PERMIT = Recognizer(
    kind="taiwan_permit",
    label_zh="台湾居民来往大陆通行证号码",
    pattern=re.compile(r"(?<![0-9A-Za-z\-])(?:[0-9]{10}|[0-9]{8})(?![0-9A-Za-z\-])"),
    validate=_needs_context(0.8, "台胞证号码格式，附近有“台胞证”字样"),
    mask=MASKERS["taiwan_permit"],
    context=_document_context(r"台胞证|台湾居民来往大陆通行证|台湾通行证"),
    examples=(("台胞证号码12345678", "12345678"),),
    counter_examples=("订单12345678",),
)

_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PROVINCES_TRADITIONAL = "滬遼魯蘇贛晉陝閩貴粵寧瓊雲"  # the same provinces written in traditional characters


def _check_plate(value: str) -> Verdict | None:
    tail = value[2:].lstrip("·• ")
    if len(tail) == 5 and sum(c.isdigit() for c in tail.upper()) < 3:
        return None  # ordinary plates carry at most two letters
    kind = "新能源号牌" if len(tail) == 6 else "普通号牌"
    if value[1].islower() or any(c.islower() for c in tail):  # typed in lower case (川a12345): only beside 车牌
        return Verdict(0.7, f"机动车{kind}（小写字母）：省份简称 + 发牌机关字母 + 序号，附近有“车牌”等字样", weak=True)
    return Verdict(0.8, f"机动车{kind}：省份简称 + 发牌机关字母 + 序号")


LICENSE_PLATE = Recognizer(
    kind="license_plate",
    label_zh="机动车号牌",
    pattern=re.compile(
        rf"[{_PROVINCES}{_PROVINCES_TRADITIONAL}](?:[A-HJ-NP-Z]|[a-hj-np-z](?=[0-9a-hj-np-z·• ]{{5,6}}(?![0-9A-Za-z])))[·• ]?"
        r"(?:[DFdf][A-HJ-NP-Za-hj-np-z0-9][0-9]{4}|[0-9]{5}[DFdf]|[A-HJ-NP-Za-hj-np-z0-9]{4}[A-HJ-NP-Za-hj-np-z0-9挂学警港澳])"
        r"(?![0-9A-Za-z])"
    ),
    validate=_check_plate,
    mask=MASKERS["license_plate"],
    context=Context(positive=r"车牌|号牌|车辆|牌照|驾驶", boost=0.12),
    examples=(("车牌粤B12345停在门口", "粤B12345"), ("新能源车京AD12345", "京AD12345"), ("車牌 粵B·12345", "粵B·12345"),
              ("车牌 川a12345", "川a12345")),
    counter_examples=("新ABCDE", "川a12345"),  # lower case with no plate word: not read as a plate
)
