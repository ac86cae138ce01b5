"""Reading corpus files without Ray: block boundaries, formats, encodings, config and the sample split."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
import zstandard

from beian.corpus import formats
from beian.corpus.config import Source, discover, load_config, render_config
from beian.corpus.engine import block_table
from beian.corpus.plan import make_plan
from beian.corpus.sample import allocate
from beian.errors import ConfigError


def _records(path: Path, block_bytes: int) -> list[tuple[int, str]]:
    plan = make_plan([Source("s", [str(path)])], {}, block_bytes)
    out: list[tuple[int, str]] = []
    for b in plan["blocks"]:
        from beian.corpus.plan import Block

        table = block_table(Block(**b), plan["files"][b["file"]], None).to_pydict()
        out += [(ln, t) for ln, t, real in zip(table["line"], table["text"], table["real"]) if real]
    return out


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz", ".jsonl.zst"])
def test_blocks_cover_every_line_once_with_its_number(tmp_path: Path, suffix: str) -> None:
    raw = b"".join(json.dumps({"text": f"第{i}行"}, ensure_ascii=False).encode() + b"\n" for i in range(500))
    path = tmp_path / f"a{suffix}"
    if suffix.endswith(".gz"):
        raw_out = gzip.compress(raw)
    elif suffix.endswith(".zst"):
        raw_out = zstandard.ZstdCompressor().compress(raw)
    else:
        raw_out = raw
    path.write_bytes(raw_out)
    records = _records(path, 700)
    assert records == [(i + 1, f"第{i}行") for i in range(500)]


def test_csv_blocks_keep_the_header_and_text_field_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("label,review\n" + "".join(f"1,评论{i}\n" for i in range(300)), encoding="utf-8")
    records = _records(path, 256)
    assert records[0] == (2, "评论0") and records[-1] == (301, "评论299") and len(records) == 300


def test_json_document_and_mixed_encoding_lines(tmp_path: Path) -> None:
    doc = tmp_path / "d.json"
    doc.write_text(json.dumps({"data": [{"paragraphs": [{"context": "段落一"}, {"context": "段落二"}]}]},
                              ensure_ascii=False), encoding="utf-8")
    assert [t for _, t in _records(doc, 1 << 20)] == ["段落一", "段落二"]
    mixed = tmp_path / "m.txt"
    mixed.write_bytes("第一行\n".encode() + "第二行\n".encode("gbk") + b"\xff\xfe\xfd\n")
    data = formats.parse_lines(mixed.read_bytes(), "txt", 1, None, None)
    assert data.records == [(1, "第一行"), (2, "第二行")]
    assert data.encodings == {"utf-8": 1, "gb18030": 1} and data.malformed == 1
    assert data.examples == [(3, "无法解码（既不是 UTF-8 也不是 GB18030）")]


def test_init_writes_a_commented_config_that_loads(tmp_path: Path) -> None:
    (tmp_path / "新闻").mkdir()
    (tmp_path / "新闻" / "a.jsonl.gz").write_bytes(gzip.compress(b'{"text": "x"}\n'))
    (tmp_path / "新闻" / "LICENSE").write_text("MIT License\n\nCopyright (c) 2024\n", encoding="utf-8")
    (tmp_path / "杂项").mkdir()
    (tmp_path / "杂项" / "readme.pdf").write_bytes(b"%PDF")
    text = render_config(discover(tmp_path))
    assert "来源类型：开源 / 自采 / 商业 / 用户数据" in text and "杂项" not in text
    (tmp_path / "corpus.yaml").write_text(text, encoding="utf-8")
    [src] = load_config(tmp_path / "corpus.yaml")
    assert src.name == "新闻" and src.type == "待填写" and [p.name for p in src.files()] == ["a.jsonl.gz"]
    assert src.licence == "MIT（据 新闻 中的许可文件，请核对）"


def test_config_errors_are_chinese(tmp_path: Path) -> None:
    path = tmp_path / "corpus.yaml"
    path.write_text("sources:\n  - name: a\n    paths: [x]\n    licence_typo: MIT\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="未知字段：licence_typo"):
        load_config(path)


def test_sample_allocation_is_proportional_or_everything() -> None:
    assert allocate([5988, 800, 0], 4000) == [3529, 471, 0]
    assert allocate([10, 1_000_000], 4000) == [1, 3999]
    assert allocate([100, 200], 4000) == [100, 200]


def test_signatures_and_languages() -> None:
    from beian.corpus.features import languages, simhashes

    long = "本条例适用于本市行政区域内的口岸服务及其监督管理活动，各级人民政府应当加强领导。" * 3
    texts = [long, long, long.replace("监督", "监管", 1), "今天吃什么好呢？我想吃面条。", "Hello world again", "…", ""]
    sigs = simhashes(texts).tolist()
    assert sigs[0] == sigs[1] and sigs[0] != sigs[3]
    assert bin(sigs[0] ^ sigs[2]).count("1") <= 8  # one word changed: a close signature
    assert simhashes(texts[:1]).tolist() == sigs[:1]  # independent of the other records in the batch
    assert languages(texts) == ["中文", "中文", "中文", "中文", "英文", "其他", "其他"]


def test_all_sources_missing_is_an_input_error(tmp_path: Path) -> None:
    from beian.corpus.scan import ScanOptions, run_scan
    from beian.errors import InputError

    with pytest.raises(InputError, match="所有声明的语料来源都不在磁盘上：没有"):
        run_scan([Source("没有", [str(tmp_path / "nope")])], tmp_path / "run", ScanOptions([], []), workers=1,
                 address=None)


def test_personal_information_per_record_never_joins_two_records() -> None:
    from beian.corpus.features import pii_kinds

    texts = ["联系电话 138", "0013 8000 到了", "联系电话 13800138000", "", "邮箱 zhang.san@example.com"]
    assert pii_kinds(texts) == ["", "", "mobile", "", "email"]


def test_parquet_row_groups_are_blocks_and_tsv_reads(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "p.parquet"
    pq.write_table(pa.table({"id": list(range(10)), "content": [f"记录{i}" for i in range(10)]}), path, row_group_size=4)
    plan = make_plan([Source("s", [str(path)])], {}, 1 << 20)
    assert [b["group"] for b in plan["blocks"]] == [0, 1, 2]
    assert _records(path, 1 << 20) == [(i + 1, f"记录{i}") for i in range(10)]
    tsv = tmp_path / "t.tsv"
    tsv.write_text("编号\t正文\n1\t第一条\n2\t第二条\n", encoding="utf-8")
    assert _records(tsv, 1 << 20) == [(2, "第一条"), (3, "第二条")]


def test_sampling_keys_do_not_depend_on_where_the_corpus_lies(tmp_path: Path) -> None:
    """The same corpus copied or mounted elsewhere draws the same samples (keys: source + path inside it)."""
    from beian.corpus.plan import sample_key

    keys = []
    for root in (tmp_path / "nas" / "语料", tmp_path / "copy"):
        files = [root / "news" / "a.jsonl", root / "news" / "2024" / "a.jsonl"]
        keys.append([sample_key("新闻语料", f, files) for f in files])
    assert keys[0] == keys[1] == ["新闻语料/a.jsonl", "新闻语料/2024/a.jsonl"]
    assert sample_key("新闻语料", tmp_path / "one.csv", [tmp_path / "one.csv"]) == "新闻语料/one.csv"
