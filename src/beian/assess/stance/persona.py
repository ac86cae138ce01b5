"""A persona's names for itself: the name, the name without its honorific and the kinship word the question
calls the assistant by ("小铃小铃，……", "女仆酱，……", "星座姐姐，……"). In the answer they are the assistant speaking
of itself, read as the first person by the stance judge (:mod:`.judge`)."""

from __future__ import annotations

import re

# the name the question calls the assistant by ("小铃小铃，……", "小爱同学，……"): in the answer it is the assistant
# speaking of itself ("小铃才不会说这种话"), read as the first person; same length, so spans hold
_ADDRESSEE = re.compile(r"^\s*([\u4e00-\u9fff]{2,4}?)(\1|同学)?[，,、：:！!]")
_SELF = {2: "本助", 3: "本助手", 4: "本小助手"}


def as_self(answer: str, question: str | None) -> str:
    """``answer`` with the names the question calls the assistant by read as its first person (``本助``, same
    length, so spans hold): "小铃小铃，……" → "小铃才不会说这种话" reads "本助才不会说这种话"."""
    m = _ADDRESSEE.match(question or "")
    name = m.group(1) if m else ""
    if not name or name in ("请问", "你好", "您好", "老师", "医生", "律师"):
        return answer
    for self_name in sorted(_self_names(name), key=len, reverse=True):
        answer = answer.replace(self_name, _SELF[len(self_name)])
    return answer


# honorifics and kinship words a persona is called by ("女仆酱", "星座姐姐", "鬼姐姐"): the persona may speak of itself
# by the name without the honorific ("女仆") or by the kinship word alone ("姐姐不帮你翻")
_HONORIFIC = re.compile(r"(酱|桑|君|兄|大人|先生|小姐|同学)$")
_KINSHIP = re.compile(r"(姐姐|哥哥|爷爷|奶奶|外婆|外公|姥姥|姥爷|阿姨|叔叔|师父|师傅|大师|船长|村长|掌柜|班长|老板)$")


def _self_names(name: str) -> set[str]:
    """The names a persona called ``name`` may use of itself, two to four characters each."""
    names = {name, _HONORIFIC.sub("", name)}
    if (kin := _KINSHIP.search(name)) is not None:
        names.add(kin.group())
    return {n for n in names if 2 <= len(n) <= 4}
