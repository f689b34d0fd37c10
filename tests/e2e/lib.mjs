// Shared helpers for the browser tests: Debian's Chromium through playwright-core, the site served
// by scripts/serve.mjs on loopback, a small test runner, and collectors for console errors and CSP
// violations.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export async function launch() {
  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium not found at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium chromium-driver (or run scripts/setup.sh).`);
    process.exit(1);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

export async function serveDist({ dir = 'dist', base = '/' } = {}) {
  if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir}/index.html missing: build the site first (scripts/build.sh)`);
  return startServer({ dir, base, port: 0 });
}

/** A page in a fresh context that records console errors, page errors and CSP violations. */
export async function openPage(browser, { width = 1280, height = 900, serviceWorkers = 'block', javaScriptEnabled = true, locale = 'en-GB' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, serviceWorkers, javaScriptEnabled, locale });
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => { page.problems.push(`dialog opened: ${d.message()}`); d.dismiss(); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { context, page };
}

/** Calls `visit(page, item)` for every item, on `pages` pages (fresh contexts) at once: a sweep over
 * every route waits mostly on page loads, so a few in parallel finish sooner, even on two cores.
 * Returns the results in the items' order. */
export async function sweep(browser, items, visit, { pages = 3, ...options } = {}) {
  const results = [];
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(pages, items.length) }, async () => {
    const { context, page } = await openPage(browser, options);
    try {
      while (next < items.length) {
        const i = next++;
        results[i] = await visit(page, items[i]);
      }
    } finally {
      await context.close();
    }
  }));
  return results;
}

/** Waits until the live app has replaced the pre-rendered page (or shown its error page). */
export async function ready(page, state = 'ready') {
  await page.waitForFunction((s) => document.documentElement.dataset.app === s, state, { timeout: 20000 });
}

/** Typing-to-results in an explorer's search field: types `word` a letter at a time and times each
 * input event until the next task. The app reacts in microtasks, so by then the results are
 * rendered; the address follows once typing rests. Then checks the typed view against the same
 * address loaded afresh, so a keystroke whose results were left for later would show. Returns
 * the median and the largest time, in ms. */
export async function typingToResults(page, id, word) {
  const timings = await page.evaluate(async ({ id, word }) => {
    const input = document.getElementById(id);
    // A message channel rather than setTimeout: no minimum delay is added.
    const nextTask = () => new Promise((resolve) => { const c = new MessageChannel(); c.port1.onmessage = resolve; c.port2.postMessage(0); });
    const out = [];
    for (let i = 1; i <= word.length; i++) {
      const t0 = performance.now();
      input.value = word.slice(0, i);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await nextTask();
      out.push(performance.now() - t0);
    }
    return out;
  }, { id, word });
  const shown = () => page.evaluate(() => [document.getElementById('results-count').textContent, [...document.querySelectorAll('#main section li')].slice(0, 20).map((li) => li.textContent)]);
  const typed = await shown();
  await page.waitForURL((u) => u.searchParams.get('q') === word, { timeout: 5000 });
  await page.reload();
  await ready(page);
  assertEq(await shown(), typed, `the view typed equals ${page.url()} loaded afresh`);
  const sorted = [...timings].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], max: sorted[sorted.length - 1] };
}

/** Visible text of a locator with no-break spaces as plain spaces. */
export async function textOf(locator) {
  return (await locator.innerText()).replace(/\u00a0/g, ' ');
}

