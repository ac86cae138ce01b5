"""The audit chain's keyed hashes, its key, and the verification that names each kind of tampering.

Records chain by HMAC-SHA256 under a key kept outside the database (``audit.key_file`` or the
environment variable ``BEIAN_AUDIT_KEY``). A database written before a key existed keeps its old
records: they verify with the old unkeyed sha256 rule up to a ``chain_keyed`` record, written
(under the key) the first time a gateway opens the database with a key; every record from that
one on must carry the keyed hash. Gateway state that vouches for the chain (where keying began,
the anchor left by a purge) is signed with the same key.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from beian.errors import ConfigError
from beian.kinds import Outcome, Tamper
from beian.records import AUDIT_FIELDS

if TYPE_CHECKING:
    from beian.gateway.checkpoints import Checkpoint
    from beian.gateway.config import GatewayConfig

KEY_ENV = "BEIAN_AUDIT_KEY"
KEY_HINT = (f"用 beian admin audit init-key 密钥文件 生成密钥，并在 audit.key_file 中引用，或设置环境变量 {KEY_ENV}"
            "（至少 32 位十六进制）")
MIN_KEY_BYTES = 16
MAX_PROBLEMS = 1000


def row_hash(prev: str, row: dict[str, Any], key: bytes | None = None) -> str:
    """The record's hash over the previous hash and its fields: HMAC-SHA256 with ``key``, else plain sha256."""
    body = json.dumps([row.get(k) for k in AUDIT_FIELDS], ensure_ascii=False, separators=(",", ":"))
    msg = (prev + "|" + body).encode("utf-8")
    if key is None:
        return hashlib.sha256(msg).hexdigest()
    inner, outer = _pads(key)
    i, o = inner.copy(), outer.copy()
    i.update(msg)
    o.update(i.digest())
    return o.hexdigest()


@functools.lru_cache(maxsize=8)
def _pads(key: bytes) -> tuple[Any, Any]:
    """HMAC-SHA256 (RFC 2104) with the keyed inner and outer states computed once per key.

    OpenSSL 3 sets up an HMAC context in about 15 µs; copying two prepared sha256 states costs
    about 1 µs, and this runs for every audit record. Equal to ``hmac.new(key, msg, sha256)``.
    """
    block = key if len(key) <= 64 else hashlib.sha256(key).digest()
    block = block.ljust(64, b"\0")
    return (hashlib.sha256(bytes(b ^ 0x36 for b in block)), hashlib.sha256(bytes(b ^ 0x5C for b in block)))


def sign(key: bytes, *parts: object) -> str:
    """HMAC-SHA256 over ``parts`` joined by ``|`` (for state values and checkpoints)."""
    return hmac.new(key, "|".join(str(p) for p in parts).encode("utf-8"), hashlib.sha256).hexdigest()


def signed_ok(key: bytes, sig: str, *parts: object) -> bool:
    """Whether ``sig`` is the signature of ``parts`` (constant time)."""
    return hmac.compare_digest(sign(key, *parts), str(sig))


# ------------------------------------------------------------------ the key
def parse_key(text: str, where: str) -> bytes:
    """A key from its hex form; a Chinese :class:`ConfigError` naming ``where`` otherwise."""
    value = text.strip()
    try:
        key = bytes.fromhex(value)
    except ValueError:
        raise ConfigError(f"{where}中的审计密钥不是十六进制字符串", KEY_HINT) from None
    if len(key) < MIN_KEY_BYTES:
        raise ConfigError(f"{where}中的审计密钥太短（至少 {MIN_KEY_BYTES * 2} 位十六进制）", KEY_HINT)
    return key


