"""AIGC labels (GB 45438): the explicit text label and the implicit label, in responses and in files.

``core`` builds and validates labels and dispatches files by format; ``image``, ``audio``
and ``office`` hold one codec per file family; ``fileio`` does the atomic replace. The
gateway, the LiteLLM adapter, ``beian label`` and ``beian evidence`` all import from here.
"""

from beian.labels.core import (
    LABEL_KEY,
    SIDECAR_SUFFIX,
    TEXT_PREFIX,
    apply_text_label,
    check_file_label,
    check_producer_code,
    file_format,
    implicit_label,
    label_json,
    label_location,
    payload_problems,
    read_file_label,
    read_file_labels,
    sidecar_path,
    validate_label,
    write_file_label,
)

__all__ = [
    "LABEL_KEY",
    "SIDECAR_SUFFIX",
    "TEXT_PREFIX",
    "apply_text_label",
    "check_file_label",
    "check_producer_code",
    "file_format",
    "implicit_label",
    "label_json",
    "label_location",
    "payload_problems",
    "read_file_label",
    "read_file_labels",
    "sidecar_path",
    "validate_label",
    "write_file_label",
]
