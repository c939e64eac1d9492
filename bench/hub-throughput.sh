#!/usr/bin/env bash
# Hub page throughput and latency, Wayfinder against nginx serving the same bytes from disk,
# measured side by side with wrk on this machine (loopback only, bounded runs).
#
#   bench/hub-throughput.sh [duration-seconds=10] [rounds=3]
#
# Budget (DESIGN section 6): Wayfinder >= 0.45x nginx requests/s; p99 < 5 ms at 32 connections.
# Needs: dotnet, wrk, nginx (Debian: apt-get install wrk nginx-light). BENCH_ENV adds environment
# variables to the app, e.g. BENCH_ENV=DOTNET_gcServer=0, to compare runtime settings.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
duration=${1:-10}
rounds=${2:-3}
app_port=5181
nginx_port=5182
path=/en/cancer-types/neuroendocrine-tumours
work=$(mktemp -d)
# nginx's workers run as an unprivileged user: they must be able to read the document root, or
# nginx answers 404 from a few bytes and the comparison is meaningless.
chmod 755 "$work"
trap 'kill $app_pid 2>/dev/null || true; nginx -p "$work" -c nginx.conf -s stop 2>/dev/null || true; rm -rf "$work"' EXIT

command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "needs wrk and nginx"; exit 1; }

dotnet publish "$here/src/Wayfinder.Web" -c Release -o "$work/app" --nologo -v quiet >/dev/null
if curl -s "http://127.0.0.1:$app_port/" -o /dev/null || curl -s "http://127.0.0.1:$nginx_port/" -o /dev/null; then
  echo "port $app_port or $nginx_port is already in use; stop what runs there first"; exit 1
fi
(cd "$work/app" && exec env Content__Path="$here/content" ASPNETCORE_ENVIRONMENT=Production ${BENCH_ENV:-} \
  dotnet Wayfinder.Web.dll --urls "http://127.0.0.1:$app_port" >"$work/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$app_port$path" -o /dev/null && break; sleep 0.1; done
kill -0 $app_pid 2>/dev/null || { echo "Wayfinder did not start:"; cat "$work/app.log"; exit 1; }

# nginx serves the very bytes the app renders, as a static file at the same path.
mkdir -p "$work/html$(dirname $path)" "$work/logs"
curl -sf "http://127.0.0.1:$app_port$path" -o "$work/html$path.html"
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  sendfile on;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/html;
    location / { try_files \$uri.html =404; }
  }
}
CONF
chmod -R a+rX "$work/html"
nginx -p "$work" -c nginx.conf

# Both servers must answer 200 with the same bytes before anything is measured.
bytes=$(wc -c <"$work/html$path.html")
for port in $app_port $nginx_port; do
  got=$(curl -s -o /dev/null -w '%{http_code} %{size_download}' "http://127.0.0.1:$port$path")
  [ "$got" = "200 $bytes" ] || { echo "port $port answered '$got', expected '200 $bytes'"; exit 1; }
done
echo "hub page: $bytes bytes; $rounds rounds of ${duration}s, 32 connections, 2 threads; alternating nginx and Wayfinder"
# A run with any error or non-200 answer is not a measurement of the page: stop there.
run() {
  local out; out=$(wrk -t2 -c32 -d"${duration}s" --latency "$1" 2>/dev/null)
  if echo "$out" | grep -qE 'Non-2xx|Socket errors'; then echo "$1 did not answer 200 to every request:" >&2; echo "$out" >&2; exit 1; fi
  echo "$out"
}
rps() { awk '/Requests\/sec/ {print $2}'; }
p99() { awk '/ 99%/ {print $2}'; }
to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v=v*1000}; printf "%.2f", v}'; }

run "http://127.0.0.1:$app_port$path" >/dev/null  # warm-up
run "http://127.0.0.1:$nginx_port$path" >/dev/null
ratios=()
for r in $(seq 1 "$rounds"); do
  n=$(run "http://127.0.0.1:$nginx_port$path"); a=$(run "http://127.0.0.1:$app_port$path")
  n_rps=$(echo "$n" | rps); a_rps=$(echo "$a" | rps)
  n_p99=$(echo "$n" | p99 | to_ms); a_p99=$(echo "$a" | p99 | to_ms)
  ratio=$(awk -v a="$a_rps" -v n="$n_rps" 'BEGIN {printf "%.2f", a/n}')
  ratios+=("$ratio")
  printf 'round %d: nginx %8.0f req/s p99 %5s ms | Wayfinder %8.0f req/s p99 %5s ms | ratio %s\n' "$r" "$n_rps" "$n_p99" "$a_rps" "$a_p99" "$ratio"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median ratio Wayfinder/nginx: $median (budget >= 0.45)"