def read_key_file(path: Path) -> bytes:
    """The key stored in ``path``."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"审计密钥文件 {path} 不存在", KEY_HINT) from None
    except OSError as exc:
        raise ConfigError(f"无法读取审计密钥文件 {path}（{exc.strerror or type(exc).__name__}）",
                          "检查文件权限：网关进程的用户须能读取它") from None
    return parse_key(text, f"密钥文件 {path} ")


def load_key(cfg: GatewayConfig | None) -> bytes | None:
    """The audit key: ``BEIAN_AUDIT_KEY`` first, then ``audit.key_file``; refuse when required and missing."""
    env = os.environ.get(KEY_ENV, "")
    if env.strip():
        return parse_key(env, f"环境变量 {KEY_ENV} ")
    if cfg is None:
        return None
    if cfg.audit.key_file:
        return read_key_file(cfg.path(cfg.audit.key_file))
    if cfg.audit.require_key:
        raise ConfigError("配置要求审计密钥（audit.require_key: true），但没有找到密钥", KEY_HINT)
    return None


def create_key_file(path: Path) -> None:
    """Write a new random 256-bit key (hex) to ``path`` with permissions 0600; never overwrite."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise ConfigError(f"密钥文件 {path} 已存在，不会覆盖", "换一个文件名；更换密钥会使已有记录无法校验") from None
    except OSError as exc:
        raise ConfigError(f"无法创建密钥文件 {path}（{exc.strerror or type(exc).__name__}）",
                          "检查目录是否存在、是否可写") from None
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(secrets.token_hex(32) + "\n")
    os.chmod(path, 0o600)  # the umask cannot widen it, but an existing ACL default might


# ------------------------------------------------------------------ verification
@dataclass
class Problem:
    """One finding of the verification: what kind of tampering, at which record, in Chinese."""

    kind: Tamper
    row_id: int | None
    detail: str
    source: int = 1  # 0 the signed state, 1 the chain itself, 2 the checkpoints: the first source found wins


@dataclass
class ChainState:
    """What the gateway state says about the chain (all of it signed when a key is in use)."""

    anchor: str = ""
    anchor_id: int = 0
    anchor_sig: str = ""
    purged: int = 0
    keyed_from: int | None = None
    keyed_sig: str = ""

    @classmethod
    def from_state(cls, values: dict[str, str]) -> ChainState:
        """From the ``gateway_state`` rows (missing keys: an unkeyed, never purged chain)."""
        keyed = json.loads(values["chain_keyed"]) if values.get("chain_keyed") else {}
        return cls(anchor=values.get("chain_anchor", ""), anchor_id=int(values.get("chain_anchor_id") or 0),
                   anchor_sig=values.get("chain_anchor_sig", ""), purged=int(values.get("chain_purged") or 0),
                   keyed_from=int(keyed["id"]) if keyed else None, keyed_sig=str(keyed.get("sig", "")))

    def anchor_signature(self, key: bytes) -> str:
        """The signature the anchor must carry."""
        return sign(key, "anchor", self.anchor_id, self.anchor, self.purged)


