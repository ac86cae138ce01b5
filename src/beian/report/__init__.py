"""``beian report``: the filing documents drafted from what was measured.

``service.yaml`` holds what only the company knows; the runs of ``beian corpus``, ``beian assess``,
``beian lexicon``/``bank`` and ``beian evidence`` give every figure, with its sample size, interval and
source run id. Places only a person can fill are 【请填写】, kept across rebuilds by bookmark anchors.
"""

from __future__ import annotations

from beian.report.build import Built, Sources, build
from beian.report.service import Service, load_service, write_template

__all__ = ["Built", "Service", "Sources", "build", "load_service", "write_template"]
