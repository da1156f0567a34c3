#!/bin/sh
# Regenerates every tests/sql/diff/<case>/expected.sql from the real Prisma engine (the peer, see
# /work/shared/peers/prisma/setup.sh) and records its version in PEER_VERSION.
# Needs the local PostgreSQL (schema-to-schema diffs do not change it).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
peer="$HOME/.cache/prisma-peer"
[ -d "$peer" ] || /work/shared/peers/prisma/setup.sh
P="node --experimental-wasm-modules --no-warnings $peer/prisma-peer.mjs"
for case in "$here"/*/; do
  [ -f "$case/from.prisma" ] && [ -f "$case/to.prisma" ] || continue
  $P diff "$case/from.prisma" "$case/to.prisma" > "$case/expected.sql"
done
node -e 'const p=require(process.argv[1]);console.log("@prisma/schema-engine-wasm " + p.dependencies["@prisma/schema-engine-wasm"])' "$peer/package.json" > "$here/PEER_VERSION"
