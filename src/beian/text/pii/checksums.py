"""Check digits and structural validation for Chinese identifiers.

* Resident identity number: GB 11643-1999, ISO 7064 MOD 11-2 check character.
* Unified social credit code: GB 32100-2015 (mod 31 check character) with the
  embedded organisation code (GB 11714-1997, mod 11) as an extra signal.
* Bank card numbers: the Luhn (mod 10) algorithm.

The check digits come from python-stdnum (``stdnum.cn.ric``, ``stdnum.cn.uscc``, ``stdnum.luhn``).
Kept by hand, and why:

* the province-code and birth-date checks of a resident ID: ``stdnum.cn.ric.validate`` also looks the
  6-digit county code up in a table keyed by birth year, which rejects real IDs issued under a county
  code created after the holder's birth (53 of the 88 check-digit-valid IDs in pii-multipriv-zh,
  e.g. ``320106``), and it accepts birth dates in the future;
* the registration-authority character of a USCC (``stdnum.cn.uscc`` does not check it, and wrongly
  requires the first 8 characters to be digits);
* the GB 11714 organisation code embedded in a USCC: stdnum has no module for it.
"""

from __future__ import annotations

import datetime as _dt

from stdnum import luhn as _luhn
from stdnum.cn import ric as _ric
from stdnum.cn import uscc as _uscc

# Province-level division codes (first two digits of a resident ID): the 31
# mainland provinces plus 71 台湾, 81 香港, 82 澳门 and 83 (港澳台居民居住证).
PROVINCE_CODES: frozenset[str] = frozenset(
    str(code)
    for code in (
        *(11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46),
        *(50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83),
    )
)

USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # 31 characters: no I O Z S V
_USCC_VALUES = frozenset(USCC_CHARSET)
# First character: registration authority (1 机构编制 … 9 工商, A 中央军委, N 农业, Y 其他).
USCC_AUTHORITIES = frozenset("123456789ANY")
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def resident_id_check_char(first17: str) -> str:
    """Return the GB 11643 check character ('0'-'9' or 'X') for 17 digits."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError("身份证号前 17 位必须是 17 个数字")
    return str(_ric.calc_check_digit(first17 + "0"))


def birth_date(yyyymmdd: str, *, today: _dt.date | None = None) -> _dt.date | None:
    """Parse a birth date; None if impossible, before 1900 or in the future."""
    try:
        date = _dt.date(int(yyyymmdd[0:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))
    except ValueError:
        return None
    limit = today or _dt.date.today()
    if date.year < 1900 or date > limit:
        return None
    return date


def has_resident_id_structure(s: str) -> bool:
    """True if an 18-character string has a valid province code and birth date.

    The check character is not examined: this tells "looks like an ID" apart
    from "is a valid ID" (see :func:`validate_resident_id`).
    """
    return (
        len(s) == 18
        and s[:17].isascii()
        and s[:17].isdigit()
        and s[:2] in PROVINCE_CODES
        and birth_date(s[6:14]) is not None
    )


def validate_resident_id(s: str) -> bool:
    """Validate an 18-character resident identity number (GB 11643).

    Checks the province code, the birth date (1900-01-01 up to today) and the
    ISO 7064 MOD 11-2 check character ('x' is accepted for 'X').
    """
    if not isinstance(s, str) or len(s) != 18:
        return False
    if not has_resident_id_structure(s):
        return False
    return resident_id_check_char(s[:17]) == s[17].upper()


def validate_legacy_resident_id(s: str) -> bool:
    """Validate a 15-digit (pre-1999) resident ID: province code and 19YYMMDD date.

    Old IDs have no check digit, so this is weaker evidence than an 18-digit ID.
    """
    return (
        isinstance(s, str)
        and len(s) == 15
        and s.isascii()
        and s.isdigit()
        and s[:2] in PROVINCE_CODES
        and birth_date("19" + s[6:12]) is not None
    )


def luhn_valid(digits: str) -> bool:
    """True if an ASCII digit string passes the Luhn (mod 10) check."""
    if not digits or not digits.isascii() or not digits.isdigit():
        return False
    return bool(_luhn.is_valid(digits))


def uscc_check_char(first17: str) -> str:
    """Return the GB 32100 check character for the first 17 USCC characters."""
    if len(first17) != 17 or any(c not in _USCC_VALUES for c in first17):
        raise ValueError("统一社会信用代码前 17 位含有非法字符")
    return str(_uscc.calc_check_digit(first17))


def validate_uscc(code: str) -> bool:
    """Validate an 18-character unified social credit code (GB 32100-2015).

    Upper-case only; checks the character set (no I, O, Z, S, V), the
    registration-authority character, the 6-digit region code and the mod-31
    check character.
    """
    if not isinstance(code, str) or len(code) != 18:
        return False
    if any(c not in _USCC_VALUES for c in code):
        return False
    if code[0] not in USCC_AUTHORITIES or not code[2:8].isdigit():
        return False
    return uscc_check_char(code[:17]) == code[17]


def org_code_valid(org9: str) -> bool:
    """GB 11714 check of a 9-character organisation code (8 chars + check digit/X)."""
    if len(org9) != 9:
        return False
    values = []
    for c in org9[:8]:
        if c.isascii() and c.isdigit():
            values.append(int(c))
        elif "A" <= c <= "Z":
            values.append(ord(c) - ord("A") + 10)
        else:
            return False
    rest = 11 - sum(v * w for v, w in zip(values, _ORG_WEIGHTS, strict=True)) % 11
    expected = "X" if rest == 10 else "0" if rest == 11 else str(rest)
    return org9[8] == expected


def looks_like_timestamp(digits: str) -> bool:
    """True if a digit string starts with a date-time ``yyyyMMdd[HHmmss]`` between 1970 and 2099.

    Order numbers, log timestamps and serial numbers often start this way; no card issuer number
    (IIN) does, because no IIN begins with 19 or 20.
    """
    if len(digits) < 8 or digits[:2] not in ("19", "20") or int(digits[:4]) < 1970:
        return False
    try:
        _dt.date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return False
    if len(digits) < 14:
        return True
    return int(digits[8:10]) < 24 and int(digits[10:12]) < 60 and int(digits[12:14]) < 60
