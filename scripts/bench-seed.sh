#!/usr/bin/env bash
# Seed benchmark: 100,000 generated rows (10k users, 20k campaigns, 10k brand lift studies, 60k
# survey responses; `_count` templates) into fresh databases (justify_testkit::TestDb):
#   1. justify-seed, binary COPY (default), then a second run (staging table + ON CONFLICT)
#   2. justify-seed --no-copy equivalent (jsonb_populate_recordset batches)
#   3. the same rows as CSV files, one `psql -c "\copy t (cols) FROM 'f.csv' CSV"` per table
# Figures: target/bench-seed/summary.txt (recorded in BENCHMARKS.md, "Seed").
set -euo pipefail
cd "$(dirname "$0")/.."
command -v psql >/dev/null || { echo "psql is needed on PATH" >&2; exit 1; }
cargo test --release -p justify-seed --test seed -- --ignored --exact bench_seed_100k --nocapture
echo
cat target/bench-seed/summary.txt
