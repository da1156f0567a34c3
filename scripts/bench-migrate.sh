#!/usr/bin/env bash
# Live-database performance: `scripts/bench-migrate.sh [--quick] [--no-criterion] [--no-build]`
#
#   1. criterion: `cargo bench -p justify-migrate --bench introspect` (introspection of a
#      database holding the synthetic 1000-model schema; 8 catalog queries);
#   2. `migrate deploy` of a generated folder of 800 small migrations (create table, add column,
#      create index, insert rows, alter column, enums, foreign keys, renames, views, DO blocks…)
#      into a fresh database, vs the psql loop (one `psql -v ON_ERROR_STOP=1 -q -f` process per
#      migration.sql) into another fresh database: hyperfine, fresh database before every run;
#   3. `migrate dev` no-op on the Justify schema (schema/schema.prisma + schema/migrations,
#      already applied): "already in sync", with its temporary shadow database.
#
# The server: BENCH_PG_URL (an admin URL whose user may create databases), else DATABASE_URL's
# server, else postgres://postgres@127.0.0.1:5432/postgres. Databases bench_migrate_* are
# created there and dropped at the end. Figures go to target/bench-migrate/ (summary.txt,
# hyperfine JSON); the generated folder is target/bench-migrate/migrations (deterministic).
# BENCHMARKS.md records a run of this script.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD

QUICK=0
CRITERION=1
BUILD=1
for arg in "$@"; do
    case "$arg" in
        --quick) QUICK=1 ;;
        --no-criterion) CRITERION=0 ;;
        --no-build) BUILD=0 ;;
        -h | --help)
            sed -n '2,17p' "$0"
            exit 0
            ;;
        *)
            echo "bench-migrate.sh: unknown argument $arg" >&2
            exit 2
            ;;
    esac
done

OUT=$ROOT/target/bench-migrate
MIGRATIONS=$OUT/migrations
COUNT=${COUNT:-800}
RUNS=${RUNS:-3}
DEV_RUNS=${DEV_RUNS:-10}
[ "$QUICK" = 1 ] && RUNS=1 && DEV_RUNS=3
BIN=$ROOT/target/release/justify-schema
mkdir -p "$OUT"
SUMMARY=$OUT/summary.txt
: >"$SUMMARY"

log() { printf 'bench-migrate: %s\n' "$*" >&2; }
record() { printf '%s\n' "$*" | tee -a "$SUMMARY"; }

# ------------------------------------------------------------------ server and databases
if [ -n "${BENCH_PG_URL:-}" ]; then
    ADMIN_URL=$BENCH_PG_URL
elif [ -n "${DATABASE_URL:-}" ]; then
    ADMIN_URL=$DATABASE_URL
else
    ADMIN_URL=postgres://postgres@127.0.0.1:5432/postgres
fi
# The URL of database $1 on the admin URL's server (query string kept).
db_url() {
    python3 - "$ADMIN_URL" "$1" <<'PY'
import sys, urllib.parse as u
p = u.urlsplit(sys.argv[1])
print(u.urlunsplit(p._replace(path="/" + sys.argv[2])))
PY
}
psql --no-psqlrc -q -X -v ON_ERROR_STOP=1 -c 'SELECT 1' "$ADMIN_URL" >/dev/null ||
    { echo "bench-migrate: cannot connect to $ADMIN_URL (set BENCH_PG_URL)" >&2; exit 1; }

# A helper hyperfine can run without a shell: recreate.sh <database>.
cat >"$OUT/recreate.sh" <<EOF
#!/usr/bin/env bash
set -euo pipefail
psql --no-psqlrc -q -X -v ON_ERROR_STOP=1 "$ADMIN_URL" \\
    -c "DROP DATABASE IF EXISTS \"\$1\" WITH (FORCE)" \\
    -c "CREATE DATABASE \"\$1\" TEMPLATE template0 ENCODING 'UTF8'"
