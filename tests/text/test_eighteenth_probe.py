"""What the eighteenth independent black-box probe (2026-12-05, Markdown answers of a chat model frozen before the
first run) found: a term written one character per row of a table column, a link around a character inside a term,
the language tag of a code fence read as initials, pinyin annotating the word in the next table cell or quotes."""

from __future__ import annotations

import pytest
from probe_terms import best, probe_matcher

from beian.text.line_marks import table_columns
from beian.text.matcher import Matcher


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(["假钞", "法轮大法", "老虎机", "海洛因", "百家乐", "家史秀", "再奸", "部队"],
                         tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [
    ("| 阶段 | 字 |\n|---|---|\n| 早期 | 法 |\n| 中期 | 轮 |\n| 后期 | 大 |\n| 现在 | 法 |", "法轮大法"),
    ("| 名称 | 胜率 |\n|---|---|\n| 老 | 92% |\n| 虎 | 94% |\n| 机 | 90% |", "老虎机"),
])
def test_a_term_down_a_table_column_is_found(matcher: Matcher, text: str, term: str) -> None:
    assert best(matcher, text, term) >= 0.75


def test_two_characters_down_a_column_are_two_values_listed_for_strict_mode(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    matcher = probe_matcher(["假钞", "男女"], tmp_path_factory.mktemp("pair"))
    assert best(matcher, "表格：\n| 序号 | 内容 |\n|---|---|\n| 1 | 假 |\n| 2 | 钞 |\n\n后文", "假钞") == 0.5
    assert best(matcher, "| 姓名 | 性别 |\n|---|---|\n| 张三 | 男 |\n| 李四 | 女 |\n| 王五 | 男 |", "男女") == 0.5


def test_table_columns_read_short_cells_only_and_skip_the_rule_row() -> None:
    text = "| 序号 | 内容 |\n|---|---|\n| 1 | 假 |\n| 2 | 这一格的文字比较长，超过了十六个字，所以不读 |\n| 3 | 钞 |"
    assert [r.text for r in table_columns(text)] == ["序号\n1\n2\n3", "内容\n假"]
    assert table_columns("没有表格的文字 | 竖线") == []


def test_ordinary_table_cells_make_no_term(matcher: Matcher) -> None:
    assert matcher.scan("| 商品 | 价格 |\n|---|---|\n| 假发 | 20 |\n| 钞票夹 | 30 |") == []


@pytest.mark.parametrize(("text", "term"), [
    ("海[洛](https://x.co/1)因", "海洛因"), ("百家[乐](https://bjl.example/)", "百家乐"),
    ("[海](https://x.org/a)洛因", "海洛因"),
])
def test_a_link_around_a_character_of_a_term_is_markup(matcher: Matcher, text: str, term: str) -> None:
    assert best(matcher, text, term) == 0.9


@pytest.mark.parametrize(("text", "term"), [
    ("```jsx\nfunction UserList() {}\n```", "家史秀"), ("| 再见 | zài jiàn | Goodbye |", "再奸"),
    ("“不客气” bú kè qi、“不对” bú duì；", "部队"),
])
def test_code_fence_tags_and_pinyin_glosses_in_tables_are_no_evasion(matcher: Matcher, text: str, term: str) -> None:
    assert best(matcher, text, term) == 0.4
