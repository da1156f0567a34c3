#!/usr/bin/env bash
# The project's test command: `scripts/test.sh [extra cargo test args]`.
#
# Tests need a real PostgreSQL server (see crates/testkit). In order:
#   1. DATABASE_URL, if set, is used as is;
#   2. a server on 127.0.0.1:5432 (trust auth, user postgres) is used if it answers;
#   3. otherwise we try to start the Debian cluster (`pg_ctlcluster <v> main start`);
#   4. failing that, the testkit starts its own throwaway cluster under
#      target/justify-testkit/ (initdb + pg_ctl; as root it runs as `postgres`),
#      which this script stops again at the end if it was not running before.
# Then: cargo test --workspace --all-targets --no-fail-fast "$@", and one
# closing summary line ("tests: N passed, N failed, N skipped").
set -euo pipefail

cd "$(dirname "$0")/.."

testkit_dir="${JUSTIFY_TESTKIT_DIR:-${CARGO_TARGET_DIR:-target}/justify-testkit}"

log() { printf 'test.sh: %s\n' "$*" >&2; }

local_pg_ready() {
    if command -v pg_isready >/dev/null 2>&1; then
        pg_isready -q -h 127.0.0.1 -p 5432 -t 2
    else
        (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null
    fi
}

embedded_running() {
    local pidfile
    for pidfile in "$testkit_dir"/pg*/data/postmaster.pid; do
        [ -f "$pidfile" ] && kill -0 "$(head -n1 "$pidfile")" 2>/dev/null && return 0
    done
    return 1
}

stop_embedded() {
    local data pg_ctl
    for data in "$testkit_dir"/pg*/data; do
        [ -f "$data/postmaster.pid" ] || continue
        pg_ctl="/usr/lib/postgresql/$(cat "$data/PG_VERSION")/bin/pg_ctl"
        [ -x "$pg_ctl" ] || pg_ctl="$(command -v pg_ctl || true)"
        [ -n "$pg_ctl" ] || continue
        log "stopping the embedded PostgreSQL cluster in $data"
        if [ "$(id -u)" = 0 ]; then
            runuser -u postgres -- "$pg_ctl" -D "$data" -m fast -w stop >/dev/null || true
        else
            "$pg_ctl" -D "$data" -m fast -w stop >/dev/null || true
        fi
    done
}

stop_embedded_at_exit=false
if [ -n "${DATABASE_URL:-}" ]; then
    log "using DATABASE_URL"
elif local_pg_ready; then
    log "using PostgreSQL on 127.0.0.1:5432"
else
    if command -v pg_ctlcluster >/dev/null 2>&1; then
        for conf in /etc/postgresql/*/main; do
            [ -d "$conf" ] || continue
            version="$(basename "$(dirname "$conf")")"
            log "starting PostgreSQL cluster $version/main"
            pg_ctlcluster "$version" main start </dev/null || log "pg_ctlcluster $version main start failed"
        done
        for _ in $(seq 1 30); do
            local_pg_ready && break
            sleep 1
        done
    fi
    if local_pg_ready; then
        log "using PostgreSQL on 127.0.0.1:5432"
    else
        log "no server on 127.0.0.1:5432: the testkit will start its own cluster under target/justify-testkit/"
        embedded_running || stop_embedded_at_exit=true
    fi
fi

output="$(mktemp)"
cleanup() {
    rm -f "$output"
    if [ "$stop_embedded_at_exit" = true ]; then stop_embedded; fi
}
trap cleanup EXIT

status=0
cargo test --workspace --all-targets --no-fail-fast "$@" 2>&1 | tee "$output" || status=$?

# One plain closing line for the whole run, summed over every test binary.
awk '/^test result:/ {
        for (i = 1; i <= NF; i++) {
            if ($(i) ~ /^passed;?$/) passed += $(i - 1)
            if ($(i) ~ /^failed;?$/) failed += $(i - 1)
            if ($(i) ~ /^ignored;?$/) ignored += $(i - 1)
        }
     }
     END { printf "tests: %d passed, %d failed, %d skipped\n", passed, failed, ignored }' "$output"

if [ "$status" -ne 0 ]; then
    log "cargo test failed (exit $status)"
fi
exit "$status"
