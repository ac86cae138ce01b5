#!/bin/bash
# Re-run `beian check` on probe packages with another source tree and list what changed at blocker/high/medium.
#   bench/probes/compare.sh SRC N...      (packages in /tmp/pN/pkgs/*, first-run outputs in /tmp/pN/out/NAME.json)
# New outputs go to $OUT (default /tmp/probe-compare): new_pN_NAME.json, read by verdicts.py.
SRC=$1; shift
OUT=${OUT:-/tmp/probe-compare}; mkdir -p "$OUT"
HERE=$(cd "$(dirname "$0")/../.." && pwd)
for n in "$@"; do for p in /tmp/p$n/pkgs/*/; do nm=$(basename "$p")
  PYTHONPATH=$SRC "$HERE/.venv/bin/python" -m beian check "$p" --format json -o "$OUT/new_p${n}_$nm.json" >/dev/null 2>&1
  python3 - "/tmp/p$n/out/$nm.json" "$OUT/new_p${n}_$nm.json" "p$n/$nm" <<'PY'
import json, sys
def load(f):
    try:
        j = json.load(open(f))
    except Exception:
        return None, set()
    return j.get("verdict"), {(x["severity"], x["code"], (x.get("message") or "")[:70]) for x in j["findings"]
                              if x["severity"] in ("blocker", "high", "medium")}
va, a = load(sys.argv[1]); vb, b = load(sys.argv[2])
print(f"== {sys.argv[3]}: {va} -> {vb}")
for x in sorted(a - b): print("  -", *x)
for x in sorted(b - a): print("  +", *x)
PY
done; done