export async function cspViolations(page) {
  return page.evaluate(() => window.__csp ?? []);
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export function assertEq(actual, expected, message) {
  const a = JSON.stringify(actual), e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message}: expected ${e}, got ${a}`);
}

export function dataset() {
  return JSON.parse(readFileSync('public/data/bomca.json', 'utf8'));
}

/** `list` `n` times over, each copy's ids suffixed `-x0`, `-x1`, ... so they stay unique. */
export const times = (list, n) => Array.from({ length: n }, (_, i) => list.map((r) => ({ ...structuredClone(r), id: `${r.id}-x${i}` }))).flat();

/** `ds` with every kind of record `n` times over (the phases repeated as they are): the site search at scale. */
export function everyKindTimes(ds, n) {
  const big = structuredClone(ds);
  for (const kind of ['events', 'components', 'organisations', 'people', 'offices', 'sources', 'themes']) big[kind] = times(ds[kind], n);
  big.phases = Array.from({ length: n }, () => structuredClone(ds.phases)).flat();
  return big;
}

/** The app's binary copy of `data` (an object shaped as public/data/bomca.json) in `locale`, or in
 * every language with 'all', as the pre-renderer writes it: what a test serves the app as other data. */
export function appCopy(data, locale = 'en') {
  const dir = mkdtempSync(join(tmpdir(), 'bomca-copy-'));
  try {
    writeFileSync(join(dir, 'data.json'), JSON.stringify(data));
    execFileSync('target/prerender/prerender', ['--data', join(dir, 'data.json'), '--write-copy', join(dir, 'copy.bin'), '--locale', locale]);
    return readFileSync(join(dir, 'copy.bin'));
  } finally {
    rmSync(dir, { recursive: true });
  }
}

/** Answers a request for a dataset copy with `body`. */
export const copyResponse = (body) => ({ status: 200, contentType: 'application/octet-stream', body });

export function routes(dir = 'dist') {
  return readFileSync(`${dir}/routes.txt`, 'utf8').split('\n').filter(Boolean);
}

const tests = [];
export function test(name, fn) {
  tests.push({ name, fn });
}

/** Runs the registered tests in order; prints a summary; exits non-zero on any failure. */
export async function run(suite) {
  const only = process.env.ONLY;
  let failed = 0;
  let ran = 0;
  const started = Date.now();
  for (const t of tests) {
    if (only && !t.name.includes(only)) continue;
    ran++;
    const t0 = Date.now();
    try {
      await t.fn();
      console.log(`  PASS ${t.name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      console.log(`  FAIL ${t.name} (${Date.now() - t0} ms)\n       ${String(e.stack ?? e).split('\n').slice(0, 4).join('\n       ')}`);
    }
  }
  console.log(`${suite}: ${ran - failed} passed, ${failed} failed${only ? ` (of ${tests.length}; ONLY=${only})` : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (failed) process.exitCode = 1;
}

// Trace event names, grouped into the kinds of work the README's breakdown names.
export const KINDS = [
  ['wasm compile', /^(v8\.wasm\.|WasmCompile|wasm\.)/i],
  ['script compile', /^(v8\.compile|CompileScript|v8\.parseOnBackground|CompileCode)/],
  ['script (JS and wasm)', /^(FunctionCall|EvaluateScript|v8\.callFunction|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|v8\.run|V8\.Execute)/],
  ['GC', /(GC|Scavenge|MinorGC|MajorGC)/],
  ['HTML parse', /^ParseHTML/],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet)/],
  ['layout', /^(Layout|UpdateLayerTree)/],
  ['paint', /^(Paint|PrePaint|Layerize|Commit|CompositeLayers)/],
];

export const TRACE_CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.wasm,blink.user_timing,loading';

/** The page's main thread in a Chromium trace: its tasks, and their time by kind of work (`KINDS`),
 * each event counted once, in the outermost event of a kind. */
export function mainThreadBreakdown(events) {
  const threads = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // The renderer main thread with the most top-level tasks is the page's.
  const counts = new Map();
  for (const t of threads) counts.set(`${t.pid}:${t.tid}`, 0);
  for (const e of events) if (e.name === 'RunTask' && counts.has(`${e.pid}:${e.tid}`)) counts.set(`${e.pid}:${e.tid}`, counts.get(`${e.pid}:${e.tid}`) + 1);
  const [key] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === key);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X').map((e) => ({ ts: e.ts, dur: e.dur / 1000, pid: e.pid, tid: e.tid }));
  const byKind = Object.fromEntries(KINDS.map(([k]) => [k, 0]));
  const complete = onMain.filter((e) => e.ph === 'X' && e.dur && e.name !== 'RunTask').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  let coveredUntil = 0;
  for (const e of complete) {
    const kind = KINDS.find(([, re]) => re.test(e.name))?.[0];
    if (!kind || e.ts < coveredUntil) continue;
    byKind[kind] += e.dur / 1000;
    coveredUntil = e.ts + e.dur;
  }
  return { byKind, tasks };
}
