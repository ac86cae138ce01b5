"""Adapters that run beian's content-safety checks inside other frameworks.

- :mod:`beian.integrations.checks`: the gateway's checks (config, lexicons, policy)
  packaged for adapters; no third-party framework is imported there.
- :mod:`beian.integrations.litellm_guardrail`: ``BeianGuardrail``, a LiteLLM custom
  guardrail (install with ``pip install 'beian[litellm]'``).

Nothing here is imported by ``import beian``; LiteLLM is only needed by the adapter.
"""
