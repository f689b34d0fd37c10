// Bytes a first visit to `/` and to `/ru/` downloads (HTML, JS, wasm, CSS, data, manifest...), raw, gzip and brotli,
// against a minimal Leptos + leptos_router app built with the same profile: the framework's floor.
// Fails over budget (--budget-kb total, --wasm-budget-kb; both default to the goal) and reports how far the
// first visit is from the goal (--goal-kb, 250 KB brotli by default).
// Usage: node scripts/size-report.mjs --dist dist --baseline benches/minimal-app/dist
import { readFileSync, readdirSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, v, i, a) => (v.startsWith('--') ? [...acc, [v.slice(2), a[i + 1]]] : acc), []));
const dist = args.dist ?? 'dist';
const baseline = args.baseline ?? 'benches/minimal-app/dist';
const goalKb = Number(args['goal-kb'] ?? 250);
const GOAL_TOTAL_BR = goalKb * 1000;
const BUDGET_TOTAL_BR = Number(args['budget-kb'] ?? goalKb) * 1000;
const BUDGET_WASM_BR = Number(args['wasm-budget-kb'] ?? goalKb) * 1000;
// The cap a first visit must come back under (--cap-kb): printed with its gap on every run while the
// enforced budget is a ratchet above it.
const CAP_TOTAL_BR = args['cap-kb'] ? Number(args['cap-kb']) * 1000 : null;

function sizes(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Local files the page `page` (a path under `dir`) loads on a first visit, by kind. */
function firstVisit(dir, extra = [], page = 'index.html') {
  const html = readFileSync(join(dir, page), 'utf8');
  const base = (html.match(/<base href="([^"]*)"/) ?? [, '/'])[1];
  const refs = new Set();
  for (const m of html.matchAll(/<(?:link|script)\b[^>]*?(?:href|src)="([^"]+)"[^>]*>/g)) {
    const tag = m[0];
    if (/rel="(canonical|alternate)"/.test(tag)) continue;
    refs.add(m[1]);
  }
  // Files the inline loader imports or fetches (trunk's loader, or the deferred one of pre-rendered
  // pages); not the on-demand module, which loads on a first search (reported apart).
  for (const script of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    if (script[1].includes('bomcaOnDemand')) continue;
    for (const m of script[1].matchAll(/['"]([^'"\s]+\.(?:js|wasm))['"]/g)) refs.add(m[1]);
  }
  const files = new Map([[page, readFileSync(join(dir, page))]]);
  for (const ref of [...refs, ...extra]) {
    if (/^(https?:|data:)/.test(ref)) continue;
    const rel = ref.startsWith(base) ? ref.slice(base.length) : ref.replace(/^\.?\//, '');
    const path = join(dir, rel.split('?')[0]);
    if (existsSync(path)) files.set(rel, readFileSync(path));
  }
  const kinds = {};
  for (const [name, buf] of files) {
    const ext = extname(name).slice(1) || 'other';
    const kind = { html: 'html', js: 'js', wasm: 'wasm', css: 'css', json: 'data', bin: 'data', webmanifest: 'manifest' }[ext] ?? ext;
    const s = sizes(buf);
    kinds[kind] ??= { raw: 0, gzip: 0, brotli: 0, files: [] };
    for (const k of ['raw', 'gzip', 'brotli']) kinds[kind][k] += s[k];
    kinds[kind].files.push(name);
  }
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const k of Object.values(kinds)) for (const f of ['raw', 'gzip', 'brotli']) total[f] += k[f];
  return { kinds, total };
}

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`size-report: ${dist}/index.html missing; build first (scripts/build.sh)`);
  process.exit(1);
}
// The app loads the dataset's copy in the page's language, so each language's entry page is a first
// visit of its own; the budgets hold for both.
const site = firstVisit(dist, ['data/bomca.en.bin']);
const russian = firstVisit(dist, ['data/bomca.ru.bin'], 'ru/index.html');
const floor = existsSync(join(baseline, 'index.html')) ? firstVisit(baseline) : null;
if (!floor) {
  console.error(`size-report: baseline ${baseline}/index.html missing; build benches/minimal-app first`);
  process.exit(1);
}
const failures0 = [];
const kb = (n) => (n / 1000).toFixed(1).padStart(7) + ' KB';
console.log('\nFirst visit to / (bytes downloaded)');
console.log('kind        raw          gzip         brotli');
for (const [kind, s] of Object.entries(site.kinds)) console.log(`${kind.padEnd(9)}${kb(s.raw)}  ${kb(s.gzip)}  ${kb(s.brotli)}`);
console.log(`${'total'.padEnd(9)}${kb(site.total.raw)}  ${kb(site.total.gzip)}  ${kb(site.total.brotli)}`);
console.log(`first visit to /ru/ (Russian): ${kb(russian.total.raw)} raw, ${kb(russian.total.gzip)} gzip, ${kb(russian.total.brotli)} brotli`);
console.log(`minimal Leptos+router app: ${kb(floor.total.raw)} raw, ${kb(floor.total.brotli)} brotli`);
// What a first search or vCard adds: the on-demand module (src/bin/on_demand.rs), loaded on demand.
const searchModule = readdirSync(dist).filter((f) => /^on-demand-[0-9a-f]+(_bg)?\.(js|wasm)$/.test(f));
if (searchModule.length !== 2) failures0.push(`expected the on-demand module's .js and _bg.wasm in ${dist}, found ${searchModule.length} files`);
const search = { raw: 0, gzip: 0, brotli: 0 };
for (const f of searchModule) { const s = sizes(readFileSync(join(dist, f))); for (const k of Object.keys(search)) search[k] += s[k]; }
console.log(`a first search or vCard adds the on-demand module: ${kb(search.raw)} raw, ${kb(search.gzip)} gzip, ${kb(search.brotli)} brotli`);
const ratio = site.total.brotli / floor.total.brotli;
console.log(`site / framework floor (brotli): ${ratio.toFixed(2)}×`);

