// Where a keystroke's time goes on 100 times the data: a Chromium performance trace of typing a
// word into the components and the events search and the header's site search, summed by kind of work
// (script, that is the wasm; style; layout; paint; GC) per keystroke.
//   node tests/e2e/typing.trace.mjs
import { launch, serveDist, openPage, ready, dataset, times, everyKindTimes, appCopy, copyResponse, KINDS, mainThreadBreakdown, TRACE_CATEGORIES } from './lib.mjs';

const ds = dataset();
const text = (t) => (t && typeof t === 'object' ? t.en ?? Object.values(t)[0] : t);
const components = { ...structuredClone(ds), components: times(ds.components, 100) };
const events = structuredClone(ds);
events.events = times(ds.events, 100).map((e) => ({ ...e, title: { en: text(e.title) }, summary: e.summary && { en: text(e.summary) } }));
// The site search indexes every kind: all of them multiplied.
const everything = everyKindTimes(ds, 100);

const browser = await launch();
const site = await serveDist();
for (const [name, data, path, input, word] of [
  ['components', components, '/components', 'component-search', 'trade'],
  ['events', events, '/events', 'event-search', 'handover'],
  ['header search', everything, '/', 'site-search', 'bishkek'],
]) {
  const body = appCopy(data, 'en');
  const { context, page } = await openPage(browser, { width: 360, height: 800 });
  await page.route('**/data/bomca.en.bin', (route) => route.fulfill(copyResponse(body)));
  await page.goto(site.url.replace(/\/$/, '') + path);
  await ready(page);
  // The header's field sits behind its icon at 360 px.
  if (!(await page.locator(`#${input}`).isVisible())) await page.locator('.search-toggle').click();
  await page.locator(`#${input}`).click();
  // The first keystroke of the header search loads its module and builds the index: not traced.
  if (input === 'site-search') {
    await page.keyboard.type(word[0]);
    await page.waitForFunction(() => document.getElementById('site-search').getAttribute('aria-expanded') === 'true');
    await page.keyboard.press('Backspace');
  }
  const cdp = await context.newCDPSession(page);
  const traced = [];
  cdp.on('Tracing.dataCollected', (e) => traced.push(...e.value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  for (const ch of word) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(150);
  }
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  const { byKind, tasks } = mainThreadBreakdown(traced);
  const busy = tasks.filter((t) => t.dur > 2).map((t) => Math.round(t.dur));
  console.log(`${name} on 100 times the data, typing "${word}", ms of main-thread time per keystroke:`);
  for (const [k] of KINDS) if (byKind[k] > 0.5) console.log(`  ${k.padEnd(22)} ${(byKind[k] / word.length).toFixed(1).padStart(6)}`);
  console.log(`  tasks over 2 ms: ${busy.join(', ')}`);
}
site.server.close();
await browser.close();
