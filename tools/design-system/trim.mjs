// Writes ontario-theme.used.min.css: the design system's style sheet without the rules for its
// own classes (ontario-*) that Wayfinder never uses. The theme's element styles (body, headings,
// links, lists, forms) and variables all stay. Pages link the trimmed sheet: a phone then
// downloads and parses about 7 KB of design-system CSS instead of 47 KB before the first paint.
//
// Its @font-face rules for the text faces (Open Sans, Raleway) go too: site.css declares the same
// faces with font-display: optional. Left here, the theme's font-display: swap rules would still
// apply, because a browser that gives up waiting for an optional face falls back to another rule
// for the same face, and swaps it in late.
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
// @font-face blocks hold no nested braces, so a block is "@font-face{" up to the first "}".
const textFaces = /@font-face\{[^}]*font-family:\s*("Open Sans"|'Open Sans'|Raleway)[^}]*\}/g;
const css = result.css.replace(textFaces, "");
writeFileSync(`${dir}/ontario-theme.used.min.css`, css);
console.log(`ontario-theme.used.min.css: ${css.length} bytes`);
