#!/usr/bin/env bash
# Runs every test of the solution, browser tests included, on a fresh Debian machine:
# installs what is missing (Debian's chromium, a Java runtime for the Nu HTML Checker, the
# checker itself from npm, PostgreSQL, Redis), starts a throw-away PostgreSQL server and Redis
# on loopback for the database and scale-out tests, then `dotnet test` (the web integration suite
# twice: on SQLite, then on PostgreSQL), and ends with the line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

log() { printf '\n== %s\n' "$*"; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || missing+=(npm)
fc-list 2>/dev/null | grep -qi 'liberation\|dejavu' || missing+=(fonts-liberation)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ -x /usr/sbin/nginx ] || missing+=(nginx-light)
if [ ${#missing[@]} -gt 0 ]; then
  log "Installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || echo "warning: could not install ${missing[*]}; tests that need them will fail under CI"
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required (https://dot.net)."
  echo "0 passed, 1 failed"
  exit 1
fi

# A private PostgreSQL cluster for this run only, on a loopback port, removed at exit.
start_postgres() {
  local bin port=55432
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$bin" ] || { echo "warning: PostgreSQL is not installed; its tests will fail under CI"; return; }
  pgdata=$(mktemp -d /tmp/wayfinder-pg.XXXXXX)
  local as=()
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$pgdata"; as=(runuser -u postgres --); fi
  "${as[@]}" "$bin/initdb" -D "$pgdata" -A trust -U wayfinder >/dev/null \
    && "${as[@]}" "$bin/pg_ctl" -D "$pgdata" -l "$pgdata/server.log" -w \
         -o "-p $port -k $pgdata -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
    && export WAYFINDER_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=wayfinder" \
    && trap 'stop_services' EXIT \
    || echo "warning: could not start PostgreSQL; its tests will fail under CI"
  pg_as=("${as[@]}"); pg_bin=$bin
}
stop_postgres() { "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1; rm -rf "$pgdata"; }

# A private Redis for the scale-out tests (shared output cache, Data Protection keys).
redis_port=56379
start_redis() {
  command -v redis-server >/dev/null 2>&1 || { echo "warning: Redis is not installed; its tests will fail under CI"; return; }
  redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
    --pidfile "/tmp/wayfinder-redis-$$.pid" >/dev/null \
    && export WAYFINDER_TEST_REDIS="127.0.0.1:$redis_port" \
    || echo "warning: could not start Redis; its tests will fail under CI"
}
stop_redis() { [ -f "/tmp/wayfinder-redis-$$.pid" ] && kill "$(cat "/tmp/wayfinder-redis-$$.pid")" 2>/dev/null; rm -f "/tmp/wayfinder-redis-$$.pid"; }
stop_services() { stop_postgres; stop_redis; }
trap 'stop_redis' EXIT

log "Starting PostgreSQL and Redis for the tests"
start_redis
start_postgres

log "Installing test tools (tests/tools: vnu-jar)"
(cd tests/tools && npm ci --ignore-scripts --no-audit --no-fund --silent) || echo "warning: npm could not install the HTML checker"

log "Building"
if ! dotnet build Wayfinder.slnx -c Release --nologo -v quiet -clp:ErrorsOnly; then
  echo "0 passed, 1 failed"
  exit 1
fi

log "Testing"
out=$(mktemp)
dotnet test Wayfinder.slnx -c Release --no-build --nologo 2>&1 | tee "$out"
status=${PIPESTATUS[0]}

# The web integration suite again, every site on a fresh PostgreSQL database instead of SQLite.
# (The load, two-node and outage tests choose their own databases, so they are not repeated.)
if [ -n "${WAYFINDER_TEST_POSTGRES:-}" ] || [ -n "${CI:-}" ]; then
  log "Testing the web integration suite on PostgreSQL"
  WAYFINDER_TEST_DATABASE=postgres dotnet test tests/Wayfinder.Web.Tests -c Release --no-build --nologo \
    --filter "FullyQualifiedName!~Robustness.LoadTests&FullyQualifiedName!~TwoNodeTests&FullyQualifiedName!~DatabaseOutageTests" 2>&1 | tee -a "$out"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
else
  echo "warning: no PostgreSQL test server; the web suite ran on SQLite only"
fi

passed=0; failed=0; skipped=0
while read -r f p s; do
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
done < <(grep -E '(Passed|Failed)!' "$out" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\1 \2 \3/')
rm -f "$out"

# A crash or build problem can fail the run without a failed test being counted.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi

# Known-vulnerable packages fail the run like a failed test (NuGet's advisory data).
log "Checking packages for known vulnerabilities"
audit=$(dotnet list Wayfinder.slnx package --vulnerable --include-transitive 2>&1)
if echo "$audit" | grep -q "has the following vulnerable packages"; then
  echo "$audit"; failed=$((failed + 1)); status=1
elif echo "$audit" | grep -qiE "error|unable to load the service index"; then
  echo "warning: the vulnerability check could not reach NuGet:"; echo "$audit" | tail -n 3
else
  passed=$((passed + 1))
fi

# Which runtime the tests ran on: packages may be newer than the machine's runtime.
log "Ran on $(dotnet --version 2>/dev/null | sed 's/^/SDK /'); runtimes: $(dotnet --list-runtimes 2>/dev/null | awk '/Microsoft.AspNetCore.App|Microsoft.NETCore.App/ {printf "%s %s; ", $1, $2}')"

echo
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
