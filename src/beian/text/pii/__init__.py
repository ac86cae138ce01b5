"""Personal-information recognisers with checksums, and shape-keeping masking.

Detection (:func:`find_pii`) is separate from action (:func:`mask_pii`,
:func:`mask_value`); every match carries its kind, Chinese label, confidence
and the reason it was accepted.
"""

from __future__ import annotations

from beian.text.pii.checksums import (
    luhn_valid,
    resident_id_check_char,
    uscc_check_char,
    validate_legacy_resident_id,
    validate_resident_id,
    validate_uscc,
)
from beian.text.pii.engine import find_pii
from beian.text.pii.masking import mask_pii, mask_value
from beian.text.pii.model import PII_KINDS, PIIMatch

__all__ = [
    "PII_KINDS",
    "PIIMatch",
    "find_pii",
    "luhn_valid",
    "mask_pii",
    "mask_value",
    "resident_id_check_char",
    "uscc_check_char",
    "validate_legacy_resident_id",
    "validate_resident_id",
    "validate_uscc",
]
