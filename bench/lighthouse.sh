#!/usr/bin/env bash
# Lighthouse scores (performance, accessibility, best practices, SEO) for the hub, a drug sheet,
# the self-check and the trial finder, in Debian's Chromium (no browser download).
#
#   bench/lighthouse.sh
#
# Goal: 100 in each category. Needs: dotnet, npm, /usr/bin/chromium.
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

printf '| page | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|\n'
for path in /en/cancer-types/neuroendocrine-tumours /en/drugs/octreotide /en/self-check /en/clinical-trials; do
  CHROME_PATH=/usr/bin/chromium "$here/bench/lighthouse/node_modules/.bin/lighthouse" "http://127.0.0.1:$port$path" \
    --quiet --output=json --output-path="$work/report.json" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" \
    --only-categories=performance,accessibility,best-practices,seo >/dev/null 2>&1 || { echo "| $path | lighthouse failed | | | |"; continue; }
  node -e '
    const r = require(process.argv[1]); const c = r.categories; const s = k => Math.round(c[k].score * 100);
    console.log(`| ${process.argv[2]} | ${s("performance")} | ${s("accessibility")} | ${s("best-practices")} | ${s("seo")} |`);
    for (const [k, cat] of Object.entries(c)) for (const ref of cat.auditRefs) {
      const a = r.audits[ref.id]; if (ref.weight > 0 && a.score !== null && a.score < 1) console.error(`  ${process.argv[2]} ${k}: ${a.id} (${a.title})`);
    }' "$work/report.json" "$path"
done
