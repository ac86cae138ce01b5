"""What the hundred-and-forty-ninth probe (987 evasions of 60 held-out terms in eight new genres: 96.5% at the default
threshold) found, in other words than its cases:

- 拆字 of characters cjk-decomp splits around a stroke, a radical or an unencoded component were never compiled:
  ``攵`` (放, 数, 教 written ``方攵``, ``娄攵``, ``孝攵``), ``乚`` (乳 as ``孚乚``), ``圣`` (劲, 经, 轻 as ``圣力``,
  ``纟圣``, ``车圣``), ``艮卩`` (即); now the stroke or radical is read through Unicode's confusables and the 漢語拆字字典
  gives the other splits, keeping cjk-decomp's cut (``fold_splits.tsv``, ``gen_fold_tables.py``).
"""

from __future__ import annotations

import pytest
from probe_terms import best as _best
from probe_terms import probe_matcher

from beian.text.matcher import Matcher

TERMS = ("放高利贷", "贩卖公民数据", "劲爆裸聊", "丰乳肥臀", "随时即可提现")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [
    ("急用钱找我们，方攵高利贷当天审批", "放高利贷"),
    ("渠道：贩卖公民娄攵据，价格私聊", "贩卖公民数据"),
    ("直播间今晚圣力爆裸聊，速进", "劲爆裸聊"),
    ("新款内衣主打丰孚乚肥臀效果", "丰乳肥臀"),
    ("新款内衣主打丰孚乙肥臀效果", "丰乳肥臀"),
    ("注册就送88元，随时艮卩可提现", "随时即可提现"),
])
def test_a_character_split_around_a_stroke_or_an_unencoded_part(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.75


@pytest.mark.parametrize("text", [
    "这道题先把方攵两个部件写出来，再数一数笔画。",  # components named in a character lesson, no term around them
    "教练说路线图上的足各段都要跑完，娄攵学作业明天交。",
    "提现规则：即可到账，随时查询。",
])
def test_components_without_the_rest_of_a_term_raise_nothing(matcher: Matcher, text: str) -> None:
    assert not [h for h in matcher.scan(text) if h.confidence >= 0.5]
