// Where the main thread's time goes while the app takes over a pre-rendered page: a Chromium
// performance trace under 4x CPU throttling, summed by kind of work (wasm compile, script, HTML
// parsing, style and layout, paint, GC) over the first seconds, with the longest tasks.
//   node tests/e2e/takeover.trace.mjs [--dir dist] [--path /] [--runs 3]
import { launch, serveDist, openPage, ready, KINDS, mainThreadBreakdown, TRACE_CATEGORIES } from './lib.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dir = arg('dir', 'dist');
const path = arg('path', '/');
const runs = Number(arg('runs', 3));

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
  const long = tasks.filter((t) => t.dur > 50).sort((a, b) => b.dur - a.dur);
  const blocking = tasks.reduce((s, t) => s + Math.max(0, t.dur - 50), 0);
  all.push({ byKind, longest: long.slice(0, 5).map((t) => Math.round(t.dur)), blocking, total: tasks.reduce((s, t) => s + t.dur, 0) });
}
site.server.close();
await browser.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`takeover of ${path} (${dir}), 4x CPU, median of ${runs} runs, ms of main-thread time:`);
for (const [k] of KINDS) console.log(`  ${k.padEnd(22)} ${median(all.map((a) => a.byKind[k])).toFixed(0).padStart(6)}`);
console.log(`  ${'all tasks'.padEnd(22)} ${median(all.map((a) => a.total)).toFixed(0).padStart(6)}`);
console.log(`  blocking (sum over 50 ms) ${median(all.map((a) => a.blocking)).toFixed(0)}; longest tasks per run: ${all.map((a) => a.longest.join('/')).join('; ')}`);
