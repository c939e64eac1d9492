#!/usr/bin/env bash
# Copies the built CSS and web fonts of the Ontario Design System global styles (Apache-2.0),
# pinned in tools/design-system/package.json, into src/Wayfinder.Web/wwwroot/lib. The result is
# committed, so running the site needs no npm. Logos, the trillium and favicons are not copied:
# Wayfinder has its own wordmark.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
tool="$here/tools/design-system"
out="$here/src/Wayfinder.Web/wwwroot/lib/ontario-design-system"

(cd "$tool" && npm install --no-audit --no-fund --silent)
pkg="$tool/node_modules/@ongov/ontario-design-system-global-styles"

rm -rf "$out"
mkdir -p "$out/styles/css/compiled" "$out/fonts"
cp "$pkg/dist/styles/css/compiled/ontario-theme.min.css" "$out/styles/css/compiled/"
# Only the formats current browsers use (woff2, woff); the CSS lists the others as fallbacks.
for dir in "$pkg"/dist/fonts/open-sans-* "$pkg"/dist/fonts/raleway-modified-*; do
  name=$(basename "$dir")
  mkdir -p "$out/fonts/$name"
  cp "$dir"/*.woff2 "$dir"/*.woff "$out/fonts/$name/" 2>/dev/null || true
  cp "$dir"/LICENSE* "$dir"/OFL* "$out/fonts/$name/" 2>/dev/null || true
done
cp "$pkg/package.json" "$out/package.json"
cp "$pkg/LICENSE" "$out/LICENSE"
cat > "$out/README.md" <<TXT
# Ontario Design System global styles (vendored)

Built CSS and web fonts of \`@ongov/ontario-design-system-global-styles\`
version $(node -p "require('$pkg/package.json').version"), licensed Apache-2.0 (fonts: SIL Open Font
Licence, see each font folder). Do not edit: run \`scripts/vendor-design-system.sh\` to update.
TXT
echo "vendored into $out"
