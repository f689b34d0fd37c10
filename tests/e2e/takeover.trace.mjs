// Where the main thread's time goes while the app takes over a pre-rendered page: a Chromium
// performance trace under 4x CPU throttling, summed by kind of work (wasm compile, script, HTML
// parsing, style and layout, paint, GC) over the first seconds, with the longest tasks.
//   node tests/e2e/takeover.trace.mjs [--dir dist] [--path /] [--runs 3]
import { launch, serveDist, openPage, ready } from './lib.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dir = arg('dir', 'dist');
const path = arg('path', '/');
const runs = Number(arg('runs', 3));

// Trace event names, grouped into the kinds of work the README's breakdown names.
const KINDS = [
  ['wasm compile', /^(v8\.wasm\.|WasmCompile|wasm\.)/i],
  ['script compile', /^(v8\.compile|CompileScript|v8\.parseOnBackground|CompileCode)/],
  ['script (JS and wasm)', /^(FunctionCall|EvaluateScript|v8\.callFunction|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|v8\.run|V8\.Execute)/],
  ['GC', /(GC|Scavenge|MinorGC|MajorGC)/],
  ['HTML parse', /^ParseHTML/],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet)/],
  ['layout', /^(Layout|UpdateLayerTree)/],
  ['paint', /^(Paint|PrePaint|Layerize|Commit|CompositeLayers)/],
];

const browser = await launch();
const site = await serveDist({ dir });
const all = [];
for (let r = 0; r < runs; r++) {
  const { context, page } = await openPage(browser, { width: 412, height: 823 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.wasm,blink.user_timing,loading',
    transferMode: 'ReportEvents',
  });
  await page.goto(site.url.replace(/\/$/, '') + path);
  await ready(page).catch(() => {});
  await page.waitForTimeout(1500);
  await cdp.send('Tracing.end');
  await done;
  await context.close();

  const main = events.find((e) => e.name === 'TracingStartedInBrowser')?.args?.data?.frames?.find((f) => !f.parent);
  const rendererPid = events.find((e) => e.name === 'CrRendererMain' || e.args?.name === 'CrRendererMain')?.pid;
  const threads = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // The renderer main thread with the most top-level tasks is the page's.
  const counts = new Map();
  for (const t of threads) counts.set(`${t.pid}:${t.tid}`, 0);
  for (const e of events) if (e.name === 'RunTask' && counts.has(`${e.pid}:${e.tid}`)) counts.set(`${e.pid}:${e.tid}`, counts.get(`${e.pid}:${e.tid}`) + 1);
  const [key] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === key);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X').map((e) => ({ ts: e.ts, dur: e.dur / 1000 }));
  const byKind = Object.fromEntries(KINDS.map(([k]) => [k, 0]));
  // Self time of each kind: events nested in another of a kind count once, in the outermost.
  const complete = onMain.filter((e) => e.ph === 'X' && e.dur && e.name !== 'RunTask').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  let coveredUntil = 0;
  for (const e of complete) {
    const kind = KINDS.find(([, re]) => re.test(e.name))?.[0];
    if (!kind || e.ts < coveredUntil) continue;
    byKind[kind] += e.dur / 1000;
    coveredUntil = e.ts + e.dur;
  }
  const marks = onMain.concat(events).filter((e) => e.cat?.includes('blink.user_timing') && e.name === 'bomca-read' && e.ph === 'b');
  const long = tasks.filter((t) => t.dur > 50).sort((a, b) => b.dur - a.dur);
  const blocking = tasks.reduce((s, t) => s + Math.max(0, t.dur - 50), 0);
  all.push({ byKind, longest: long.slice(0, 5).map((t) => Math.round(t.dur)), blocking, total: tasks.reduce((s, t) => s + t.dur, 0) });
  void main; void rendererPid; void marks;
}
site.server.close();
await browser.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`takeover of ${path} (${dir}), 4x CPU, median of ${runs} runs, ms of main-thread time:`);
for (const [k] of KINDS) console.log(`  ${k.padEnd(22)} ${median(all.map((a) => a.byKind[k])).toFixed(0).padStart(6)}`);
console.log(`  ${'all tasks'.padEnd(22)} ${median(all.map((a) => a.total)).toFixed(0).padStart(6)}`);
console.log(`  blocking (sum over 50 ms) ${median(all.map((a) => a.blocking)).toFixed(0)}; longest tasks per run: ${all.map((a) => a.longest.join('/')).join('; ')}`);
