"""The result type of the personal-information recognisers and the kind table."""

from __future__ import annotations

from dataclasses import dataclass

#: Every recogniser kind and its Chinese label (for ``--pii-kinds`` validation).
PII_KINDS: dict[str, str] = {
    "resident_id": "居民身份证号",
    "mobile": "手机号码",
    "landline": "固定电话",
    "bank_card": "银行卡号",
    "uscc": "统一社会信用代码",
    "email": "电子邮箱",
    "ipv4": "IPv4 地址",
    "ipv6": "IPv6 地址",
    "passport": "护照号码",
    "hk_macao_permit": "港澳通行证号码",
    "taiwan_permit": "台湾居民来往大陆通行证号码",
    "license_plate": "机动车号牌",
}


@dataclass(frozen=True, repr=False)
class PIIMatch:
    """One personal-information hit.

    ``start``/``end`` are Unicode character offsets into the input text and
    ``text`` is the raw value: never log it; use :attr:`masked` or
    :meth:`to_dict` instead (``repr`` shows the masked value only).
    ``detail`` is the Chinese reason the value was accepted.
    """

    start: int
    end: int
    kind: str
    label_zh: str
    text: str
    confidence: float
    detail: str = ""

    @property
    def masked(self) -> str:
        """The value masked with :func:`beian.text.pii.mask_value`."""
        from beian.text.pii.masking import mask_value

        return mask_value(self.kind, self.text)

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form with the masked value only (no raw text)."""
        return {
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "label_zh": self.label_zh,
            "masked": self.masked,
            "confidence": round(self.confidence, 3),
            "detail": self.detail,
        }

    def __repr__(self) -> str:
        return (
            f"PIIMatch(kind={self.kind!r}, start={self.start}, end={self.end}, "
            f"masked={self.masked!r}, confidence={self.confidence:.2f})"
        )
