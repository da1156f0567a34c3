#!/usr/bin/env bash
# Seed benchmark: 100,000 generated rows (10k users, 20k campaigns, 10k brand lift studies, 60k
# survey responses; `_count` templates) into fresh databases (justify_testkit::TestDb):
#   1. justify-seed, binary COPY (default: secondary indexes and foreign keys of empty tables
#      dropped and re-created around the COPY), then a second run (staging table + ON CONFLICT)
#   2. binary COPY with the indexes and foreign keys kept
#   3. jsonb_populate_recordset batches (no COPY)
#   4. the same rows as CSV files, one `psql -c "\copy t (cols) FROM 'f.csv' CSV"` per table
#   5. `justify-schema seed --fixtures target/bench-seed/bench.yaml` (release binary, end to end:
#      process start, schema, check, load) into a fresh database, when BENCH_CLI is not 0
# Figures: target/bench-seed/summary.txt (recorded in BENCHMARKS.md, "Seed").
set -euo pipefail
cd "$(dirname "$0")/.."
command -v psql >/dev/null || { echo "psql is needed on PATH" >&2; exit 1; }
cargo test --release -p justify-seed --test seed -- --ignored --exact bench_seed_100k --nocapture
target_dir="${CARGO_TARGET_DIR:-target}"
summary=target/bench-seed/summary.txt
if [ "${BENCH_CLI:-1}" != 0 ]; then
  cargo build --release -p justify-schema
  url="${BENCH_PG_URL:-${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}}"
  db="justify_bench_seed_cli_$$"
  base="${url%/*}"
  psql -X -q -d "$url" -c "CREATE DATABASE $db"
  trap 'psql -X -q -d "$url" -c "DROP DATABASE IF EXISTS $db" >/dev/null' EXIT
  "$target_dir/release/justify-schema" --color never db push --database-url "$base/$db" >/dev/null 2>&1
  start=$(date +%s.%N)
  "$target_dir/release/justify-schema" --color never seed --fixtures target/bench-seed/bench.yaml \
    --database-url "$base/$db" 2>/dev/null
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { t = e - s; printf "justify-schema seed (release binary, end to end): %.3f s = %.0f rows/s\n", t, 100000 / t }' >> "$summary"
fi
echo
cat "$summary"