EOF
# The psql loop: one process per migration, in folder order, stop at the first error.
cat >"$OUT/psql-loop.sh" <<'EOF'
#!/usr/bin/env bash
# psql-loop.sh <migrations dir> <database url>
set -euo pipefail
for f in "$1"/*/migration.sql; do
    psql --no-psqlrc -X -v ON_ERROR_STOP=1 -q -f "$f" "$2" >/dev/null
done
EOF
chmod +x "$OUT/recreate.sh" "$OUT/psql-loop.sh"
DBS=(bench_migrate_ours bench_migrate_psql bench_migrate_dev)
cleanup() {
    for db in "${DBS[@]}"; do
        psql --no-psqlrc -q -X "$ADMIN_URL" -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" \
            >/dev/null 2>&1 || true
    done
}
trap cleanup EXIT

record "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
record "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
record "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
record "rustc: $(rustc --version)"
record "server: $(psql --no-psqlrc -X -At -c 'SHOW server_version' "$ADMIN_URL") at $(db_url '<db>' | sed -E 's#//[^@/]*@#//#')"
record "psql: $(psql --version)"

if [ "$BUILD" = 1 ]; then
    log "cargo build --release -p justify-schema"
    cargo build --release -p justify-schema
fi

# ------------------------------------------------------------------ 1. introspection (criterion)
if [ "$CRITERION" = 1 ]; then
    log "cargo bench -p justify-migrate --bench introspect"
    CRIT_ARGS=()
    [ "$QUICK" = 1 ] && CRIT_ARGS=(--warm-up-time 1 --measurement-time 2)
    cargo bench -p justify-migrate --bench introspect -- "${CRIT_ARGS[@]}" 2>&1 | tee "$OUT/criterion.txt"
    record ""
    record "introspect (criterion, in-process), median per iteration:"
    python3 - "$ROOT/target/criterion" <<'PY' | tee -a "$SUMMARY"
import json, os, sys
root = sys.argv[1]
for name in ("100_tables", "1000_tables"):
    d = os.path.join(root, "introspect", name, "new", "estimates.json")
    if os.path.exists(d):
        e = json.load(open(d))
        print(f"  introspect/{name}: {e['median']['point_estimate'] / 1e6:.1f} ms")
PY
fi

# ------------------------------------------------------------------ 2. deploy of 800 migrations
log "generating $COUNT migrations into $MIGRATIONS"
rm -rf "$MIGRATIONS"
python3 - "$MIGRATIONS" "$COUNT" <<'PY'
# Deterministic: the same folder on every run (fixed seed, fixed timestamps).
import os, random, sys
root, count = sys.argv[1], int(sys.argv[2])
rng = random.Random(0x5EED_0800)
os.makedirs(root)
with open(os.path.join(root, "migration_lock.toml"), "w") as f:
    f.write("# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = \"postgresql\"\n")

NOUNS = ["account", "order", "invoice", "product", "shipment", "ticket", "project", "comment",
         "payment", "review", "session", "report", "contract", "device", "message", "campaign"]
tables = []      # [{name, cols: [name], next_row}]
enums = []       # [{name, values}]
views = 0
indexes = []     # (table, index name)

def q(x):
    return '"' + x + '"'

def create_table():
    n = len(tables)
    name = f"{NOUNS[n % len(NOUNS)]}_{n}"
    cols = ["id", "name", "created_at", "updated_at"]
    lines = [
        f'    "id" SERIAL NOT NULL,',
        f'    "name" TEXT NOT NULL,',
        f'    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,',
        f'    "updated_at" TIMESTAMP(3) NOT NULL,',
    ]
    extra = []
    fk = None
    if tables and rng.random() < 0.6:
        fk = rng.choice(tables[:8] if rng.random() < 0.4 else tables)
        col = f"{fk['name'].split('_')[0]}_id"
        if col in cols:
            col = f"{fk['name']}_id"
        cols.append(col)
        lines.append(f'    "{col}" INTEGER,')
        extra.append(f'-- CreateIndex\nCREATE INDEX "{name}_{col}_idx" ON "{name}"("{col}");')
        indexes.append((name, f"{name}_{col}_idx"))
        extra.append(
            f'-- AddForeignKey\nALTER TABLE "{name}" ADD CONSTRAINT "{name}_{col}_fkey" '
            f'FOREIGN KEY ("{col}") REFERENCES "{fk["name"]}"("id") ON DELETE SET NULL ON UPDATE CASCADE;')
    if rng.random() < 0.3:
        cols.append("price")
        lines.append('    "price" DECIMAL(65,30) NOT NULL DEFAULT 0,')
    if rng.random() < 0.3:
        cols.append("data")
        lines.append('    "data" JSONB,')
    lines.append("")
    lines.append(f'    CONSTRAINT "{name}_pkey" PRIMARY KEY ("id")')
    sql = f'-- CreateTable\nCREATE TABLE "{name}" (\n' + "\n".join(lines) + "\n);\n"
    if rng.random() < 0.3:
        sql += f'\n-- CreateIndex\nCREATE UNIQUE INDEX "{name}_name_key" ON "{name}"("name");\n'
        indexes.append((name, f"{name}_name_key"))
    for e in extra:
        sql += "\n" + e + "\n"
    tables.append({"name": name, "cols": cols, "rows": 0, "view": False})
    return f"create_{name}", sql

def add_column():
    t = rng.choice(tables)
    kind = rng.choice(["TEXT", "INTEGER", "BOOLEAN NOT NULL DEFAULT false", "TIMESTAMP(3)",
                       "DOUBLE PRECISION", "VARCHAR(255)", "BIGINT NOT NULL DEFAULT 0"])
    col = f"col_{len(t['cols'])}"
    t["cols"].append(col)
    sql = f'-- AlterTable\nALTER TABLE "{t["name"]}" ADD COLUMN     "{col}" {kind};\n'
    return f"add_{col}_to_{t['name']}", sql

def create_index():
    t = rng.choice(tables)
    cols = rng.sample(t["cols"][1:], k=min(len(t["cols"]) - 1, rng.choice([1, 1, 2])))
    name = f"{t['name']}_{'_'.join(cols)}_idx"
    if any(i == name for _, i in indexes):
        name = f"{name}{len(indexes)}"
    indexes.append((t["name"], name))
    sql = (f'-- CreateIndex\nCREATE INDEX "{name}" ON "{t["name"]}"('
           + ", ".join(q(c) for c in cols) + ");\n")
    return f"index_{t['name']}", sql

def insert_rows():
    t = rng.choice(tables)
    k = rng.choice([1, 3, 10, 50])
    sql = "-- Data\n"
    if k <= 10:
        vals = []
        for _ in range(k):
            t["rows"] += 1
            vals.append(f"('{t['name']} row {t['rows']}', CURRENT_TIMESTAMP)")
        sql += (f'INSERT INTO "{t["name"]}" ("name", "updated_at") VALUES\n    '
                + ",\n    ".join(vals) + ";\n")
    else:
        start = t["rows"]
        t["rows"] += k
        sql += (f'INSERT INTO "{t["name"]}" ("name", "updated_at")\n'
                f"SELECT '{t['name']} row ' || g, CURRENT_TIMESTAMP FROM generate_series({start + 1}, {start + k}) AS g;\n")
    return f"seed_{t['name']}", sql

def alter_column():
    t = rng.choice(tables)
    choice = rng.randrange(4)
    if choice == 0:
        sql = f'-- AlterTable\nALTER TABLE "{t["name"]}" ALTER COLUMN "updated_at" SET DEFAULT CURRENT_TIMESTAMP;\n'
    elif choice == 1 and not t["view"]:  # a view on the column would forbid the type change
        sql = f'-- AlterTable\nALTER TABLE "{t["name"]}" ALTER COLUMN "name" SET DATA TYPE VARCHAR(500);\n'
    elif choice <= 2:
        sql = f'-- AlterTable\nALTER TABLE "{t["name"]}" ALTER COLUMN "name" DROP NOT NULL;\n'
    else:
        sql = (f'-- AlterTable\nALTER TABLE "{t["name"]}" ADD COLUMN     "archived" BOOLEAN NOT NULL DEFAULT false,\n'
               f'ADD COLUMN     "archived_at" TIMESTAMP(3);\n') if "archived" not in t["cols"] else \
              f'-- AlterTable\nALTER TABLE "{t["name"]}" ALTER COLUMN "archived" SET DEFAULT true;\n'
        if "archived" not in t["cols"]:
            t["cols"] += ["archived", "archived_at"]
    return f"alter_{t['name']}", sql

def enum_change():
    if not enums or rng.random() < 0.5:
        name = f"Status{len(enums)}"
        values = ["DRAFT", "ACTIVE", "ARCHIVED"]
        enums.append({"name": name, "values": values})
        t = rng.choice(tables)
        col = f"status_{len(enums)}"
        t["cols"].append(col)
        sql = (f'-- CreateEnum\nCREATE TYPE "{name}" AS ENUM (' + ", ".join(f"'{v}'" for v in values) + ");\n\n"
               f'-- AlterTable\nALTER TABLE "{t["name"]}" ADD COLUMN     "{col}" "{name}" NOT NULL DEFAULT \'DRAFT\';\n')
        return f"create_enum_{name.lower()}", sql
    e = rng.choice(enums)
    v = f"V{len(e['values'])}"
    e["values"].append(v)
    return f"alter_enum_{e['name'].lower()}", f"-- AlterEnum\nALTER TYPE \"{e['name']}\" ADD VALUE '{v}';\n"

def update_data():
    t = rng.choice(tables)
    sql = (f'-- Backfill\nUPDATE "{t["name"]}" SET "updated_at" = "created_at" WHERE "id" % 2 = 0;\n\n'
           f'-- Backfill\nUPDATE "{t["name"]}" SET "name" = upper("name") WHERE "id" % 3 = 0;\n')
    return f"backfill_{t['name']}", sql

def rename_or_drop():
    t = rng.choice(tables)
    extra = [c for c in t["cols"] if c.startswith("col_")]
    if extra and rng.random() < 0.5:
        c = rng.choice(extra)
        t["cols"].remove(c)
        new = c.replace("col_", "renamed_", 1)
        t["cols"].append(new)
        return f"rename_{c}", f'-- AlterTable\nALTER TABLE "{t["name"]}" RENAME COLUMN "{c}" TO "{new}";\n'
    mine = [i for tn, i in indexes if tn == t["name"] and i.endswith("_idx")]
    if mine:
        i = rng.choice(mine)
        indexes.remove((t["name"], i))
        return f"drop_index_{t['name']}", f'-- DropIndex\nDROP INDEX "{i}";\n'
    return add_column()

def view_or_function():
    global views
    t = rng.choice(tables)
    views += 1
    if rng.random() < 0.5:
        t["view"] = True
        return f"view_{views}", (
            f'-- CreateView\nCREATE VIEW "v_{views}" AS\n  SELECT "id", "name", "created_at"\n'
            f'  FROM "{t["name"]}"\n  WHERE "created_at" > TIMESTAMP \'2000-01-01\';\n')
    return f"touch_trigger_{views}", (
        f'-- Custom\nCREATE OR REPLACE FUNCTION "touch_{views}"() RETURNS trigger AS $$\nBEGIN\n'
        f'  NEW."updated_at" = CURRENT_TIMESTAMP;\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;\n\n'
        f'CREATE TRIGGER "touch_{views}" BEFORE UPDATE ON "{t["name"]}"\n'
        f'  FOR EACH ROW EXECUTE FUNCTION "touch_{views}"();\n\n'
        f'DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM "{t["name"]}" WHERE "id" = -1) THEN\n'
        f'    RAISE NOTICE \'no sentinel row\';\n  END IF;\nEND\n$$;\n')

KINDS = [(create_table, 22), (add_column, 18), (create_index, 14), (insert_rows, 16),
         (alter_column, 10), (enum_change, 5), (update_data, 6), (rename_or_drop, 6),
         (view_or_function, 3)]
total_weight = sum(w for _, w in KINDS)
for i in range(count):
    if len(tables) < 5:
        kind = create_table
    else:
        r = rng.randrange(total_weight)
        for kind, w in KINDS:
            if r < w:
                break
            r -= w
    slug, sql = kind()
    # 2024-01-01 + i hours: sortable, unique, stable.
    day, hour = divmod(i, 24)
    month, day = divmod(day, 28)
    ts = f"{2024 + month // 12}{month % 12 + 1:02}{day + 1:02}{hour:02}0000"
    d = os.path.join(root, f"{ts}_{slug}")
    os.makedirs(d)
    with open(os.path.join(d, "migration.sql"), "w") as f:
        f.write(sql)
print(f"{count} migrations, {len(tables)} tables, {len(enums)} enums", file=sys.stderr)
PY
N_FILES=$(find "$MIGRATIONS" -name migration.sql | wc -l)
record ""
record "deploy: $N_FILES migrations in $MIGRATIONS ($(cat "$MIGRATIONS"/*/migration.sql | wc -l) lines of SQL)"

