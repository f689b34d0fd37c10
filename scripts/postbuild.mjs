// After trunk and the pre-renderer: security headers with a CSP the built pages satisfy, redirects
// and 404 fallback for static hosts, sitemap, the service worker's version and shell list, and
// pre-compressed .br/.gz files. Usage:
//   node scripts/postbuild.mjs --dist dist --base / [--site-url https://example.org]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, statSync, existsSync, copyFileSync, unlinkSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { swVersion } from './sw-version.mjs';
import { minify } from 'terser';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, v, i, a) => (v.startsWith('--') ? [...acc, [v.slice(2), a[i + 1]]] : acc), []));
const dist = args.dist ?? 'dist';
const base = args.base ?? '/';
const siteUrl = (args['site-url'] ?? process.env.SITE_URL ?? 'https://bomca-explorer.example.org').replace(/\/$/, '');

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const rel = (path) => relative(dist, path).split('\\').join('/');

// The on-demand module (src/bin/on_demand.rs): trunk writes it unhashed and leaves its loading to
// the app. It gets names with its content's hash (cached for good, as the app's files are), and
// every page a `bomcaOnDemand()` that imports it once (ui/browser.rs, OnDemand).
const searchJsPath = join(dist, 'on-demand.js');
const searchWasmPath = join(dist, 'on-demand_bg.wasm');
if (!existsSync(searchJsPath) || !existsSync(searchWasmPath)) throw new Error('postbuild: dist has no on-demand.js and on-demand_bg.wasm (did trunk build the on-demand module?)');
const searchJs = readFileSync(searchJsPath, 'utf8');
const searchWasm = readFileSync(searchWasmPath);
const searchHash = createHash('sha256').update(searchJs).update(searchWasm).digest('hex').slice(0, 16);
const searchWasmRef = /(['"])on-demand_bg\.wasm\1/;
if (!searchWasmRef.test(searchJs)) throw new Error('postbuild: on-demand.js does not name on-demand_bg.wasm (a new wasm-bindgen layout?)');
writeFileSync(join(dist, `on-demand-${searchHash}.js`), searchJs.replace(searchWasmRef, `'on-demand-${searchHash}_bg.wasm'`));
writeFileSync(join(dist, `on-demand-${searchHash}_bg.wasm`), searchWasm);
unlinkSync(searchJsPath);
unlinkSync(searchWasmPath);
const searchLoader = `<script>window.bomcaOnDemand = () => window.bomcaOnDemandModule ??= import(${JSON.stringify(`${base}on-demand-${searchHash}.js`)})
  .then(async (m) => (await m.default(), m), (e) => { window.bomcaOnDemandModule = null; throw e; });</script>`;

const files = walk(dist).filter((f) => !/\.(br|gz)$/.test(f));
const htmlFiles = files.filter((f) => f.endsWith('.html'));

// 0. Pre-rendered pages start the app only after they have painted: on a slow link the wasm must not
//    compete with the page itself (trunk's loader preloads it at high priority). Integrity is kept:
//    an import map for the JS, a fetch with `integrity` for the wasm. The service worker registration
//    waits too. The shell (no pre-rendered content) keeps trunk's immediate loader.
async function deferLoader(html) {
  if (/<div id="app"><\/div>/.test(html) || html.includes('<script type="importmap">')) return html;
  const js = html.match(/<link rel="modulepreload" href="([^"]+)"[^>]*integrity="([^"]+)"[^>]*>/);
  const wasm = html.match(/<link rel="preload" href="([^"]+\.wasm)"[^>]*integrity="([^"]+)"[^>]*>/);
  const loader = html.match(/<script type="module">[\s\S]*?<\/script>/);
  if (!js || !wasm || !loader) throw new Error('postbuild: trunk loader not found; did the trunk output change?');
  const script = `<script type="importmap">${JSON.stringify({ integrity: { [js[1]]: js[2] } })}</script>
<script type="module">${await minified(loaderScript(js, wasm))}</script>`;
  const registerSw = '<script src="register-sw.js" defer></script>';
  if (!html.includes(registerSw)) throw new Error('postbuild: register-sw.js tag not found');
  return html.replace(js[0], '').replace(wasm[0], '').replace(registerSw, '').replace(loader[0], script);
}

/** The loader's code, minified once (it is the same on every page): its comments are for this file. */
const minifiedLoaders = new Map();
function minified(code) {
  if (!minifiedLoaders.has(code)) minifiedLoaders.set(code, minify(code, { module: true }).then((r) => r.code));
  return minifiedLoaders.get(code);
}

function loaderScript(js, wasm) {
  return `
// JavaScript is on: the page's controls wait, disabled, until the app replaces them (without
// JavaScript they stay usable as plain forms), but for its search fields, whose words the app
// takes over (browser::reveal_app). If the app cannot load its data it leaves the page as it is,
// disables those too and shows its notice (data-app="error"): Retry, or the browser coming back
// online, loads the page again.
document.documentElement.dataset.app = 'loading';
for (const c of document.querySelectorAll('#app :is(input:not([type=search], [role=combobox]), select, textarea, button):not(.data-notice *)')) c.disabled = true;
// Until the app has its data a tapped link loads its page from the server: the router would take
// the click but, with no page mounted yet, never finish it (the address would stay behind).
document.addEventListener('click', (e) => {
  if (document.documentElement.dataset.app !== 'ready' && e.target.closest?.('a[href]')) e.stopPropagation();
}, true);
const retry = () => location.reload();
document.querySelector('.data-notice button')?.addEventListener('click', retry);
addEventListener('online', () => document.documentElement.dataset.app === 'error' && retry());
async function start() {
  const bindings = await import(${JSON.stringify(js[1])});
  const wasm = await bindings.default({ module_or_path: fetch(${JSON.stringify(wasm[1])}, { integrity: ${JSON.stringify(wasm[2])} }) });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
}
const go = () => setTimeout(() => {
  document.head.append(Object.assign(document.createElement('script'), { src: 'register-sw.js' }));
  start();
});
// After the first contentful paint where the browser reports it, else after the load event.
if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length) { observer.disconnect(); go(); }
  }).observe({ type: 'paint', buffered: true });
} else if (document.readyState === 'complete') go(); else addEventListener('load', go, { once: true });
`;
}
for (const file of htmlFiles) {
  const html = await deferLoader(readFileSync(file, 'utf8'));
  if (!html.includes('</head>')) throw new Error(`postbuild: ${file} has no </head>`);
  writeFileSync(file, html.includes('window.bomcaOnDemand') ? html : html.replace('</head>', `${searchLoader}\n</head>`));
}

// 1. CSP: hashes of every inline script (trunk's module loader), identical on every page; data
//    blocks (the UI texts) are never run.
const hashes = new Set();
for (const file of htmlFiles) {
  for (const m of readFileSync(file, 'utf8').matchAll(/<script(?![^>]*\b(?:src=|type="application\/json"))[^>]*>([\s\S]*?)<\/script>/g)) {
    if (m[1].trim()) hashes.add(`'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
  }
}
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${[...hashes].join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

// 2. _headers (Netlify, Cloudflare Pages): security for everything, long caching for hashed assets.
const hashed = files.map(rel).filter((f) => /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/.test(f));
const p = (path) => base + path;
const headers = [
  `${base}*`,
  `  Content-Security-Policy: ${csp}`,
  '  X-Content-Type-Options: nosniff',
  '  Referrer-Policy: strict-origin-when-cross-origin',
  '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  '  X-Frame-Options: DENY',
  '  Cross-Origin-Opener-Policy: same-origin',
  '  Cache-Control: no-cache',
  '',
  ...hashed.flatMap((f) => [p(f), '  ! Cache-Control', '  Cache-Control: public, max-age=31536000, immutable', '']),
  // Open data: any site may fetch data/* (nothing else), with its type stated; the latest files
  // are cached for at most an hour, then revalidated, so a new version is seen within the day
  // (the copies the app loads stay no-cache); a release's own folder never changes.
  `${base}data/*`,
  '  Access-Control-Allow-Origin: *',
  '',
  ...dataRules(),
  // The events' Atom feeds, one per language, revalidated like the latest data files.
  ...['events.atom', 'ru/events.atom'].flatMap((f) => [p(f), '  Content-Type: application/atom+xml; charset=utf-8', '  ! Cache-Control', '  Cache-Control: public, max-age=3600, must-revalidate', '']),
];
function dataRules() {
  const types = { '.csv': 'text/csv; charset=utf-8', '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.cff': 'text/plain; charset=utf-8', '.bin': 'application/octet-stream' };
  const data = files.map(rel).filter((f) => f.startsWith('data/') && types[extname(f)]);
  const appCopies = (f) => /^data\/bomca(\.json|\.[a-z]{2}\.bin)$/.test(f);
  const rules = [`${p('data/api/*')}`, `  Content-Type: ${types['.json']}`, '  ! Cache-Control', '  Cache-Control: public, max-age=3600, must-revalidate', ''];
  for (const f of data.filter((f) => !f.startsWith('data/api/'))) {
    const cache = /^data\/v\d+\.\d+\.\d+\//.test(f) ? 'public, max-age=31536000, immutable' : appCopies(f) ? 'no-cache' : 'public, max-age=3600, must-revalidate';
    rules.push(p(f), `  Content-Type: ${types[extname(f)]}`, '  ! Cache-Control', `  Cache-Control: ${cache}`, '');
  }
  return rules;
}
writeFileSync(join(dist, '_headers'), headers.join('\n'));
writeFileSync(join(dist, 'csp.txt'), csp + '\n');

// 3. Deep links on static hosts: pre-rendered pages are served as files; anything else gets the app
//    shell, which renders the route in the browser (Netlify/Cloudflare rewrite, GitHub Pages 404).
writeFileSync(join(dist, '_redirects'), `${base}* ${base}shell.html 200\n`);
const shell = readFileSync(join(dist, 'shell.html'), 'utf8');
writeFileSync(join(dist, '404.html'), shell.replace('<head>', '<head>\n  <meta name="robots" content="noindex">'));

// 4. Sitemap and robots.txt from the pre-rendered routes, with language alternates.
const routes = readFileSync(join(dist, 'routes.txt'), 'utf8').split('\n').filter(Boolean);
const abs = (route) => siteUrl + base.replace(/\/$/, '') + route;
const english = routes.filter((r) => !r.startsWith('/ru'));
const sitemap = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ...english.flatMap((r) => {
    const ru = r === '/' ? '/ru/' : '/ru' + r;
    const alternates = `<xhtml:link rel="alternate" hreflang="en" href="${abs(r)}"/><xhtml:link rel="alternate" hreflang="ru" href="${abs(ru)}"/>`;
    return [`<url><loc>${abs(r)}</loc>${alternates}</url>`, `<url><loc>${abs(ru)}</loc>${alternates}</url>`];
  }),
  '</urlset>',
  '',
].join('\n');
writeFileSync(join(dist, 'sitemap.xml'), sitemap);
writeFileSync(join(dist, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${abs('/sitemap.xml')}\n`);

// 5. Service worker: the app shell to precache and a version that changes with any of it.
//    The dataset's copies are precached by language (sw.js), but any change to them is a new version.
const shellFiles = ['', 'shell.html', 'manifest.webmanifest', 'register-sw.js', ...hashed, ...files.map(rel).filter((f) => f.startsWith('icons/') || f.startsWith('map/'))];
const dataCopies = readdirSync(join(dist, 'data')).filter((f) => /^bomca\.[a-z]{2}\.bin$/.test(f)).sort();
const languages = dataCopies.map((f) => f.split('.')[1]);
if (!languages.includes('en')) throw new Error('postbuild: dist/data has no bomca.en.bin (did the pre-renderer run?)');
const version = swVersion(dist, [...shellFiles, ...dataCopies.map((f) => 'data/' + f)]);
const swPath = join(dist, 'sw.js');
const sw = readFileSync(swPath, 'utf8');
if (!sw.includes('__BUILD_VERSION__')) throw new Error('sw.js has no __BUILD_VERSION__ placeholder (already processed?)');
writeFileSync(swPath, sw.replace('__BUILD_VERSION__', version).replace('__PRECACHE__', JSON.stringify(shellFiles.map((f) => f || './'))).replace('__LANGUAGES__', JSON.stringify(languages)));

// 6. Pre-compressed siblings for every text asset and the wasm.
let compressed = 0;
for (const file of walk(dist).filter((f) => /\.(html|js|css|json|bin|wasm|svg|xml|atom|csv|txt|webmanifest)$/.test(f) && !f.endsWith('_headers'))) {
  const data = readFileSync(file);
  if (data.length < 512) continue;
  const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
  const gz = gzipSync(data, { level: 9 });
  if (br.length < data.length) writeFileSync(file + '.br', br);
  if (gz.length < data.length) writeFileSync(file + '.gz', gz);
  compressed++;
}
console.log(`postbuild: ${htmlFiles.length} pages, ${hashes.size} inline script hash(es), sw version ${version}, ${compressed} files pre-compressed, sitemap of ${routes.length} URLs`);
