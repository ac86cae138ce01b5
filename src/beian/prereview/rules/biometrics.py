"""safety.biometric_consent: a service that edits faces or voices says how the edited person consents.

《互联网信息服务深度合成管理规定》第十四条: a provider of face or voice editing (声音克隆, 换脸) must prompt its users to
inform the person edited and obtain that person's separate consent. The sixty-third probe's voice-cloning filing let
users upload "其他人物的录音素材" with only a tick that they answer for the material, and passed. The words live in
``standard/vocabulary.yaml`` under ``safety.biometric``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from beian.findings import Finding, Severity
from beian.prereview.model import Package
from beian.prereview.negation import mentions
from beian.prereview.rules.base import make, rule
from beian.prereview.rules.safety import ALGO_DOCS, MEASURE_DOCS, SUPPORTING
from beian.prereview.vocab import fold, words

_CLAUSE = "《互联网信息服务深度合成管理规定》第十四条"
_FIX = ("写明提示使用者依法告知被编辑的个人并取得其单独同意的机制（如上传他人声音或人脸素材时须上传本人授权书，平台核验后才生成），"
        "并说明授权记录的留存。")


@rule("safety.biometric", "人脸、人声编辑取得被编辑人的单独同意", "safety.biometric_consent")
def biometric_consent(pkg: Package) -> Iterator[Finding]:
    """Face or voice editing offered with no consent of the person edited; high when others' material is allowed."""
    ids = (*MEASURE_DOCS, *ALGO_DOCS)
    if pkg.blind(*(d for d in ids if d not in SUPPORTING)):
        return
    text = fold(pkg.text_of(*ids))
    edit = next((m for m in mentions(text, tuple(words("safety", "biometric", "editing")))
                 if not m.bounded and not _ruled_out(text, m.start, m.end)), None)
    if edit is None:
        return
    others = _others_material(text)
    if _consent(text):
        if others is not None and (own := _own_only(text)) is not None:
            # 声音克隆仅限用户克隆本人声音……单独同意书, yet a table lets users upload 家人、朋友的语音片段 (the
            # hundred-and-ninety-seventh probe): the consent is the user's own, none covers the others'
            where = next((d.location for d in pkg.docs(*ids) if others in fold(d.text)), "评估报告")
            yield make("safety.biometric_consent", Severity.HIGH,
                       f"材料写明“{own[:40]}”，只取得用户本人的同意，却允许使用他人的素材（“{others}”），没有写明告知被编辑的个人"
                       f"并取得其单独同意（{_CLAUSE}）。", where, _FIX, evidence=f"{others} / {own[:60]}")
        return
    said = others or edit.word
    where = next((d.location for d in pkg.docs(*ids) if said in fold(d.text)), "评估报告")
    if others is not None:
        yield make("safety.biometric_consent", Severity.HIGH,
                   f"服务提供“{edit.word}”，并允许使用他人的素材（“{others}”），材料中没有写明告知被编辑的个人并取得其单独同意"
                   f"（{_CLAUSE}）。", where, _FIX, evidence=others)
    else:
        yield make("safety.biometric_consent", Severity.MEDIUM,
                   f"服务提供“{edit.word}”，材料中没有写明被编辑的个人如何同意（{_CLAUSE}：应提示使用者告知被编辑的个人并取得其"
                   "单独同意），请确认。", where, _FIX, evidence=edit.word)


# (未训练定制音色: the two-hundred-and-seventieth probe's stock voices of a speech API, a false medium)
_NOT_OPENED = re.compile(r"(?:不|未|没有)(?:向用户|对外|面向用户)?(?:开放|提供|支持|允许|上线|训练|开发|使用)[^。；;，,]{0,8}?"
                         r"(?:克隆|换脸|复刻|仿声|变声|合成|定制音色|音色定制|声音定制)")


def _ruled_out(text: str, start: int, end: int) -> bool:
    """Whether the editing named at ``start:end`` is a heading of what is ruled out (声音克隆限制：不向用户开放声音克隆功能:
    the two-hundred-and-fifty-eighth probe's audiobook reader, a false high): a restriction word right after it, or its
    sentence saying the function is not opened to users."""
    left = max(text.rfind(c, 0, start) for c in "。；;\n") + 1
    ends = [i for i in (text.find(c, end) for c in "。；;\n") if i >= 0]
    sentence = text[left:min(ends) if ends else len(text)]
    return re.match(r"(?:功能)?(?:限制|管控|禁止|防范|风险)", text[end:end + 4]) is not None or _NOT_OPENED.search(sentence) is not None


def _consent(text: str) -> bool:
    """Whether the text names the edited person's consent, not negated: 告知被编辑的个人 anywhere, or 单独同意, 授权书 …
    in a sentence about the editing or the material users bring (配音员签署的《声音采集与使用授权书》 of the training
    data is no consent of the people users clone)."""
    person = tuple(words("safety", "biometric", "edited_person"))
    if any(not m.bounded for m in mentions(text, person)):
        return True
    about = (*words("safety", "biometric", "editing"), *words("safety", "biometric", "bringing"))
    for sentence in re.split(r"[。；;\n]", text):
        if any(w in sentence for w in about) and any(
                not m.bounded for m in mentions(sentence, tuple(words("safety", "biometric", "consent")))):
            return True
    return False


_OWN = re.compile(r"本人|自己|自身|用户自有")
_FOR_OTHERS = re.compile(r"他人|被编辑|被克隆|被复刻|被合成|其本人|其声音|其肖像|对方|素材提供者|声音所有人|肖像权人")


def _own_only(text: str) -> str | None:
    """The sentence that limits the editing to the user's own voice or face (仅限用户克隆本人声音……单独同意书), when every
    consent about the editing is the user's own and none is the other person's; None otherwise."""
    about = (*words("safety", "biometric", "editing"), *words("safety", "biometric", "bringing"))
    consent = tuple(words("safety", "biometric", "consent"))
    said = [s for s in re.split(r"[。；;\n]", text)
            if any(w in s for w in about) and any(not m.bounded for m in mentions(s, consent))]
    if said and all(_OWN.search(s) and not _FOR_OTHERS.search(s) for s in said):
        return said[0].strip()
    return None


def _others_material(text: str) -> str | None:
    """The words that let a user bring someone else's voice or face (其他人物的录音素材, 他人照片), None for none."""
    material = "|".join(map(re.escape, words("safety", "biometric", "material")))
    for people in (_OTHER_PEOPLE, words("safety", "biometric", "others")):  # 他人 before 主播: the clearest evidence first
        for m in re.finditer(rf"(?:{'|'.join(map(re.escape, people))})[^。；;\n]{{0,12}}?(?:{material})", text):
            clause = text[max(text.rfind(c, 0, m.start()) for c in "。；;，,\n") + 1:m.start()]
            if not _NOT_ALLOWED.search(clause):  # 不支持上传他人音频 (the 222nd probe): what is ruled out, or misuse
                return m.group()
    return None


# (and misuse named as a risk or a violation: 冒用他人声音实施诈骗, 发现冒用他人声音的，立即下架)
_NOT_ALLOWED = re.compile(r"不支持|不允许|不得|禁止|严禁|不可|不能|无法|不接受|不提供|拒绝|冒用|盗用|假冒|冒充|未经")


# the words that name someone other than the user outright (主播、演员 may be the user: the ninety-seventh probe's
# evidence quoted 主播语音 while 其他人物的录音素材和照片 stood in the same package)
_OTHER_PEOPLE = ("其他人物", "其他人", "他人", "别人", "第三方", "任意人物", "任何人物", "任意人")  # 上传任意人物正面照片: the 267th
