#!/usr/bin/env bash
# Lighthouse scores (performance, accessibility, best practices, SEO) for the hub in English and
# French, a drug sheet, the self-check and the trial finder, in Debian's Chromium (no browser download).
#
#   bench/lighthouse.sh
#
# Goal: 100 in each category (the median of five runs per page, after a warm-up).
# Needs: dotnet, npm, /usr/bin/chromium.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
port=5186
work=$(mktemp -d)
trap 'kill $app_pid 2>/dev/null || true; rm -rf "$work"' EXIT

(cd "$here/bench/lighthouse" && npm ci --ignore-scripts --no-audit --no-fund --silent)
dotnet publish "$here/src/Wayfinder.Web" -c Release -p:PublishProfile=Production -o "$work/app" --nologo -v quiet >/dev/null
(cd "$work/app" && exec env Content__Path="$here/content" ASPNETCORE_ENVIRONMENT=Production \
  ConnectionStrings__Wayfinder="Data Source=$work/lighthouse.db" \
  dotnet Wayfinder.Web.dll --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/healthz/ready" -o /dev/null && break; sleep 0.1; done

pages=(/en/cancer-types/neuroendocrine-tumours /fr/types-de-cancer/tumeurs-neuroendocrines /en/drugs/octreotide /en/self-check /en/clinical-trials)
runs=5
# Warm up first: the first requests after start pay for JIT compilation and first reads, which
# is start-up time (measured in bench/startup.sh), not what a visitor to a running site sees.
for path in "${pages[@]}"; do for _ in $(seq 1 20); do curl -sf "http://127.0.0.1:$port$path" -o /dev/null; done; done

# One Lighthouse run. Lighthouse sometimes fails to record the trace of a load (it reports a
# runtimeError such as NO_NAVSTART and asks to be run again, with every metric missing); such a
# run is repeated, up to three tries, and said on stderr, so it never counts as a score of 0.
measure() {
  local url=$1 out=$2
  for try in 1 2 3; do
    CHROME_PATH=/usr/bin/chromium "$here/bench/lighthouse/node_modules/.bin/lighthouse" "$url" \
      --quiet --output=json --output-path="$out" \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" \
      --only-categories=performance,accessibility,best-practices,seo >/dev/null 2>&1 || true
    if node -e 'const r = require(process.argv[1]); process.exit(r.runtimeError ? 1 : 0)' "$out" 2>/dev/null; then return 0; fi
    echo "  $url: Lighthouse could not record try $try ($(node -e 'try { console.log(require(process.argv[1]).runtimeError.code) } catch { console.log("no report") }' "$out")), running it again" >&2
  done
  return 1
}

# Each page is measured five times; the table shows the median of each category. Lighthouse's
# own guidance on variability is that the median of five runs is about twice as stable as one
# run. This machine is shared, and total blocking time in particular moves from run to run.
printf '| page | performance | accessibility | best practices | SEO | performance in each run |\n|---|---|---|---|---|---|\n'
for path in "${pages[@]}"; do
  for run in $(seq 1 $runs); do
    measure "http://127.0.0.1:$port$path" "$work/report-$run.json" || { echo "| $path | lighthouse failed | | | | |"; continue 2; }
  done
  node -e '
    const [dir, page, count] = process.argv.slice(1);
    const runs = Array.from({ length: +count }, (_, n) => require(`${dir}/report-${n + 1}.json`));
    const median = k => { const v = runs.map(r => Math.round(r.categories[k].score * 100)).sort((a, b) => a - b); return v[(v.length - 1) / 2]; };
    const each = runs.map(r => Math.round(r.categories.performance.score * 100)).join(", ");
    console.log(`| ${page} | ${median("performance")} | ${median("accessibility")} | ${median("best-practices")} | ${median("seo")} | ${each} |`);
    runs.forEach((r, n) => { for (const [k, cat] of Object.entries(r.categories)) for (const ref of cat.auditRefs) {
      const a = r.audits[ref.id]; if (ref.weight > 0 && a.score !== null && a.score < 1) console.error(`  run ${n + 1} ${page} ${k}: ${a.id} (${a.title}: ${a.displayValue ?? a.score})`);
    } });' "$work" "$path" "$runs"
done
