"""The standard as data: risks, aspects, quotas, thresholds and document lists.

Profiles are YAML files in ``profiles/``. A profile may ``extends:`` another and
override any top-level key. Everything else in beian reads numbers from a
:class:`Profile`, never from literals.
"""

from beian.standard.profile import (
    DEFAULT_PROFILE,
    Aspect,
    DocumentSpec,
    Profile,
    Quota,
    Risk,
    RiskClass,
    Threshold,
    available_profiles,
    load_profile,
)

__all__ = [
    "DEFAULT_PROFILE",
    "Aspect",
    "DocumentSpec",
    "Profile",
    "Quota",
    "Risk",
    "RiskClass",
    "Threshold",
    "available_profiles",
    "load_profile",
]
