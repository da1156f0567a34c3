#!/usr/bin/env bash
# Regenerates Prisma's from-empty SQL for every valid corpus schema (and every extra case in
# cases/), with the real Prisma schema
# engine (the reference peer in /work/shared/peers/prisma). The outputs are checked in: the Rust
# test `crates/sql/tests/from_empty.rs` compares our SQL with them and never needs Node.
#
#   tests/sql/from_empty/generate.sh
#
# Needs node and a PostgreSQL at DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres);
# schema-only diffs do not change that database.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
peer_dir="${PRISMA_PEER_DIR:-/work/shared/peers/prisma}"
mjs="$HOME/.cache/prisma-peer/prisma-peer.mjs"
[ -f "$mjs" ] || mjs="$("$peer_dir/setup.sh" | tail -n1)"
P=(node --experimental-wasm-modules --no-warnings "$mjs")

cp "$peer_dir/package.json" "$here/PEER_VERSION"

run() { # case-name schema-path
  local name="$1" src="$2"
  if ! "${P[@]}" diff empty "$src" >"$here/$name.sql.tmp" 2>"$here/$name.err"; then
    echo "peer failed on $name:" >&2
    cat "$here/$name.err" >&2
    rm -f "$here/$name.sql.tmp" "$here/$name.err"
    return 1
  fi
  rm -f "$here/$name.err"
  mv "$here/$name.sql.tmp" "$here/$name.sql"
}

status=0
run justify "$root/schema/schema.prisma" || status=1
for f in "$root"/tests/psl/valid/*.prisma; do
  run "$(basename "$f" .prisma)" "$f" || status=1
done
# Cases of rules the PSL corpus does not reach (tests/sql/from_empty/cases/).
for f in "$here"/cases/*.prisma; do
  run "$(basename "$f" .prisma)" "$f" || status=1
done
for d in "$root"/tests/psl/valid/*/; do
  run "$(basename "$d")" "${d%/}" || status=1
done
exit $status
