"""The standard as data: risks, aspects, quotas, thresholds and document lists.

Profiles are YAML files in ``profiles/``, loaded into pydantic models. A profile may ``extends:`` another;
mappings merge deeply and lists of ``id``-keyed entries merge by id, so a child overrides one
threshold field without repeating the rest. Everything else in beian reads numbers from a
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
