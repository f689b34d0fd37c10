// A link checker over the built site, both languages: every internal link, image, script, stylesheet
// and SVG `<use>` reference in every pre-rendered page (and every address in the sitemap) must reach a
// file of dist/, and a fragment must name an element id in the page or SVG it points into. External
// links are listed, not fetched (the machines reach no web site). Exits 1 with the broken links.
//   node scripts/check-links.mjs [--dist dist] [--base /]
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dist = arg('dist', 'dist');
const base = arg('base', '/');

const walk = (dir) => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? walk(p) : [p];
});
const files = walk(dist);
const pages = files.filter((f) => f.endsWith('.html'));

const decode = (s) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** The file of dist/ an address path serves (as scripts/serve.mjs and static hosts do), or null. */
function fileFor(pathname) {
  if (!pathname.startsWith(base)) return null;
  const rest = decodeURIComponent(pathname.slice(base.length));
  for (const candidate of [rest, join(rest, 'index.html')]) {
    const p = join(dist, candidate);
    if (existsSync(p) && statSync(p).isFile()) return p;
  }
  return null;
}

const idsCache = new Map();
function idsOf(file) {
  if (!idsCache.has(file)) {
    const text = readFileSync(file, 'utf8');
    idsCache.set(file, new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]))));
  }
  return idsCache.get(file);
}

const origin = 'http://site.invalid';
const broken = [];
const external = new Set();
let checked = 0;

function check(from, fromPath, ref) {
  const url = new URL(ref, origin + fromPath);
  if (url.origin !== origin) {
    if (/^https?:$/.test(url.protocol)) external.add(url.origin);
    return;
  }
  checked++;
  const target = fileFor(url.pathname);
  if (!target) return broken.push(`${from}: ${ref} (no file for ${url.pathname})`);
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment && /\.(html|svg)$/.test(target) && !idsOf(target).has(fragment)) {
    broken.push(`${from}: ${ref} (no element with id "${fragment}" in ${relative(dist, target)})`);
  }
}

for (const page of pages) {
  const rel = relative(dist, page).split('\\').join('/');
  // The address the page is served at: a folder's index.html at the folder.
  const pagePath = base + (rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
  const html = readFileSync(page, 'utf8');
  // Relative references resolve against the page's <base href> where it has one (as browsers do,
  // fragment-only ones too).
  const baseHref = html.match(/<base href="([^"]*)"/)?.[1];
  const resolveFrom = baseHref ? new URL(decode(baseHref), origin + pagePath).pathname : pagePath;
  for (const m of html.matchAll(/\s(?:href|src|xlink:href)="([^"]*)"/g)) {
    const ref = decode(m[1]);
    if (ref === '' || /^(mailto|tel|data|javascript):/.test(ref)) continue;
    // `#id` under a <base href> of another folder leads to that folder's page, not this one's.
    if (ref.startsWith('#') && resolveFrom !== pagePath) broken.push(`${rel}: ${ref} (resolves against <base href="${baseHref}">, to another page)`);
    else check(rel, resolveFrom, ref);
  }
  for (const m of html.matchAll(/\ssrcset="([^"]*)"/g)) {
    for (const item of decode(m[1]).split(',')) check(rel, resolveFrom, item.trim().split(/\s+/)[0]);
  }
}

const sitemap = join(dist, 'sitemap.xml');
if (existsSync(sitemap)) {
  for (const m of readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const path = new URL(decode(m[1]), origin).pathname;
    checked++;
    if (!fileFor(path)) broken.push(`sitemap.xml: ${m[1]} (no file for ${path})`);
  }
}

console.log(`links: ${checked} internal references in ${pages.length} pages and the sitemap checked; external sites linked (not fetched): ${external.size}`);
if (broken.length) {
  console.error(`BROKEN LINKS (${broken.length}):\n  ` + [...new Set(broken)].slice(0, 50).join('\n  '));
  process.exit(1);
}
console.log('links: PASS');
