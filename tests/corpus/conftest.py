"""A small corpus with every kind of bad input, one real local Ray (2 CPUs) per session, and one
uninterrupted ``beian corpus scan`` of it shared by the tests that read its outputs."""

from __future__ import annotations

import gzip
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from corpus_support import cli, scan_args

NEWS_RECORDS = 6000

CONFIG = """\
sources:
  - name: 新闻语料
    paths: [news/]
    type: 开源
    licence: CC BY 4.0（https://creativecommons.org/licenses/by/4.0/）
    method: 从 https://example.org/news-2024 下载 2024-03 版本
    period: 2024年1月—2024年3月
    language: 中文
    region: 境内
    robots: 下载站点允许下载，已审查 robots.txt（2024-03-01）
    consent: 合法性基础为已公开的新闻报道；含个人信息的记录已按 GB/T 35273 去标识化
    cleaning: 去重、关键词过滤、个人信息掩码
  - name: 点评语料
    paths: [reviews/*.csv.gz]
    type: 商业
    licence: 采购合同 HT-2024-017
    method: 向 Example 数据有限公司采购（合同 HT-2024-017）
    period: 2023年6月—2023年12月
    language: 中文
    region: 境内
    robots: 供应商书面保证已取得授权（合同第 5 条）
    consent: 供应商已去标识化，不含个人信息
    cleaning: 去重、关键词过滤
  - name: 空来源
    paths: [empty/]
    type: 自采
    licence: 自有数据，著作权归本公司（2024年）
    method: 本公司客服知识库导出 2024-02
    period: 2024年2月
    language: 中文
    region: 境内
    robots: 不涉及网络采集（2024-02 内部导出）
    consent: 不含个人信息
    cleaning: 去重
"""


def _news_line(i: int) -> bytes:
    if i % 500 == 7:
        return b"{broken json"
    text = f"第{i}条新闻：今天的天气很好，市民在公园散步，记者{i % 97}号报道。"
    if i % 300 == 11:
        text += "有人宣传法轮功。"
    if i % 400 == 13:
        text += "联系电话13800138000。"
    if i % 1000 == 5:
        text = "重复的一条新闻：本市举行了运动会。"
    line = json.dumps({"id": i, "text": text}, ensure_ascii=False)
    return line.encode("gb18030" if i % 250 == 3 else "utf-8")


def build_corpus(root: Path) -> Path:
    """The corpus folder with its corpus.yaml; returns the yaml path."""
    (root / "news").mkdir(parents=True)
    (root / "news" / "part-0.jsonl").write_bytes(b"\n".join(_news_line(i) for i in range(NEWS_RECORDS)) + b"\n")
    (root / "reviews").mkdir()
    rows = ["label,review"] + [f"1,第{i}条评论 味道不错，送餐很快" for i in range(800)] + ["1,列数,太多,的一行"]
    with gzip.open(root / "reviews" / "waimai.csv.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(rows) + "\n")
    (root / "empty").mkdir()
    (root / "empty" / "none.jsonl").write_bytes(b"")
    (root / "corpus.yaml").write_text(CONFIG + MISSING, encoding="utf-8")
    return root / "corpus.yaml"


MISSING = """\
  - name: 未到货语料
    paths: [not-here/]
    type: 商业
    licence: 采购合同 HT-2024-020
    method: 向 Example 数据有限公司采购（合同 HT-2024-020）
    period: 2024年4月
    language: 中文
    region: 境内
    robots: 供应商书面保证已取得授权（合同第 5 条）
    consent: 不含个人信息
    cleaning: 去重
"""


@pytest.fixture(scope="session")
def ray_address() -> Iterator[str]:
    """One embedded local Ray with two CPUs for the session; CLI runs join it with --address (in-process
    runs reuse it directly)."""
    import ray

    from beian.corpus.engine import OWN_TEMP, start_ray

    start_ray(None, 2)
    try:
        yield str(ray.get_runtime_context().gcs_address)
    finally:
        ray.shutdown()
        for folder in OWN_TEMP:
            shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus.yaml of the shared corpus."""
    return build_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def full_run(corpus: Path, ray_address: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """An uninterrupted scan: ``(run dir, stdout, stderr)``."""
    run = tmp_path_factory.mktemp("full") / "run"
    proc = cli(scan_args(corpus, run, ray_address))
    out, err = proc.communicate(timeout=240)
    assert proc.returncode == 0, err.decode()
    return run, out.decode(), err.decode()
