#!/usr/bin/env bash
# Schema-language performance: `scripts/bench-psl.sh [--quick] [--no-criterion] [--no-peer]`
#
#   1. criterion: `cargo bench -p justify-psl --bench parse_validate` (generated schemas of
#      100/250/500/1000 models + tests/psl/valid/large_ecommerce.prisma check and format);
#   2. whole process: hyperfine (or a `date +%s%N` loop when hyperfine is missing) of
#      `justify-schema validate --schema <ecommerce>` vs the Prisma peer's `validate`;
#   3. the peer's in-process time: `TIMES=20 <peer> validate <file>` (median ms on stderr).
#
# Figures are written to target/bench-psl/ (summary.txt, hyperfine JSON, criterion output).
# BENCHMARKS.md records a run of this script.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD

QUICK=0
CRITERION=1
PEER_ENABLED=1
for arg in "$@"; do
    case "$arg" in
        --quick) QUICK=1 ;;
        --no-criterion) CRITERION=0 ;;
        --no-peer) PEER_ENABLED=0 ;;
        -h | --help)
            sed -n '2,12p' "$0"
            exit 0
            ;;
        *)
            echo "bench-psl.sh: unknown argument $arg" >&2
            exit 2
            ;;
    esac
done

SCHEMA=${SCHEMA:-tests/psl/valid/large_ecommerce.prisma}
PEER_MJS=${PEER_MJS:-$HOME/.cache/prisma-peer/prisma-peer.mjs}
PEER=(node --experimental-wasm-modules --no-warnings "$PEER_MJS")
OURS=("$ROOT/target/release/justify-schema" validate --schema "$SCHEMA")
OUT=$ROOT/target/bench-psl
RUNS=${RUNS:-30}
[ "$QUICK" = 1 ] && RUNS=10
mkdir -p "$OUT"
SUMMARY=$OUT/summary.txt
: >"$SUMMARY"

log() { printf 'bench-psl: %s\n' "$*" >&2; }
record() { printf '%s\n' "$*" | tee -a "$SUMMARY"; }

record "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
record "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
record "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
record "rustc: $(rustc --version)"
command -v node >/dev/null && record "node: $(node --version)"
record "schema: $SCHEMA ($(wc -l <"$SCHEMA") lines, $(grep -c '^model ' "$SCHEMA") models)"

# ------------------------------------------------------------------ 1. criterion (in-process)
if [ "$CRITERION" = 1 ]; then
    log "cargo bench -p justify-psl --bench parse_validate"
    CRIT_ARGS=()
    [ "$QUICK" = 1 ] && CRIT_ARGS=(--warm-up-time 1 --measurement-time 2)
    cargo bench -p justify-psl --bench parse_validate -- "${CRIT_ARGS[@]}" 2>&1 | tee "$OUT/criterion.txt"
    record ""
    record "criterion (in-process), median per iteration:"
    python3 - "$ROOT/target/criterion" <<'PY' | tee "$OUT/criterion-medians.tsv" | tee -a "$SUMMARY"
import json, os, sys
root = sys.argv[1]
rows = []
for dirpath, _, files in os.walk(root):
    if dirpath.endswith("/new") and "benchmark.json" in files and "estimates.json" in files:
        b = json.load(open(os.path.join(dirpath, "benchmark.json")))
        e = json.load(open(os.path.join(dirpath, "estimates.json")))
        if not b["full_id"].startswith(("generated/", "ecommerce/")):
            continue
        lines = (b.get("throughput") or {}).get("Elements", 0)
        med = e["median"]["point_estimate"] / 1e6
        rows.append((b["full_id"], med, lines))
def key(r):
    head, _, tail = r[0].rpartition("/")
    return (head, int(tail) if tail.isdigit() else 0, tail)
for fid, med, lines in sorted(rows, key=key):
    extra = ""
    if lines:
        extra = f"\t{lines} lines\t{med * 1000 / lines:.2f} us/line"
    tail = fid.rpartition("/")[2]
    if tail.isdigit():
        extra += f"\t{med * 1000 / int(tail):.1f} us/model"
    print(f"  {fid}\t{med:.2f} ms{extra}")
PY
fi