# A schema file with only a datasource, so the CLI does not parse the repository's schema.
printf 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n' \
    >"$OUT/schema.prisma"
OURS_URL=$(db_url bench_migrate_ours)
PSQL_URL=$(db_url bench_migrate_psql)
hyperfine -N --runs "$RUNS" --export-json "$OUT/deploy.json" \
    --command-name "justify-schema migrate deploy ($N_FILES migrations)" \
    --prepare "$OUT/recreate.sh bench_migrate_ours" \
    "$BIN migrate deploy --schema $OUT/schema.prisma --migrations $MIGRATIONS --database-url $OURS_URL --json" \
    --command-name "psql loop ($N_FILES processes)" \
    --prepare "$OUT/recreate.sh bench_migrate_psql" \
    "$OUT/psql-loop.sh $MIGRATIONS $PSQL_URL" 2>&1 | tee "$OUT/deploy.txt"

# Both databases end with the same schema and data (outside the timing).
fingerprint() {
    psql --no-psqlrc -X -At -v ON_ERROR_STOP=1 "$1" <<'SQL'
SELECT count(*) FILTER (WHERE c.relkind = 'r') || ' tables, '
    || count(*) FILTER (WHERE c.relkind = 'i') || ' indexes, '
    || count(*) FILTER (WHERE c.relkind = 'v') || ' views, '
    || (SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public'
        AND table_name <> '_prisma_migrations') || ' columns, '
    || (SELECT count(*) FROM pg_enum) || ' enum values, '
    || (SELECT sum(n_tup_ins) FROM pg_stat_user_tables WHERE relname <> '_prisma_migrations') || ' rows inserted'
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'public' AND c.relname NOT LIKE '\_prisma\_migrations%';
SQL
}
sleep 1 # pg_stat counters are flushed asynchronously
FP_OURS=$(fingerprint "$OURS_URL")
FP_PSQL=$(fingerprint "$PSQL_URL")
HISTORY=$(psql --no-psqlrc -X -At -c 'SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL' "$OURS_URL")
record "  ours: $FP_OURS; _prisma_migrations: $HISTORY finished rows"
record "  psql: $FP_PSQL"
[ "$HISTORY" = "$N_FILES" ] || { record "  ERROR: expected $N_FILES finished migrations"; exit 1; }
[ "${FP_OURS% rows inserted}" = "${FP_PSQL% rows inserted}" ] ||
    { record "  ERROR: the two databases differ"; exit 1; }