@dataclass
class ChainWalk:
    """Walks the records in id order once and collects problems, unfinished streams and checkpoint facts."""

    state: ChainState
    key: bytes | None
    checkpoint_ids: list[int] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    checked: int = 0
    last_id: int = 0
    prev: str = ""
    started: dict[str, int] = field(default_factory=dict)
    seen: dict[int, tuple[str, int]] = field(default_factory=dict)  # checkpoint id -> (hash, rows up to it)
    marker_seen: bool = False
    more: int = 0  # problems beyond MAX_PROBLEMS, counted only
    _cp_index: int = 0

    def __post_init__(self) -> None:
        self.prev = self.state.anchor
        self.checkpoint_ids = sorted(set(self.checkpoint_ids))

    def _keyed(self, rid: int) -> bool:
        return self.state.keyed_from is not None and rid >= self.state.keyed_from

    def row(self, row: dict[str, Any]) -> None:
        """Check one record against the one before it."""
        rid = int(row["id"])
        self._pass_checkpoints(rid)
        self.checked += 1
        keyed = self._keyed(rid)
        if rid == self.state.keyed_from:
            self.marker_seen = True
            if row.get("action") != Outcome.CHAIN_KEYED:
                self._add(Tamper.KEY_STATE_FORGED, rid, "密钥启用状态指向的记录不是启用记录")
        elif row.get("action") == Outcome.CHAIN_KEYED and self.key is not None and not keyed:
            self._add(Tamper.KEY_STATE_FORGED, rid, "库中有密钥启用记录，但启用状态被删除或改动")
        if row_hash(row["prev_hash"], row, self.key if keyed else None) != row["hash"]:
            if not keyed and self.key is not None and row_hash(row["prev_hash"], row, self.key) == row["hash"]:
                self._add(Tamper.KEY_STATE_FORGED, rid, "记录带密钥哈希，但密钥启用状态被删除或改动")
                self.prev, self.last_id = row["hash"], rid
                return
            how = "（无密钥的旧记录：重算哈希可以掩盖改动，请启用密钥）" if not keyed else ""
            self._add(Tamper.MODIFIED, rid, f"记录本身的哈希不符{how}")
        elif row["prev_hash"] != self.prev:
            first = self.checked == 1
            self._add(Tamper.HEAD_DELETED if first else Tamper.DELETED, rid,
                      "它之前的记录被删除，第一条记录与锚点不衔接" if first else f"与前一条（第 {self.last_id} 条）不衔接")
        self.prev, self.last_id = row["hash"], rid
        self._track_stream(row)
        if self._cp_index < len(self.checkpoint_ids) and self.checkpoint_ids[self._cp_index] == rid:
            self.seen[rid] = (row["hash"], self.checked)
            self._cp_index += 1

    def _pass_checkpoints(self, rid: int) -> None:
        """Checkpoint ids below ``rid`` that no record has: missing (their count is the rows so far)."""
        while self._cp_index < len(self.checkpoint_ids) and self.checkpoint_ids[self._cp_index] < rid:
            self._cp_index += 1

    def _track_stream(self, row: dict[str, Any]) -> None:
        req = row.get("request_id") or ""
        if row.get("action") == Outcome.STREAM_START:
            self.started[req] = int(row["id"])
        elif req in self.started:
            del self.started[req]

    def _add(self, kind: Tamper, rid: int | None, detail: str, source: int = 1) -> None:
        if len(self.problems) < MAX_PROBLEMS:  # a rewritten chain of millions: the first ones say enough
            self.problems.append(Problem(kind, rid, detail, source))
        else:
            self.more += 1

    def check_state(self) -> None:
        """The signed state: where keying began and the purge anchor."""
        st, key = self.state, self.key
        if key is None or st.keyed_from is None:
            return
        if not signed_ok(key, st.keyed_sig, "keyed", st.keyed_from):
            self._add(Tamper.KEY_STATE_FORGED, st.keyed_from, "密钥启用状态的签名不符（或密钥不对）", 0)
        if st.anchor and not hmac.compare_digest(st.anchor_signature(key), st.anchor_sig):
            self._add(Tamper.ANCHOR_FORGED, st.anchor_id + 1 if st.anchor_id else None,
                      "清理留下的锚点没有有效签名：开头的记录被删除后伪造了锚点", 0)

    def finish(self, checkpoints: list[Checkpoint]) -> None:
        """After the last record: a truncated keying record, then every checkpoint."""
        st = self.state
        if st.keyed_from is not None and not self.marker_seen and st.keyed_from > st.anchor_id \
                and st.keyed_from > self.last_id:
            self._add(Tamper.TRUNCATED, st.keyed_from, "密钥启用记录及其后的记录都已不存在")
        for cp in checkpoints:
            self._checkpoint(cp)

    def _checkpoint(self, cp: Checkpoint) -> None:
        where = f"检查点文件第 {cp.line_no} 行"
        if not cp.valid:
            self._add(Tamper.CHECKPOINT_EDITED, None, f"{where}的签名不符或无法解析", 2)
            return
        if cp.last_id <= self.state.anchor_id:  # purged since: nothing left to compare
            return
        if cp.last_id > self.last_id:
            self._add(Tamper.TRUNCATED, self.last_id + 1,
                      f"{where}记录到第 {cp.last_id} 条，库中只到第 {self.last_id} 条", 2)
            return
        got = self.seen.get(cp.last_id)
        if got is None:
            self._add(Tamper.CHECKPOINT_MISMATCH, cp.last_id, f"{where}记录的第 {cp.last_id} 条已不存在", 2)
        elif got[0] != cp.last_hash:
            self._add(Tamper.CHECKPOINT_MISMATCH, cp.last_id, f"第 {cp.last_id} 条的哈希与{where}不同", 2)
        elif got[1] + self.state.purged != cp.count:
            self._add(Tamper.CHECKPOINT_MISMATCH, cp.last_id,
                      f"到第 {cp.last_id} 条为止应有 {cp.count} 条记录（{where}），现有 {got[1] + self.state.purged} 条", 2)

    def first(self) -> Problem | None:
        """The problem at the lowest record id (problems without one last)."""
        if not self.problems:
            return None
        return min(self.problems, key=lambda p: (p.source, p.row_id is None, p.row_id or 0))
