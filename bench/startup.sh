#!/usr/bin/env bash
# Start-up to first 200 on the hub page, with the whole content pack (budget: under 2 s).
#
#   bench/startup.sh [runs=5]
#
# Times from launching the published app to the first 200 on the hub, polling every 10 ms.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
port=5183
path=/en/cancer-types/neuroendocrine-tumours
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Published the way operators publish (Properties/PublishProfiles/Production.pubxml: ReadyToRun).
dotnet publish "$here/src/Wayfinder.Web" -c Release -p:PublishProfile=Production -o "$work/app" --nologo -v quiet >/dev/null
times=()
for r in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  (cd "$work/app" && Content__Path="$here/content" ASPNETCORE_ENVIRONMENT=Production \
    exec dotnet Wayfinder.Web.dll --urls "http://127.0.0.1:$port" >/dev/null 2>&1) &
  pid=$!
  until curl -sf "http://127.0.0.1:$port$path" -o /dev/null; do sleep 0.01; done
  end=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $r: ${ms} ms"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median start-up to first 200: ${median} ms (budget < 2000 ms)"
