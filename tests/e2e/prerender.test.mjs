// The pre-rendered site: every route readable with JavaScript off, every link leading to another
// pre-rendered page, and the live app taking over without layout shift or console errors.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serveDist, openPage, ready, assert, assertEq, dataset, routes, sweep, test, run, textOf, appCopy, copyResponse } from './lib.mjs';

const browser = await launch();
const { server, url } = await serveDist();
const ds = dataset();
const at = (path) => url.replace(/\/$/, '') + path;

/** The file a static host serves for a site path, if the build wrote one. */
function servedFile(path) {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]);
  return [join('dist', clean, 'index.html'), join('dist', clean)].find((f) => existsSync(f) && !f.endsWith('/dist'));
}

/** Every route as the browser shows it with JavaScript off, read once for the tests below (one
 *  load per route, three pages at a time): its heading, its internal links, the places where its
 *  words run together, and how many of its forms have no submit button. */
let withoutJs;
const pagesWithoutJs = () => withoutJs ??= sweep(browser, routes(), async (page, route) => {
  await page.goto(at(route));
  return {
    route,
    h1: (await page.locator('main h1').first().innerText()).trim(),
    hrefs: await page.$$eval('a[href^="/"]', (as) => as.map((a) => a.getAttribute('href'))),
    runTogether: await page.evaluate(runTogether),
    formsWithoutSubmit: await page.$$eval('main form', (fs) => fs.filter((f) => !f.querySelector('button[type=submit], input[type=submit]')).length),
  };
}, { javaScriptEnabled: false });

test('with JavaScript off every route shows its heading, and every link leads to a pre-rendered page', async () => {
  const broken = new Set();
  let checked = 0;
  for (const { route, h1, hrefs } of await pagesWithoutJs()) {
    assert(h1.length > 0, `${route}: no h1 without JavaScript`);
    for (const href of hrefs) {
      checked++;
      if (!servedFile(href)) broken.add(`${route} → ${href}`);
    }
  }
  assert(checked > 20 * routes().length, `only ${checked} links checked`);
  assertEq([...broken], [], 'links without a pre-rendered page');
});

test('with JavaScript off the key facts are on the page', async () => {
  const { context, page } = await openPage(browser, { javaScriptEnabled: false });
  await page.goto(at('/phases/9'));
  const phase = await textOf(page.locator('main'));
  for (const fact of ['15 June 2015', 'EUR 6.6 million', '14 December 2019']) assert(phase.includes(fact), `/phases/9 shows ${fact}`);
  await page.goto(at('/'));
  const overview = await textOf(page.locator('main'));
  // The count as a stat of its own, not any "11" of the page (BOMCA 11 is named everywhere).
  const phaseStat = await page.locator('main .stat', { hasText: /^Phases/ }).locator('.stat-value').innerText();
  assertEq(phaseStat.trim(), `${ds.phases.length} phases`, 'overview counts the phases');
  await page.goto(at('/compare'));
  assert((await page.locator('main table th[scope=col]').count()) >= 2, 'comparison table rendered');
  await page.goto(at('/ru/contacts'));
  assertEq((await page.locator('main h1').innerText()).trim(), 'Офисы и контакты', 'Russian page in Russian');
  assert((await page.locator('main a[href^="tel:"], main a[href^="mailto:"]').count()) > 0, 'contacts can be called or mailed');
  await context.close();
});

test('with JavaScript off /compare has the compared phases ticked, and only those', async () => {
  const { context, page } = await openPage(browser, { javaScriptEnabled: false });
  for (const route of ['/compare', '/ru/compare']) {
    await page.goto(at(route));
    const compared = await page.$$eval('table.compare-table thead th a', (as) => as.map((a) => a.textContent.trim()));
    const ticked = await page.$$eval('.picker input:checked', (is) => is.map((i) => i.closest('label').textContent.trim()));
    assert(compared.length >= 2, `${route}: phases compared`);
    assertEq(ticked, compared, `${route}: ticked boxes`);
  }
  await context.close();
});

/** Runs in the page: the places where the words of two elements run together in the markup, as a
 *  text browser reads it (no CSS: only block elements, by their tag, separate text). */
function runTogether() {
  const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
    'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'HEADER', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'OPTION', 'P',
    'SECTION', 'SELECT', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL']);
  const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'svg', 'NOSCRIPT', 'TITLE']);
  const word = /[\p{L}\p{N}]/u;
  const found = [];
  let before = '', boundary = false, owner = null;
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.data;
      if (!text) return;
      if (boundary && word.test(before.slice(-1)) && word.test(text[0])) found.push(`"${before.slice(-20)}|${text.slice(0, 20)}" in ${owner}`);
      before += text;
      boundary = false;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE || SKIP.has(node.tagName)) return;
    const block = BLOCK.has(node.tagName);
    if (block) before += '\n';
    boundary = true;
    owner = node.parentElement?.className || node.parentElement?.tagName;
    for (const child of node.childNodes) walk(child);
    if (block) before += '\n';
    boundary = true;
  };
  walk(document.body);
  return found;
}

test('with JavaScript off no two words run together where elements meet (as a text browser reads it)', async () => {
  const found = (await pagesWithoutJs()).flatMap(({ route, runTogether }) => runTogether.map((f) => `${route}: ${f}`));
  assertEq(found.slice(0, 12), [], `words run together (${found.length} places)`);
});

