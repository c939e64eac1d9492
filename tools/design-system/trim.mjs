// Writes ontario-theme.used.min.css: the design system's style sheet without the rules for its
// own classes (ontario-*) that Wayfinder never uses. The theme's element styles (body, headings,
// links, lists, forms), fonts and variables all stay. Pages link the trimmed sheet: a phone then
// downloads and parses about 10 KB of design-system CSS instead of 47 KB before the first paint.
//
// Usage: node trim.mjs <repository root>
// Run by scripts/vendor-design-system.sh; run it again after using a new ontario-* class.
import { PurgeCSS } from "purgecss";
import { writeFileSync } from "node:fs";

const root = process.argv[2];
const dir = `${root}/src/Wayfinder.Web/wwwroot/lib/ontario-design-system/styles/css/compiled`;
const [result] = await new PurgeCSS().purge({
  css: [`${dir}/ontario-theme.min.css`],
  // Everywhere a class name can come from: views and C# that write HTML, the script, the
  // Markdown renderer, and the content itself.
  content: [
    `${root}/src/Wayfinder.Web/**/*.{cshtml,cs,js}`,
    `${root}/src/Wayfinder.Content/**/*.cs`,
    `${root}/content/**/*.{md,yaml}`,
  ],
  // Only the design system's own classes are candidates for removal; every selector made of
  // elements, attributes and pseudo-classes is kept as it is.
  safelist: { standard: [/^(?!ontario-)/] },
});
writeFileSync(`${dir}/ontario-theme.used.min.css`, result.css);
console.log(`ontario-theme.used.min.css: ${result.css.length} bytes`);