python3 - "$OUT/deploy.json" <<'PY' | tee -a "$SUMMARY"
import json, sys
r = json.load(open(sys.argv[1]))["results"]
ours, psql = r[0], r[1]
for x in r:
    print(f"  {x['command']}: mean {x['mean']:.2f} s, median {x['median']:.2f} s, "
          f"min {x['min']:.2f} s, max {x['max']:.2f} s ({len(x['times'])} runs)")
print(f"  ratio psql loop / ours (median): {psql['median'] / ours['median']:.1f}x")
PY

# ------------------------------------------------------------------ 3. migrate dev, no-op
DEV_URL=$(db_url bench_migrate_dev)
"$OUT/recreate.sh" bench_migrate_dev
"$BIN" migrate deploy --schema schema/schema.prisma --migrations schema/migrations \
    --database-url "$DEV_URL" >/dev/null
DEV_CMD=(env -u SHADOW_DATABASE_URL -u DIRECT_URL "$BIN" migrate dev --schema schema/schema.prisma
    --migrations schema/migrations --database-url "$DEV_URL")
DEV_OUT=$("${DEV_CMD[@]}" 2>&1)
echo "$DEV_OUT"
grep -qi "already in sync" <<<"$DEV_OUT" ||
    { record "ERROR: migrate dev is not a no-op on a freshly deployed database"; exit 1; }
record ""
record "migrate dev (no-op, schema/schema.prisma, $(ls -d schema/migrations/*/ | wc -l) migration(s), temporary shadow database):"
hyperfine -N --warmup 1 --runs "$DEV_RUNS" --export-json "$OUT/dev.json" \
    --command-name "justify-schema migrate dev (no-op)" \
    "${DEV_CMD[*]}" 2>&1 | tee "$OUT/dev.txt"
python3 - "$OUT/dev.json" <<'PY' | tee -a "$SUMMARY"
import json, sys
for x in json.load(open(sys.argv[1]))["results"]:
    print(f"  {x['command']}: mean {x['mean'] * 1000:.0f} ms, median {x['median'] * 1000:.0f} ms, "
          f"min {x['min'] * 1000:.0f} ms, max {x['max'] * 1000:.0f} ms ({len(x['times'])} runs)")
PY
record "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
log "summary in $SUMMARY"
