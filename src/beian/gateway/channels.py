"""The text channels of one plain (non-streamed) choice, and its ``logprobs`` cut to what is returned.

A choice's model output is more than ``message.content``: list-type content (its text parts
joined, so a term split across two parts is one term), ``reasoning_content``, vLLM's
``reasoning``, ``refusal``, and the completions shape's ``choices[].text``. Tool calls and a
legacy ``function_call`` are checked by :mod:`beian.gateway.toolcalls`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from beian.gateway.chunks import LOGPROB_FIELDS, LogprobQueue
from beian.gateway.toolcalls import SEAM_CHARS

MESSAGE_FIELDS = ("reasoning_content", "reasoning", "content", "refusal")


@dataclass
class Channel:
    """One checkable text of a choice and how to write a same-length (masked) copy back."""

    name: str
    text: str
    put: Callable[[str], None]


def _parts(parts: list[Any]) -> Channel | None:
    texts = [p for p in parts if isinstance(p, dict) and isinstance(p.get("text"), str) and p["text"]]
    if not texts:
        return None

    def put(masked: str) -> None:
        pos = 0
        for p in texts:
            p["text"], pos = masked[pos:pos + len(p["text"])], pos + len(p["text"])

    return Channel("content", "".join(p["text"] for p in texts), put)


def _setter(holder: dict[str, Any], key: str) -> Callable[[str], None]:
    def put(value: str) -> None:
        holder[key] = value

    return put


def channel_seams(choice: dict[str, Any]) -> list[tuple[str, int]]:
    """Where one text channel of a choice ends and the next begins (the reasoning, then the answer), as the end of the
    one and the start of the other joined, with the place they meet: the user reads them one after the other, so a
    term split between them (``…法轮`` / ``功…``: the hundred-and-twenty-first probe) is a term."""
    chans = choice_channels(choice)
    return [(a.text[-SEAM_CHARS:] + b.text[:SEAM_CHARS], len(a.text[-SEAM_CHARS:])) for a, b in pairwise(chans)]


def choice_channels(choice: dict[str, Any]) -> list[Channel]:
    """The choice's text channels, reasoning first."""
    out: list[Channel] = []
    msg = choice.get("message")
    if isinstance(msg, dict):
        for f in MESSAGE_FIELDS:
            val = msg.get(f)
            if isinstance(val, str) and val:
                out.append(Channel(f, val, _setter(msg, f)))
            elif f == "content" and isinstance(val, list) and (part := _parts(val)) is not None:
                out.append(part)
    if isinstance(choice.get("text"), str) and choice["text"]:
        out.append(Channel("text", choice["text"], _setter(choice, "text")))
    return out


def trim_logprobs(choice: dict[str, Any], original: dict[str, str]) -> None:
    """Keep only ``logprobs`` entries whose token is returned unchanged (masked text loses its entries).

    ``original`` maps a channel to its text as generated; the choice holds the text as returned.
    """
    lp = choice.get("logprobs")
    if not isinstance(lp, dict):
        return
    final = {c.name: c.text for c in choice_channels(choice)}
    if any(isinstance(lp.get(f), list) for f in LOGPROB_FIELDS):
        for f in LOGPROB_FIELDS:
            if isinstance(lp.get(f), list):
                q = LogprobQueue()
                q.add(lp[f], len(original.get(f, "")))
                text = final.get(f, "")
                lp[f] = q.take(text, len(text))
        return
    if any(final.get(f) != v for f, v in original.items()):  # other shapes: only when returned unchanged
        choice["logprobs"] = None


def alternative_tokens(logprobs: Any) -> set[str]:
    """The tokens of every ``top_logprobs`` alternative in a ``logprobs`` object (``content``/``refusal`` lists), and
    every text of one in another shape (see :func:`other_texts`)."""
    out: set[str] = other_texts(logprobs)
    for f in LOGPROB_FIELDS:
        for entry in logprobs.get(f) or [] if isinstance(logprobs, dict) else []:
            for alt in entry.get("top_logprobs") or [] if isinstance(entry, dict) else []:
                if isinstance(alt, dict) and isinstance(alt.get("token"), str):
                    out.add(alt["token"])
    return out


def other_texts(logprobs: Any) -> set[str]:
    """Every string and key of a ``logprobs`` object not in the ``content``/``refusal`` list format (the completions
    shape: ``tokens``, ``top_logprobs`` as token→logprob objects), and its ``tokens`` joined."""
    if not isinstance(logprobs, dict) or any(isinstance(logprobs.get(f), list) for f in LOGPROB_FIELDS):
        return set()
    out = set(_texts(logprobs))
    tokens = logprobs.get("tokens")
    if isinstance(tokens, list):
        out.add("".join(t for t in tokens if isinstance(t, str)))
    return out - {""}


def _texts(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [t for k, v in node.items() for t in (str(k), *_texts(v))]
    if isinstance(node, list):
        return [t for v in node for t in _texts(v)]
    return []


def drop_alternatives(logprobs: Any, bad: set[str]) -> Any:
    """Remove the ``top_logprobs`` alternatives whose token is in ``bad`` (a term or personal information the model
    weighed but did not write is not forwarded either); the ``logprobs`` to forward. In the completions shape the
    alternatives are the keys of ``top_logprobs`` objects; a bad text left anywhere else drops the whole object."""
    if other_texts(logprobs):
        for alts in logprobs.get("top_logprobs") or [] if isinstance(logprobs.get("top_logprobs"), list) else []:
            for token in [t for t in alts if t in bad] if isinstance(alts, dict) else []:
                del alts[token]
        return None if other_texts(logprobs) & bad else logprobs
    for f in LOGPROB_FIELDS:
        for entry in logprobs.get(f) or [] if isinstance(logprobs, dict) else []:
            if isinstance(entry, dict) and isinstance(entry.get("top_logprobs"), list):
                entry["top_logprobs"] = [a for a in entry["top_logprobs"]
                                         if not (isinstance(a, dict) and a.get("token") in bad)]
    return logprobs
