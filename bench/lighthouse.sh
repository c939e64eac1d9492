#!/usr/bin/env bash
# Lighthouse scores (performance, accessibility, best practices, SEO) for the hub, a drug sheet,
# the self-check and the trial finder, in Debian's Chromium (no browser download).
#
#   bench/lighthouse.sh
#
# Goal: 100 in each category (the median of three runs per page, after a warm-up).
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

pages=(/en/cancer-types/neuroendocrine-tumours /en/drugs/octreotide /en/self-check /en/clinical-trials)
# Warm up first: the first requests after start pay for JIT compilation and first reads, which
# is start-up time (measured in bench/startup.sh), not what a visitor to a running site sees.
for path in "${pages[@]}"; do for _ in $(seq 1 20); do curl -sf "http://127.0.0.1:$port$path" -o /dev/null; done; done

# Each page is measured three times; the table shows the median of each category. This machine
# is shared, and total blocking time in particular moves from run to run.
printf '| page | performance | accessibility | best practices | SEO | performance in each run |\n|---|---|---|---|---|---|\n'
for path in "${pages[@]}"; do
  for run in 1 2 3; do
    CHROME_PATH=/usr/bin/chromium "$here/bench/lighthouse/node_modules/.bin/lighthouse" "http://127.0.0.1:$port$path" \
      --quiet --output=json --output-path="$work/report-$run.json" \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" \
      --only-categories=performance,accessibility,best-practices,seo >/dev/null 2>&1 || { echo "| $path | lighthouse failed | | | | |"; continue 2; }
  done
  node -e '
    const runs = [1, 2, 3].map(n => require(`${process.argv[1]}/report-${n}.json`));
    const median = k => { const v = runs.map(r => Math.round(r.categories[k].score * 100)).sort((a, b) => a - b); return v[1]; };
    const each = runs.map(r => Math.round(r.categories.performance.score * 100)).join(", ");
    console.log(`| ${process.argv[2]} | ${median("performance")} | ${median("accessibility")} | ${median("best-practices")} | ${median("seo")} | ${each} |`);
    runs.forEach((r, n) => { for (const [k, cat] of Object.entries(r.categories)) for (const ref of cat.auditRefs) {
      const a = r.audits[ref.id]; if (ref.weight > 0 && a.score !== null && a.score < 1) console.error(`  run ${n + 1} ${process.argv[2]} ${k}: ${a.id} (${a.title}: ${a.displayValue ?? a.score})`);
    } });' "$work" "$path"
done