test('the search and filter forms have a submit button, and before the app runs they ask for the filtered view', async () => {
  for (const { route, formsWithoutSubmit } of await pagesWithoutJs()) assertEq(formsWithoutSubmit, 0, `${route}: forms without a submit button`);
  const { context, page } = await openPage(browser, { javaScriptEnabled: false });
  await page.goto(at('/components'));
  await page.fill('#component-search', 'trade');
  await page.locator('main form').getByRole('checkbox', { name: /^BOMCA 10/ }).check();
  await page.locator('main form button[type=submit]').click();
  await page.waitForURL(/\/components\?/);
  assertEq(new URL(page.url()).search, '?q=trade&phase=10', 'the components search asks for its view');
  await page.goto(at('/ru/contacts'));
  await page.selectOption('#filter-country', 'KG');
  await page.locator('main form button[type=submit]').click();
  await page.waitForURL(/\/ru\/contacts\?/);
  assertEq(new URL(page.url()).search, '?country=KG&kind=&q=', 'the contacts filter asks for its view');
  await context.close();
});

test('every page the app renders itself shows the same from the copy in its language as from the whole dataset', async () => {
  // A pre-rendered page is hydrated, not rendered again, so each route is opened inside the app
  // (as a link inside it would), where it renders from the copy of the data it loaded.
  const copy = await openPage(browser);
  const whole = await openPage(browser);
  const loaded = [];
  copy.page.on('request', (r) => { if (r.url().includes('/data/')) loaded.push(new URL(r.url()).pathname); });
  const all = appCopy(JSON.parse(readFileSync('dist/data/bomca.json', 'utf8')), 'all');
  await whole.page.route('**/data/bomca.*.bin', (route) => route.fulfill(copyResponse(all)));
  for (const { page } of [copy, whole]) {
    await page.goto(at('/'));
    await ready(page);
  }
  for (const route of routes()) {
    for (const { page } of [copy, whole]) {
      const path = new URL(at(route)).pathname;
      await page.evaluate((p) => {
        history.pushState(null, '', p);
        dispatchEvent(new PopStateEvent('popstate'));
      }, path);
      await page.waitForFunction((p) => location.pathname === p && document.querySelector('main h1') && !document.querySelector('main .skeleton'), path);
      await page.waitForTimeout(50);
    }
    assertEq(await textOf(copy.page.locator('main')), await textOf(whole.page.locator('main')), `${route}: the text`);
  }
  assertEq([...new Set(loaded)].sort(), ['/data/bomca.en.bin', '/data/bomca.ru.bin'], 'the data files loaded');
  assertEq([...copy.page.problems, ...whole.page.problems], [], 'console errors');
  await copy.context.close();
  await whole.context.close();
});

test('the live app takes over without layout shift (CLS < 0.02) or console errors, on a slow CPU', async () => {
  for (const path of ['/', '/compare', '/phases/9', '/components', '/contacts', '/ru/']) {
    const { context, page } = await openPage(browser, { width: 360, height: 800 });
    await page.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(at(path));
    await ready(page);
    await page.waitForTimeout(300);
    const cls = await page.evaluate(() => window.__cls);
    assert(cls < 0.02, `${path}: CLS ${cls.toFixed(3)}`);
    assertEq(page.problems, [], `${path}: console errors`);
    await context.close();
  }
});

/** Holds back the page's data copy until `release()`: the takeover waits, the page stays as pre-rendered. */
async function holdData(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/data/bomca.*.bin', async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

test('words typed and the focus given during takeover carry over to the live page', async () => {
  const { context, page } = await openPage(browser, { width: 360, height: 800 });
  const release = await holdData(page);
  await page.goto(at('/components'), { waitUntil: 'domcontentloaded' });
  await page.locator('#component-search').click();
  await page.keyboard.type('trade');
  assert(await page.evaluate(() => document.documentElement.dataset.app !== 'ready'), 'typed before the app took over');
  release();
  await ready(page);
  assertEq(await page.locator('#component-search').inputValue(), 'trade', 'the words are still in the field');
  assertEq(await page.evaluate(() => document.activeElement.id), 'component-search', 'the field still has the focus');
  await page.waitForURL(/[?&]q=trade/);
  const shown = await page.locator('.results > li').count();
  assert(shown > 0 && shown < ds.components.length, `the results follow the words: ${shown} of ${ds.components.length}`);
  await page.keyboard.type('x');
  await page.waitForURL(/[?&]q=tradex/);
  // A shared address keeps its words when nothing was typed (the page as built has none).
  const again = await holdData(page);
  await page.goto(at('/components?q=dog'), { waitUntil: 'domcontentloaded' });
  again();
  await ready(page);
  await page.waitForTimeout(100);
  assertEq(await page.locator('#component-search').inputValue(), 'dog', 'the address\'s words');
  assertEq(new URL(page.url()).search, '?q=dog', 'the address is kept');
  assertEq(page.problems, [], 'console errors');
  await context.close();
});

test('a link tapped during takeover still leads to its page', async () => {
  const { context, page } = await openPage(browser, { width: 360, height: 800 });
  const release = await holdData(page);
  await page.goto(at('/'), { waitUntil: 'domcontentloaded' });
  await page.locator('.site-nav a[href="/events"]').click();
  setTimeout(release, 300);
  await page.waitForURL(/\/events$/);
  await ready(page);
  assertEq((await textOf(page.locator('main h1'))).trim(), 'Events', 'the events page');
  assertEq(page.problems, [], 'console errors');
  await context.close();
});

await run('prerender');
await browser.close();
server.close();
