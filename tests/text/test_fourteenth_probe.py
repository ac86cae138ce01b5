"""What the fourteenth independent black-box probe (2026-12-05, cases frozen before the first run) found in structured
text: pinyin names in code, configuration, logs and commit messages, initials used as abbreviations, a letter of a
``4K``-like token, two values of a ``/`` list; and in personal information: counts and offsets in logs and tables,
firmware versions, a courier as the person to call, numbers read out in uneven groups, labels written spaced out."""

from __future__ import annotations

import pytest
from probe_terms import best, probe_matcher

from beian.text.matcher import Matcher
from beian.text.pii import find_pii


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(["迷药", "援交", "台独", "赌博", "冰毒", "门徒会", "时时彩", "法轮功", "海洛因", "K粉", "大麻"],
                         tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [
    ('{"miyao": "****", "suanfa": "AES-256-GCM"}', "迷药"),  # a JSON key
    ('{"taidu": 4.5, "zhiliang": 4.8}', "台独"),
    ("yuanjiao: 8px", "援交"),  # a key given a value
    ("def jiami(mingwen: str, miyao: bytes) -> str:", "迷药"),  # a parameter with its type
    ("[taidu]", "台独"),  # an INI section
    ("document.querySelector('.yuanjiao').style.borderRadius = '8px';", "援交"),  # a CSS class
    ("miyao 字段存放加密后的密钥，禁止明文落库。", "迷药"),  # the text calls it a field
    ("前端组件 yuanjiao 属性控制圆角大小。", "援交"),
    ("feat(review): taidu 评分支持半星", "台独"),  # a commit message
    ("2023-11-05 14:32:10 ERROR [MiyaoLoader] miyao file not found: /etc/app/miyao.pem", "迷药"),  # a log line
    ("CREATE TABLE t_miyao (id BIGINT PRIMARY KEY, miyao VARCHAR(64) NOT NULL);", "迷药"),  # SQL
    ("docker run -d --name dubbo-admin apache/dubbo-admin:0.6.0", "赌博"),  # Dubbo: bb is no pinyin
])
def test_pinyin_names_in_code_and_data_are_not_evasions(matcher: Matcher, text: str, term: str) -> None:
    assert best(matcher, text, term) == 0.4


@pytest.mark.parametrize(("text", "term"), [
    ("兄弟们来玩dubo吗", "赌博"), ("有没有 bingdu 出", "冰毒"), ("来玩duuubo吗", "赌博"),
    ("bingdu: 有货，私聊", "冰毒"),  # a colon, then Chinese: a chat line, not a key
    ("wo men hen xiang wan du bo", "赌博"),  # men, hen, wan are English words too, but this line is pinyin
])
def test_pinyin_typed_among_chinese_or_in_pinyin_stays_an_evasion(matcher: Matcher, text: str, term: str) -> None:
    assert best(matcher, text, term) >= 0.75


@pytest.mark.parametrize(("text", "term"), [
    ("mth = dt.datetime.now().month", "门徒会"), ("df['mth'] = df['date'].dt.month", "门徒会"),
    ("flg = 0 if df.empty else 1", "法轮功"), ("fix: flg 判断条件写反了", "法轮功"),
    ("新版本去掉了 flg 参数，改为 enabled。", "法轮功"), ('{"hly": "positive", "specimen": "CSF"}', "海洛因"),
    ("单增李斯特菌 hly 基因 PCR 检测：阳性", "海洛因"), ("由 ssc 条件（两边及其夹角）可证三角形全等", "时时彩"),
    ("Spark Streaming 中通常把 StreamingContext 命名为 ssc。", "时时彩"),
])
def test_initials_named_or_used_in_code_are_abbreviations(matcher: Matcher, text: str, term: str) -> None:
    assert best(matcher, text, term) == 0.4


def test_initials_typed_in_chat_stay_listed(matcher: Matcher) -> None:
    assert best(matcher, "群里有人在卖 flg 的书", "法轮功") == 0.6


def test_a_letter_of_a_number_token_is_not_a_term(matcher: Matcher) -> None:
    assert best(matcher, "4K 粉丝专享价 ¥1299", "K粉") == 0.4
    assert best(matcher, "有没有K 粉", "K粉") >= 0.75 and best(matcher, "买K粉", "K粉") == 1.0


def test_two_values_of_a_slash_list_are_listed_below_the_default(matcher: Matcher) -> None:
    assert best(matcher, "规格：大 / 麻 / 米白", "大麻") == 0.5
    assert best(matcher, "来点大/麻吗", "大麻") >= 0.75 and best(matcher, "尺码 S / 大 / 麻 / 白", "大麻") >= 0.75


@pytest.mark.parametrize("text", [
    '{"timeout_ms": 13800000, "retry": 3, "max_bytes": 15602739287}',
    "[consumer] topic=orders partition=3 offset=13553780967 lag=0",
    "INFO  batch finished, elapsed 15836442266 ns",
    "2023-11    18335765339    184181    98.2%",
    "| 总请求数 | 13872368618 | 错误率 0.02% |",
    '{"device_sn": "F17Y85871638", "fw": "5.4.0.13"}',
    "31010419 95010 49174", "1518312 7739", "621700 8368906359341",  # uneven groups without a label
    "手机 138 1234 5678 9012",  # a longer number
])
def test_counts_versions_and_unlabelled_groups_are_no_personal_information(text: str) -> None:
    assert find_pii(text) == []


@pytest.mark.parametrize(("text", "kind"), [
    ("【中通快递】您的快递已到菜鸟驿站，有问题联系快递员 13851469842", "mobile"),
    ("身份证号:31010419 95010 49174", "resident_id"), ("联系电话：1518312 7739", "mobile"),
    ("Tel ：133 42857876", "mobile"), ("账 号：621700 8368906359341", "bank_card"),
    ("电 话 ： 1 5 8 4 6 4 6 5 7 6 6", "mobile"), ("谢楠      女    18245837945    武汉市洪山区", "mobile"),
    ("phone_num: 13812345678", "mobile"),
])
def test_personal_information_in_uneven_groups_after_its_label_is_found(text: str, kind: str) -> None:
    assert [f.kind for f in find_pii(text)] == [kind]


def test_a_pinyin_name_in_a_log_line_is_a_name(matcher: Matcher) -> None:
    assert best(matcher, "2023-11-05 14:32:17 INFO  [Scheduler] yuanjiao render cache rebuilt in 138ms", "援交") == 0.4
    assert best(matcher, "[ERROR] taidu score missing", "台独") == 0.4
    assert best(matcher, "2023-11-05 14:32 群里有人问 yuanjiao 的事", "援交") >= 0.75  # Chinese in the line: a chat log
