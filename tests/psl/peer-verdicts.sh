#!/usr/bin/env bash
# Record the reference Prisma engine's verdict on every PSL test case.
#
# Cases: each *.prisma directly in tests/psl/valid and tests/psl/invalid, each sub-folder of
# those (one multi-file schema per folder), and schema/schema.prisma.
# Output: tests/psl/peer-verdicts.tsv, one line per case, sorted by path:
#   <path relative to repo root> TAB <valid|invalid> TAB <first line of Prisma's error message>
#
# The peer is run as $PRISMA_PEER (default below); see /work/shared/peers/prisma/README.md.
# Note: the peer drops datasource url/directUrl/shadowDatabaseUrl lines and preview features
# unknown to Prisma 7 before validating (Prisma 5/6-style schemas).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

PEER="${PRISMA_PEER:-node --experimental-wasm-modules --no-warnings $HOME/.cache/prisma-peer/prisma-peer.mjs}"
PKG="${PRISMA_PEER_PACKAGE_JSON:-/work/shared/peers/prisma/package.json}"
OUT="tests/psl/peer-verdicts.tsv"
JOBS="${JOBS:-8}"

version="$(node -e 'const p=require(process.argv[1]);const d={...p.dependencies,...p.devDependencies};process.stdout.write(d["@prisma/prisma-schema-wasm"]||"unknown")' "$PKG" 2>/dev/null || echo unknown)"

# Collect the cases.
cases=()
for dir in tests/psl/valid tests/psl/invalid; do
  [ -d "$dir" ] || continue
  for f in "$dir"/*.prisma; do [ -f "$f" ] && cases+=("$f"); done
  for d in "$dir"/*/; do [ -d "$d" ] && cases+=("${d%/}"); done
done
[ -f schema/schema.prisma ] && cases+=("schema/schema.prisma")

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# One case -> one line in $tmp/<n>.
verdict() {
  local n="$1" path="$2" err rc=0
  err="$($PEER validate "$path" 2>&1 >/dev/null)" || rc=$?
  if [ "$rc" -eq 0 ]; then
    printf '%s\tvalid\t\n' "$path" > "$tmp/$n"
  else
    # Errors come as {"error_code":…,"message":"error: …\n  -->  …"}; anything else is taken raw.
    local first
    first="$(printf '%s' "$err" | node -e '
      let s = require("fs").readFileSync(0, "utf8");
      let msg = s;
      const i = s.indexOf("{");
      if (i >= 0) { try { const j = JSON.parse(s.slice(i)); if (j && typeof j.message === "string") msg = j.message; } catch (e) {} }
      const line = msg.split("\n").map((l) => l.trim()).find((l) => l.length > 0) || "";
      process.stdout.write(line.replace(/\t/g, " "));
    ')"
    printf '%s\tinvalid\t%s\n' "$path" "$first" > "$tmp/$n"
  fi
}

n=0
for c in "${cases[@]}"; do
  n=$((n + 1))
  verdict "$n" "$c" &
  # Keep at most $JOBS peers running.
  while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do wait -n || true; done
done
wait

{
  printf '# prisma-schema-wasm %s, generated %s\n' "$version" "$(date -u +%Y-%m-%d)"
  if [ "$n" -gt 0 ]; then cat "$tmp"/* | LC_ALL=C sort -t $'\t' -k1,1; fi
} > "$OUT"

echo "wrote $OUT ($n cases: $(grep -c $'\tvalid\t' "$OUT" || true) valid, $(grep -c $'\tinvalid\t' "$OUT" || true) invalid)" >&2
