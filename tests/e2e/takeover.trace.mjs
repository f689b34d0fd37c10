// Where the main thread's time goes while the app takes over a pre-rendered page: a Chromium
// performance trace under 4x CPU throttling, summed by kind of work (wasm compile, script, HTML
// parsing, style and layout, paint, GC) over the first seconds, with the longest tasks.
//   node tests/e2e/takeover.trace.mjs [--dir dist] [--path /] [--runs 3] [--rate 4] [--tasks 8]
// --tasks N lists every task of N ms or more in the last run: when it started, how long it took,
// its main kinds of work, how many wasm functions V8 compiled on their first call in it, and the
// User Timing marks it holds. --rate 1 traces unthrottled, as Lighthouse's simulation does (it
// multiplies the tasks of an unthrottled load by four).
import { launch, serveDist, openPage, ready, KINDS, mainThreadBreakdown, TRACE_CATEGORIES } from './lib.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dir = arg('dir', 'dist');
const path = arg('path', '/');
const runs = Number(arg('runs', 3));
const rate = Number(arg('rate', 4));
const listFrom = arg('tasks');
// The navigation's own timings, which the trace files with User Timing.
const NAVIGATION_TIMING = /^(navigationStart|unload|commitNavigation|dom|load|response|fetchStart|request|connect|secure|redirect)/;

const browser = await launch();
const site = await serveDist({ dir });
const all = [];
for (let r = 0; r < runs; r++) {
  const { context, page } = await openPage(browser, { width: 412, height: 823 });
  const cdp = await context.newCDPSession(page);
  if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: TRACE_CATEGORIES,
    transferMode: 'ReportEvents',
  });
  await page.goto(site.url.replace(/\/$/, '') + path);
  await ready(page).catch(() => {});
  await page.waitForTimeout(1500);
  await cdp.send('Tracing.end');
  await done;
  await context.close();

  const { byKind, tasks } = mainThreadBreakdown(events);
  if (listFrom && r === runs - 1) listTasks(events, tasks, Number(listFrom));
  const long = tasks.filter((t) => t.dur > 50).sort((a, b) => b.dur - a.dur);
  const blocking = tasks.reduce((s, t) => s + Math.max(0, t.dur - 50), 0);
  all.push({ byKind, longest: long.slice(0, 5).map((t) => Math.round(t.dur)), blocking, total: tasks.reduce((s, t) => s + t.dur, 0) });
}
site.server.close();
await browser.close();

/** Prints each task of at least `min` ms with its work, first-call compilations and marks. */
function listTasks(events, tasks, min) {
  const start = events.find((e) => e.name === 'navigationStart')?.ts ?? tasks[0].ts;
  const inTask = (t, e) => e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts <= t.ts + t.dur * 1000;
  console.log(`tasks of ${min} ms or more (${rate}x CPU): start ms, duration ms, work, first-call compilations, marks`);
  for (const t of tasks.filter((t) => t.dur >= min)) {
    const work = events.filter((e) => e.ph === 'X' && e.dur > 1000 && inTask(t, e) && KINDS.some(([, re]) => re.test(e.name)));
    const kinds = [...new Set(work.map((e) => e.name))].slice(0, 4).join(' ');
    const lazy = events.filter((e) => e.name === 'wasm.CompileLazy' && inTask(t, e));
    const lazyMs = lazy.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
    const marks = events.filter((e) => e.cat?.includes('user_timing') && !NAVIGATION_TIMING.test(e.name) && inTask(t, e)).map((e) => e.name);
    console.log(`  ${((t.ts - start) / 1000).toFixed(0).padStart(6)} ${t.dur.toFixed(1).padStart(6)}  ${kinds}  ${lazy.length} compiled (${lazyMs.toFixed(1)} ms)${marks.length ? '  ' + [...new Set(marks)].join(',') : ''}`);
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`takeover of ${path} (${dir}), ${rate}x CPU, median of ${runs} runs, ms of main-thread time:`);
for (const [k] of KINDS) console.log(`  ${k.padEnd(22)} ${median(all.map((a) => a.byKind[k])).toFixed(0).padStart(6)}`);
console.log(`  ${'all tasks'.padEnd(22)} ${median(all.map((a) => a.total)).toFixed(0).padStart(6)}`);
console.log(`  blocking (sum over 50 ms) ${median(all.map((a) => a.blocking)).toFixed(0)}; longest tasks per run: ${all.map((a) => a.longest.join('/')).join('; ')}`);
