"""What the thirteenth independent black-box probe (2026-12-05, cases frozen before the first run) found: pinyin that
glosses the Chinese word beside it, ideograph-emoji fillers between characters written as Kangxi radicals, a card
number written as ``key=value`` and a count of people after a phone-shaped number."""

from __future__ import annotations

import pytest
from probe_terms import best, probe_matcher

from beian.text.matcher import Matcher
from beian.text.pii import find_pii as scan_pii


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(["大麻", "洗钱", "自杀", "枪支", "bingdu", "色情", "老虎机", "人大"], tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [
    ("大妈 dàmā：广场舞大妈", "大麻"), ("婚礼上给喜钱 xǐqián 是老传统", "洗钱"), ("紫砂 zǐshā：紫砂壶", "自杀"),
    ("强制 qiángzhì：强制执行", "枪支"), ("病毒 bìngdú 是一种微生物", "bingdu"), ("dàmā（大妈）", "大麻"),
])
def test_pinyin_that_glosses_the_word_beside_it_is_that_word(matcher: Matcher, text: str, term: str) -> None:
    assert best(matcher, text, term) == 0.4


@pytest.mark.parametrize(("text", "term"), [
    ("我要买 dama", "大麻"), ("买点dama吧", "大麻"), ("大麻 dama 都有", "大麻"), ("来点 bingdu 吗", "bingdu"),
])
def test_pinyin_beside_other_words_or_its_own_term_stays_an_evasion(matcher: Matcher, text: str, term: str) -> None:
    assert best(matcher, text, term) >= 0.75


@pytest.mark.parametrize(("text", "term"), [
    ("平台下架了一批打擦边球的⾊🈲情直播间", "色情"), ("楼下藏着几台⽼🈲虎🈲机专门赌钱", "老虎机"),
    ("我们区的⼈🈲⼤代表来了", "人大"),
])
def test_ideograph_fillers_between_radicals_are_fillers(matcher: Matcher, text: str, term: str) -> None:
    assert best(matcher, text, term) >= 0.75


def test_a_card_number_after_a_key_that_names_it_is_a_card() -> None:
    found = [f.kind for f in scan_pii("account_no=6258071234567896&bank=ICBC")]
    assert found == ["bank_card"]
    assert [f.kind for f in scan_pii("卡号=6258071234567896")] == ["bank_card"]
    assert scan_pii("id=6258071234567896") == [] and scan_pii("uid=1898206608036063913 action=click") == []


def test_a_count_of_people_after_a_phone_shaped_number_is_a_quantity() -> None:
    assert scan_pii("全网曝光13912345678人次") == []
    assert [f.kind for f in scan_pii("联系13912345678人工客服")] == ["mobile"]


def test_initials_in_a_list_of_latin_words_are_code(tmp_path_factory: pytest.TempPathFactory) -> None:
    matcher = probe_matcher(["门徒会"], tmp_path_factory.mktemp("initials"))
    assert best(matcher, "SELECT user_id, mth, SUM(amount) FROM orders GROUP BY user_id, mth;", "门徒会") == 0.4
    assert best(matcher, "群里有人说 mth 了", "门徒会") == 0.6  # beside Chinese: initials as typed
