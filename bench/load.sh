#!/usr/bin/env bash
# Load: a mix of pages and APIs at 64 connections for 60 s (DESIGN section 7 and the production
# readiness checks): no errors, no non-2xx answers apart from the intended 404s, and memory that
# grows by less than 50 MB.
#
#   bench/load.sh [duration-seconds=60] [connections=64]
#
# Needs: dotnet, wrk (Debian: apt-get install wrk). The rate limit is raised for the run: the
# load comes from one address, which the limit would otherwise (rightly) slow down.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
duration=${1:-60}
connections=${2:-64}
port=5185
work=$(mktemp -d)
trap 'kill $app_pid 2>/dev/null || true; rm -rf "$work"' EXIT
command -v wrk >/dev/null || { echo "needs wrk"; exit 1; }

dotnet publish "$here/src/Wayfinder.Web" -c Release -p:PublishProfile=Production -o "$work/app" --nologo -v quiet >/dev/null
(cd "$work/app" && exec env Content__Path="$here/content" ASPNETCORE_ENVIRONMENT=Production \
  RateLimits__ApiRequestsPerMinute=100000000 ConnectionStrings__Wayfinder="Data Source=$work/load.db" \
  dotnet Wayfinder.Web.dll --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/healthz/ready" -o /dev/null && break; sleep 0.1; done
pid=$(pgrep -f "Wayfinder.Web.dll --urls http://127.0.0.1:$port" | head -n 1)

# The mix (bench/load-mix.txt, shared with the load test): pages, APIs and one intended 404.
mapfile -t mix < <(grep -v -e '^#' -e '^$' "$here/bench/load-mix.txt")
{
  echo "local paths = {"
  printf '  "%s",\n' "${mix[@]}"
  echo "}"
  cat <<'LUA'
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA
} >"$work/mix.lua"

# Warm up (JIT, caches), then measure memory around the timed run.
wrk -t2 -c"$connections" -d5s -s "$work/mix.lua" "http://127.0.0.1:$port" >/dev/null
before=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
wrk -t2 -c"$connections" -d"${duration}s" -s "$work/mix.lua" --latency "http://127.0.0.1:$port" | tee "$work/wrk.txt"
after=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")

requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
non2xx=$(awk '/Non-2xx or 3xx responses/ {print $5}' "$work/wrk.txt"); non2xx=${non2xx:-0}
errors=$(awk '/Socket errors/ {print}' "$work/wrk.txt")
expected404=$(( requests / ${#mix[@]} ))  # the mix holds one address that does not exist
echo
echo "requests: $requests; non-2xx: $non2xx (intended 404s: about $expected404); socket errors: ${errors:-none}"
echo "memory (RSS): $((before / 1024)) MB before, $((after / 1024)) MB after, growth $(((after - before) / 1024)) MB (budget < 50 MB)"
grep -c " fail: \|crit: " "$work/app.log" | xargs echo "errors logged by the site:"
