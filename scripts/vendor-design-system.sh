#!/usr/bin/env bash
# Copies the built CSS and web fonts of the Ontario Design System global styles (Apache-2.0),
# pinned in tools/design-system/package.json, into src/Wayfinder.Web/wwwroot/lib, then writes
# ontario-theme.used.min.css, the style sheet pages link: the same rules without those for the
# design system's classes Wayfinder does not use and without its @font-face rules for Open Sans
# and Raleway, which site.css declares (tools/design-system/trim.mjs). The result is
# committed, so running the site needs no npm. Logos, the trillium and favicons are not copied:
# Wayfinder has its own wordmark.
#
#   scripts/vendor-design-system.sh            refresh everything
#   scripts/vendor-design-system.sh --trim     only write the trimmed sheet again (after using a
#                                              new ontario-* class)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
tool="$here/tools/design-system"
out="$here/src/Wayfinder.Web/wwwroot/lib/ontario-design-system"

(cd "$tool" && npm ci --no-audit --no-fund --silent)
if [[ "${1:-}" == "--trim" ]]; then node "$tool/trim.mjs" "$here"; exit 0; fi
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
Licence, see each font folder). Pages link \`ontario-theme.used.min.css\`, the same style sheet
without the rules for design-system classes Wayfinder does not use, and without the
\`@font-face\` rules for Open Sans and Raleway (\`site.css\` declares those faces). Do not edit: run
\`scripts/vendor-design-system.sh\` to update (\`--trim\` after using a new \`ontario-*\` class).
TXT
node "$tool/trim.mjs" "$here"
echo "vendored into $out"