const wasmBr = site.kinds.wasm?.brotli ?? 0;
const largest = Math.max(site.total.brotli, russian.total.brotli);
const failures = [...failures0];
if (!site.kinds.wasm) failures.push('no wasm found in the first visit');
if (wasmBr > BUDGET_WASM_BR) failures.push(`wasm ${kb(wasmBr)} brotli is over the ${kb(BUDGET_WASM_BR)} budget`);
for (const [page, visit] of [['/', site], ['/ru/', russian]]) {
  if (visit.total.brotli > BUDGET_TOTAL_BR) failures.push(`first visit to ${page} ${kb(visit.total.brotli)} brotli is over the ${kb(BUDGET_TOTAL_BR)} budget`);
}
if (CAP_TOTAL_BR) {
  console.log(largest <= CAP_TOTAL_BR
    ? `first-visit cap of ${kb(CAP_TOTAL_BR)} brotli: met in both languages`
    : `first-visit cap of ${kb(CAP_TOTAL_BR)} brotli: NOT MET, ${kb(largest - CAP_TOTAL_BR)} over`);
}
const goalMet = largest <= GOAL_TOTAL_BR;
console.log(goalMet
  ? `first-visit goal of ${kb(GOAL_TOTAL_BR)} brotli: met in both languages (largest ${kb(largest)})`
  : `first-visit goal of ${kb(GOAL_TOTAL_BR)} brotli: NOT MET, ${kb(largest - GOAL_TOTAL_BR)} over (enforced budget: ${kb(BUDGET_TOTAL_BR)})`);
mkdirSync('target/site-reports', { recursive: true });
writeFileSync('target/site-reports/size.json', JSON.stringify({ site, russian, floor, search_module: search, ratio, goal_total_brotli: GOAL_TOTAL_BR, goal_met: goalMet, budgets: { total_brotli: BUDGET_TOTAL_BR, wasm_brotli: BUDGET_WASM_BR }, failures }, null, 2));
if (failures.length) {
  console.error('SIZE BUDGET FAILED:\n  ' + failures.join('\n  '));
  process.exit(1);
}
console.log('size budgets: PASS');
