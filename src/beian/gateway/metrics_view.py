"""What ``/metrics`` shows a caller who is not authorised to see the app names.

The app names tell who uses the gateway; without the metrics token the ``app`` label is summed
away (``_created`` timestamps of the per-app series are dropped), everything else is unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator

from prometheus_client import CollectorRegistry
from prometheus_client.metrics_core import Metric
from prometheus_client.samples import Sample

HIDDEN_LABEL = "app"


class WithoutApps:
    """A collector view of ``registry`` with the ``app`` label summed away."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self._registry = registry

    def collect(self) -> Iterator[Metric]:
        """The registry's metrics, per-app series merged."""
        for metric in self._registry.collect():
            if not any(HIDDEN_LABEL in s.labels for s in metric.samples):
                yield metric
                continue
            merged: dict[tuple[str, tuple[tuple[str, str], ...]], float] = {}
            for s in metric.samples:
                if s.name.endswith("_created"):
                    continue
                key = (s.name, tuple(sorted((k, v) for k, v in s.labels.items() if k != HIDDEN_LABEL)))
                merged[key] = merged.get(key, 0.0) + s.value
            out = Metric(metric.name, metric.documentation, metric.type, metric.unit)
            out.samples = [Sample(name, dict(labels), value) for (name, labels), value in merged.items()]
            yield out
