"""Running the scan on Ray Data: a datasource whose read tasks are the plan's unfinished blocks, a
callable class per worker (:class:`~beian.corpus.features.RecordScanner`), and the driver folding
the per-record figures of each block into ``blocks/B.json`` as soon as the block is complete.

Local by default (an embedded Ray with ``num_cpus`` workers, no dashboard, quiet logs); with an
address it joins an existing cluster. Reads stream: a block is read only when the executor asks.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np

from beian.corpus import formats
from beian.corpus.plan import Block
from beian.errors import RuntimeFailure, UsageError

MAX_TEMP_CHARS = 30  # Ray adds ~75 characters; a Unix socket path holds 107
OWN_TEMP: list[str] = []  # short session folders made here (removed by whoever shuts Ray down)
READ_CPUS = 0.1  # a worker holds 0.9 CPU, so reads (0.1 each) still run beside it


def start_ray(address: str | None, num_cpus: int | None) -> None:
    """Join ``address`` or start a quiet local Ray (reuses one already started in this process)."""
    os.environ.setdefault("RAY_DEDUP_LOGS", "0")
    os.environ.setdefault("RAY_ENABLE_UV_RUN_RUNTIME_ENV", "0")
    try:
        import ray
    except ImportError:
        raise UsageError("beian corpus scan 需要 Ray Data，当前环境没有安装",
                         "运行 pip install 'beian[corpus]' 后重试") from None
    if ray.is_initialized():
        return
    for name in ("ray", "ray._private.authentication.authentication_token_setup"):
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        if address:
            ray.init(address=address, logging_level=logging.ERROR, log_to_driver=False)
        else:
            ray.init(num_cpus=num_cpus or os.cpu_count() or 1, include_dashboard=False, _temp_dir=_ray_temp(),
                     logging_level=logging.ERROR, log_to_driver=False, configure_logging=False)
    except (ConnectionError, RuntimeError, ValueError, OSError) as exc:
        where = f"Ray 集群 {address}" if address else "本机 Ray"
        raise RuntimeFailure(f"无法启动或连接{where}（{type(exc).__name__}）",
                             "检查 --address 是否为 ray start --head 打印的地址；本机运行时不用给 --address") from None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _quiet_data(ray.data.DataContext.get_current())


def _quiet_data(ctx: Any) -> None:
    """No progress bars or execution banners from Ray Data (beian draws its own progress)."""
    ctx.enable_progress_bars = False
    ctx.print_on_execution_start = False
    ctx.enable_auto_log_stats = False
    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.ERROR)


def _ray_temp() -> str:
    """Ray's session folder: under the temp folder unless that path is too long for its Unix sockets."""
    base = Path(tempfile.gettempdir()) / "ray"
    if len(str(base)) <= MAX_TEMP_CHARS:
        return str(base)
    folder = tempfile.mkdtemp(prefix="beian-ray-", dir="/tmp")
    OWN_TEMP.append(folder)
    return folder


def _read_block(block: Block, file: dict[str, Any], text_field: str | None) -> formats.BlockData:
    path, fmt, codec = Path(file["path"]), file["fmt"], file["codec"]
    if block.kind == "json":
        return formats.json_records(path, codec, text_field)
    if block.kind == "parquet":
        return formats.parquet_records(path, block.group, text_field)
    raw = formats.read_range(path, codec, block.start, block.end)
    header = file.get("header")
    if fmt in ("csv", "tsv") and block.start == 0:
        header = None  # the first block reads its own header line
    return formats.parse_lines(raw, fmt, block.line, text_field, header)


def block_table(block: Block, file: dict[str, Any], text_field: str | None) -> Any:
    """One Arrow table for a block: its records, or one placeholder row when it has none."""
    import pyarrow as pa

    data = _read_block(block, file, text_field)
    meta = json.dumps({"malformed": data.malformed, "examples": data.examples, "encodings": data.encodings},
                      ensure_ascii=False)
    rows = data.records or [(0, "")]
    n = len(rows)
    return pa.table({
        "block": pa.array([block.id] * n, pa.int64()), "file": pa.array([block.file] * n, pa.int64()),
        "line": pa.array([r[0] for r in rows], pa.int64()), "text": pa.array([r[1] for r in rows], pa.string()),
        "real": pa.array([bool(data.records)] * n, pa.bool_()), "n_rows": pa.array([n] * n, pa.int64()),
        "meta": pa.array([meta] + [""] * (n - 1), pa.string()),
    })


def make_datasource(blocks: list[Block], files: list[dict[str, Any]], text_fields: list[str | None]) -> Any:
    """A Ray Data datasource with one read task per unfinished block."""
    from ray.data.block import BlockMetadata
    from ray.data.datasource import Datasource, ReadTask

    class CorpusBlocks(Datasource):
        def estimate_inmemory_data_size(self) -> int | None:
            return sum(b.end - b.start for b in blocks) or None

        def get_read_tasks(self, parallelism: int, per_task_row_limit: int | None = None,
                           data_context: Any = None) -> list[ReadTask]:
            tasks = []
            for b in blocks:
                file = files[b.file]
                field = text_fields[file["source"]]
                meta = BlockMetadata(num_rows=None, size_bytes=(b.end - b.start) or None, exec_stats=None,
                                     input_files=(file["path"],))
                tasks.append(ReadTask(_reader(b, file, field), meta))
            return tasks

    return CorpusBlocks()  # type: ignore[no-untyped-call]


def _reader(block: Block, file: dict[str, Any], field: str | None) -> Callable[[], Iterable[Any]]:
    def read() -> Iterable[Any]:
        yield block_table(block, file, field)
    return read


def run_blocks(todo: list[Block], plan: dict[str, Any], scanner_args: dict[str, Any], workers: int,
               on_block: Callable[[Block, dict[str, np.ndarray]], None]) -> None:
    """Scan the unfinished blocks; ``on_block`` receives each block's per-record columns once complete."""
    import ray

    if not todo:
        return
    from beian.corpus.features import RecordScanner

    fields = [s.get("text_field") for s in plan["sources"]]
    ds = ray.data.read_datasource(make_datasource(todo, plan["files"], fields), override_num_blocks=len(todo),
                                 num_cpus=READ_CPUS)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ds = ds.map_batches(RecordScanner, fn_constructor_kwargs=scanner_args, batch_size=256,
                            batch_format="numpy", concurrency=workers, num_cpus=1 - READ_CPUS,
                            max_restarts=0)
    by_id = {b.id: b for b in todo}
    pending: dict[int, list[dict[str, np.ndarray]]] = {}
    seen: dict[int, int] = {}
    for batch in ds.iter_batches(batch_size=None, batch_format="numpy", prefetch_batches=1):
        for bid in np.unique(batch["block"]).tolist():
            mask = batch["block"] == bid
            part = {k: v[mask] for k, v in batch.items()}
            pending.setdefault(bid, []).append(part)
            seen[bid] = seen.get(bid, 0) + int(mask.sum())
            if seen[bid] == int(part["n_rows"][0]):
                parts = pending.pop(bid)
                cols = {k: np.concatenate([p[k] for p in parts]) for k in part}
                on_block(by_id[bid], cols)


