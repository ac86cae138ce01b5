"""Every recogniser record, in the order the engine runs them.

Each record (:class:`beian.text.pii.record.Recognizer`) holds one kind's pattern, validator, masker,
context words, scores and examples; the kind modules define them:

* :mod:`~beian.text.pii.ids`: resident ID, bank card, unified social credit code;
* :mod:`~beian.text.pii.phones`: mobile and landline numbers;
* :mod:`~beian.text.pii.network`: e-mail, IPv4, IPv6;
* :mod:`~beian.text.pii.documents`: passport, travel permits, licence plates.
"""

from __future__ import annotations

from beian.text.pii.documents import HK_MACAO_PERMIT, LICENSE_PLATE, PASSPORT, TAIWAN_PERMIT
from beian.text.pii.ids import BANK_CARD, RESIDENT_ID, USCC
from beian.text.pii.network import EMAIL, IPV4, IPV6
from beian.text.pii.phones import LANDLINE, MOBILE
from beian.text.pii.record import Context, Recognizer, Verdict

RECOGNIZERS: tuple[Recognizer, ...] = (
    RESIDENT_ID,
    MOBILE,
    LANDLINE,
    BANK_CARD,
    USCC,
    EMAIL,
    IPV4,
    IPV6,
    PASSPORT,
    HK_MACAO_PERMIT,
    TAIWAN_PERMIT,
    LICENSE_PLATE,
)

__all__ = ["RECOGNIZERS", "Context", "Recognizer", "Verdict"]