# ------------------------------------------------------------------ 2. whole process
log "cargo build --release -p justify-schema"
if ! cargo build --release -p justify-schema >&2; then
    [ -x "${OURS[0]}" ] || exit 1
    log "build failed; measuring the existing ${OURS[0]}"
fi
"${OURS[@]}" >/dev/null 2>&1 || {
    log "our validate rejects $SCHEMA"
    exit 1
}

PEER_OK=0
if [ "$PEER_ENABLED" = 1 ] && [ -f "$PEER_MJS" ] && command -v node >/dev/null; then
    if "${PEER[@]}" validate "$SCHEMA" >/dev/null 2>&1; then
        PEER_OK=1
    else
        log "peer failed to validate $SCHEMA; skipping peer figures"
    fi
else
    log "peer not available ($PEER_MJS); skipping peer figures"
fi

if ! command -v hyperfine >/dev/null; then
    log "hyperfine missing; trying apt-get install -y hyperfine"
    (apt-get install -y hyperfine >/dev/null 2>&1 || true)
fi

# median_ms <runs> <cmd...>: median wall time of a command in ms (fallback without hyperfine).
median_ms() {
    local runs=$1
    shift
    local i t0 t1
    local -a times=()
    for ((i = 0; i < runs; i++)); do
        t0=$(date +%s%N)
        "$@" >/dev/null 2>&1
        t1=$(date +%s%N)
        times+=($(((t1 - t0) / 1000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f\n", m/1000}'
}

record ""
record "whole process (wall clock, median of $RUNS runs):"
OURS_MS=""
PEER_MS=""
if command -v hyperfine >/dev/null; then
    CMDS=("$(printf '%q ' "${OURS[@]}")")
    NAMES=(-n justify-schema)
    if [ "$PEER_OK" = 1 ]; then
        CMDS+=("$(printf '%q ' "${PEER[@]}" validate "$SCHEMA")")
        NAMES+=(-n prisma-peer)
    fi
    hyperfine -N --warmup 3 --runs "$RUNS" "${NAMES[@]}" --export-json "$OUT/hyperfine.json" \
        "${CMDS[@]}" 2>&1 | tee "$OUT/hyperfine.txt" >&2
    OURS_MS=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print("%.2f" % (r[0]["median"]*1000))' "$OUT/hyperfine.json")
    if [ "$PEER_OK" = 1 ]; then
        PEER_MS=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print("%.2f" % (r[1]["median"]*1000))' "$OUT/hyperfine.json")
    fi
else
    OURS_MS=$(median_ms "$RUNS" "${OURS[@]}")
    [ "$PEER_OK" = 1 ] && PEER_MS=$(median_ms "$RUNS" "${PEER[@]}" validate "$SCHEMA")
fi
record "  justify-schema validate: ${OURS_MS} ms"
if [ -n "$PEER_MS" ]; then
    record "  prisma peer validate:    ${PEER_MS} ms"
    record "  ratio (peer / ours):     $(awk -v a="$PEER_MS" -v b="$OURS_MS" 'BEGIN {printf "%.1fx", a/b}') (target >= 20x)"
fi

# ------------------------------------------------------------------ 3. peer in-process
if [ "$PEER_OK" = 1 ]; then
    record ""
    PEER_IN=$(TIMES=20 "${PEER[@]}" validate "$SCHEMA" 2>&1 >/dev/null | tail -n 5)
    record "prisma peer in-process (TIMES=20, stderr): $(echo "$PEER_IN" | tr '\n' ' ')"
    # "median 22.63 ms over 20 runs"
    PEER_IN_MS=$(echo "$PEER_IN" | sed -nE 's/.*median ([0-9.]+) ?ms.*/\1/p' | tail -n 1)
    if [ -f "$OUT/criterion-medians.tsv" ] && [ -n "$PEER_IN_MS" ]; then
        OURS_IN_MS=$(awk -F'\t' '$1 ~ /ecommerce\/check$/ {sub(/ ms/, "", $2); print $2}' "$OUT/criterion-medians.tsv")
        record "  ours in-process (criterion ecommerce/check median): ${OURS_IN_MS} ms"
        record "  ratio (peer / ours): $(awk -v a="$PEER_IN_MS" -v b="$OURS_IN_MS" 'BEGIN {printf "%.1fx", a/b}') (target >= 4x)"
    fi
fi

record "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
log "summary written to $SUMMARY"
