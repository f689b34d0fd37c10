// What a visitor sees, in headless Chromium against the built dist/: every route renders, deep links,
// not-found, a failing dataset request with a working Retry, comparison, search, contacts, languages.
import { launch, serveDist, openPage, ready, assert, assertEq, dataset, routes, times, test, run, cspViolations, textOf, appCopy, copyResponse, typingToResults } from './lib.mjs';
import { readFileSync } from 'node:fs';

const browser = await launch();
const { server, url } = await serveDist();
const ds = dataset();
const at = (path) => url.replace(/\/$/, '') + path;

async function visit(path, opts) {
  const { context, page } = await openPage(browser, opts);
  await page.goto(at(path));
  await ready(page);
  return { context, page };
}

test('every pre-rendered route renders its heading without console errors', async () => {
  const all = routes();
  assert(all.length >= 2 * (6 + ds.phases.length + ds.components.length), `routes.txt lists ${all.length}`);
  // One page after another: with the app running, pages in parallel only share the two cores.
  const { context, page } = await openPage(browser);
  const csp = [];
  for (const route of all) {
    await page.goto(at(route));
    await ready(page);
    const h1 = (await page.locator('main h1').first().innerText()).trim();
    assert(h1.length > 0, `${route}: no h1`);
    csp.push(...(await cspViolations(page)).map((v) => `${route}: ${v}`));
  }
  assertEq(page.problems, [], 'console errors');
  assertEq(csp, [], 'CSP violations');
  await context.close();
});

test('a deep link loads the phase directly, in the client too', async () => {
  const { context, page } = await visit('/phases/9');
  assertEq((await page.locator('main h1').innerText()).trim(), 'BOMCA 9', 'heading');
  const body = await textOf(page.locator('main'));
  assert(body.includes('15 June 2015'), 'start date shown');
  assert(body.includes('EUR 6.6 million'), 'EU contribution shown');
  assert(body.includes('14 December 2019'), 'first extension shown');
  const head = () => page.evaluate(() => ({
    title: document.title,
    canonical: [...document.querySelectorAll('link[rel=canonical]')].map((l) => new URL(l.href).pathname),
    description: document.querySelectorAll('meta[name=description]').length,
  }));
  assertEq(await head(), { title: 'BOMCA 9 · BOMCA Explorer', canonical: ['/phases/9'], description: 1 }, 'the landing page head');
  await page.locator('a[rel=next]').click();
  await page.waitForURL(/\/phases\/10$/);
  assertEq((await page.locator('main h1').innerText()).trim(), 'BOMCA 10', 'next phase');
  // Title and canonical address follow the visitor (Android shares the canonical address).
  assertEq((await head()).title, 'BOMCA 10 · BOMCA Explorer', 'title follows');
  assertEq((await head()).canonical, ['/phases/10'], 'one canonical link, following');
  await context.close();
});

test('unknown routes, phases and components show the not-found page', async () => {
  const { context, page } = await openPage(browser);
  for (const path of ['/no/such/page', '/phases/99', '/phases/abc', '/components/nope', '/ru/phases/0']) {
    await page.goto(at(path));
    await ready(page);
    const h1 = (await page.locator('main h1').innerText()).trim();
    assert(h1 === 'Page not found' || h1 === 'Страница не найдена', `${path}: got "${h1}"`);
  }
  await context.close();
});

for (const failure of ['abort', 500]) {
  test(`a failed dataset request (${failure}) shows an error page and Retry recovers`, async () => {
    const { context, page } = await openPage(browser);
    let fail = true;
    await page.route('**/data/bomca.en.bin', (route) => {
      if (!fail) return route.continue();
      return failure === 'abort' ? route.abort() : route.fulfill({ status: 500, body: 'server error' });
    });
    await page.goto(at('/compare'));
    await ready(page, 'error');
    const alert = await page.locator('[role=alert]').innerText();
    assert(alert.includes('could not be loaded'), `error page text: ${alert}`);
    if (failure === 500) assert(alert.includes('HTTP 500'), 'says the HTTP status');
    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.waitForSelector('table.compare-table');
    assertEq((await page.locator('main h1').innerText()).trim(), 'Compare phases', 'recovered');
    await context.close();
  });
}

test('a file that is not a data copy says so in plain words', async () => {
  const { context, page } = await openPage(browser);
  await page.route('**/data/bomca.en.bin', (route) => route.fulfill(copyResponse('<!DOCTYPE html><html>')));
  await page.goto(at('/'));
  await ready(page, 'error');
  const alert = await page.locator('[role=alert]').innerText();
  assert(alert.includes('The data file is damaged: it could not be read.'), alert);
  // The reader's own words, for whoever maintains the site.
  assertEq(await page.locator('[role=alert] code').innerText(), 'it is not a data copy of this site (its first bytes are wrong)', 'reader message');
  await context.close();
});

// A copy cut short (a broken download) and a copy written for another version of the data's
// schema (a stale cache or a half-finished deploy): each refused in words, never misread.
const real = appCopy(ds, 'en');
const stale = Buffer.from(real);
stale[stale.indexOf('\n') + 1] ^= 1;
const spoiled = [
  ['cut short', real.subarray(0, real.length >> 1), 'The data file is damaged: it could not be read.', /^it is damaged or cut short$/],
  ['written for another schema', stale, 'does not have the structure this version of the site expects', /^it was written for data schema [0-9a-f]{16}; this site reads schema [0-9a-f]{16}$/],
];
for (const [what, body, reason, detail] of spoiled) {
  test(`a data copy ${what} is refused and says why`, async () => {
    const { context, page } = await openPage(browser);
    await page.route('**/data/bomca.en.bin', (route) => route.fulfill(copyResponse(body)));
    await page.goto(at('/'));
    await ready(page, 'error');
    const alert = await page.locator('[role=alert]').innerText();
    assert(alert.includes(reason), alert);
    const shown = await page.locator('[role=alert] code').innerText();
    assert(detail.test(shown), `the reader's words: ${shown}`);
    await context.close();
  });
}

test('overview figures match the dataset', async () => {
  const { context, page } = await visit('/');
  const text = await textOf(page.locator('main'));
  assert(text.includes(`${ds.phases.length} phases`), 'phase count');
  assert(text.includes('EUR 40.1 million'), 'EU funding 2003–2019');
  assert(text.includes('2003–2019'), 'its period');
  assert(text.includes('almost 7,000'), 'officials trained');
  assert(text.includes('Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan'), 'countries');
  await context.close();
});

test('comparing 9, 10 and 11 shows their budgets and durations; the URL keeps the choice', async () => {
  const { context, page } = await visit('/compare?phases=9,10,11');
  const table = await textOf(page.locator('table.compare-table'));
  for (const s of ['EUR 4.95 million', 'EUR 21.65 million', 'EUR 12 million', '36 months', '54 months', '40 months']) {
    assert(table.includes(s), `comparison shows ${s}`);
  }
  await page.getByLabel('BOMCA 8').check();
  await page.waitForURL(/phases=8%2C9%2C10%2C11|phases=8,9,10,11/);
  await page.reload();
  await ready(page);
  const head = await page.locator('table.compare-table thead').innerText();
  assert(head.includes('BOMCA 8') && head.includes('BOMCA 11'), `reload keeps the selection: ${head}`);
  await context.close();
});

test('a hostile phases= value is ignored with a visible note, never executed', async () => {
  const { context, page } = await visit('/compare?phases=<script>alert(1)</script>,99,abc');
  const note = await page.locator('.notice').first().innerText();
  assert(note.includes('<script>alert(1)</script>') && note.includes('99') && note.includes('abc'), note);
  assertEq(await page.locator('main script').count(), 0, 'no script element injected');
  const head = await page.locator('table.compare-table thead').innerText();
  assert(head.includes('BOMCA 9') && head.includes('BOMCA 10') && head.includes('BOMCA 11'), 'falls back to the latest three');
  assertEq(page.problems, [], 'no dialog, no errors');
  await context.close();
});

test('search narrows, highlights, combines with facets, and round-trips through the URL', async () => {
  const { context, page } = await visit('/components');
  const total = ds.components.length;
  const count = () => page.locator('#results-count').innerText();
  assert((await count()).includes(`${total} components`), `starts with all: ${await count()}`);
  await page.locator('#component-search').fill('trade');
  await page.waitForFunction(() => document.querySelectorAll('.results mark').length > 0);
  const narrowed = await page.locator('.results > li').count();
  assert(narrowed > 0 && narrowed < total, `narrowed to ${narrowed}`);
  await page.getByLabel(/^BOMCA 10/).check();
  await page.waitForURL(/phase=10/);
  const combined = await page.locator('.results > li').count();
  assert(combined > 0 && combined <= narrowed, `facet combines: ${combined}`);
  assert(page.url().includes('q=trade'), page.url());
  await page.reload();
  await ready(page);
  assertEq(await page.locator('.results > li').count(), combined, 'reload restores the view');
  assertEq(await page.locator('#component-search').inputValue(), 'trade', 'query restored');
  await page.goBack();
  await page.waitForURL((u) => !u.search.includes('phase=10'));
  // The words typed have an entry of their own, whether the address had caught up with them or not.
  assertEq(new URL(page.url()).searchParams.get('q'), 'trade', 'Back keeps the words typed');
  await page.getByRole('button', { name: 'Clear all' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('.results > li').length === n, total);
  await context.close();
});

test('a hostile query string is shown as text', async () => {
  const { context, page } = await visit('/components?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E');
  assertEq(await page.locator('#component-search').inputValue(), '<script>alert(1)</script><img src=x onerror=alert(2)>', 'query as text');
  assertEq(await page.locator('main script, main img').count(), 0, 'nothing injected');
  assert((await page.locator('.empty').innerText()).includes('No component matches'), 'empty state');
  assertEq(page.problems, [], 'no dialog, no errors');
  await context.close();
});

test('contacts: all listed, filters round-trip, links well formed, vCard, map filter', async () => {
  const { context, page } = await visit('/contacts');
  assertEq(await page.locator('.contact-card').count(), ds.offices.length, 'every office listed');
  const outside = await page.locator('figure.map figcaption p.muted').innerText();
  assert(!outside.includes('()'), `an office without a city says so: ${outside}`);
  for (const o of ds.offices.filter((o) => !o.city)) assert(outside.includes(`${o.name.en} (city not published)`), outside);
  const undated = await page.locator('.contact-card', { hasText: 'The sources give no publication date: may be out of date' }).count();
  assertEq(undated, ds.offices.filter((o) => !o.published).length, 'offices without a publication date say so');
  for (const href of await page.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    assert(/^tel:\+\d{8,15}$/.test(href), `tel link ${href}`);
  }
  for (const href of await page.locator('a[href^="mailto:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    assert(/^mailto:[^@\s]+@[^@\s]+\.[a-z]+$/i.test(href), `mailto link ${href}`);
  }
  await page.locator('#filter-country').selectOption('KG');
  await page.waitForURL(/country=KG/);
  const kg = ds.offices.filter((o) => o.country === 'KG').length;
  assertEq(await page.locator('.contact-card').count(), kg, 'country filter');
  await page.reload();
  await ready(page);
  assertEq(await page.locator('.contact-card').count(), kg, 'filter survives reload');
  await page.locator('#filter-text').fill('delegation');
  await page.waitForFunction(() => document.querySelectorAll('.contact-card').length === 1);
  const card = page.locator('.contact-card').first();
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: /vCard/ }).click()]);
  const vcf = readFileSync(await download.path(), 'utf8');
  for (const line of ['BEGIN:VCARD', 'VERSION:4.0', 'TEL;VALUE=uri;TYPE="work,voice":tel:+996312261000', 'EMAIL;TYPE=work:delegation-kyrgyzstan@eeas.europa.eu', 'END:VCARD']) {
    assert(vcf.includes(line), `vCard has ${line}`);
  }
  assert(/\r\nFN:Delegation of the European Union to the Kyrgyz Republic\r\n/.test(vcf.replace(/\r\n /g, '')), 'FN');
  await page.goto(at('/contacts'));
  await ready(page);
  await page.locator('g.country[aria-label*="Tajikistan"]').click();
  await page.waitForURL(/country=TJ/);
  assertEq(await page.locator('.contact-card').count(), ds.offices.filter((o) => o.country === 'TJ').length, 'map click filters');
  await context.close();
});

test('every download on /sources is a file the site serves, of its kind', async () => {
  const { context, page } = await visit('/sources');
  const links = await page.locator('.download-list a[download]').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('download')]));
  assertEq(links.length, 2 + 6 + 1 + 1, 'dataset, schema, six tables (people too), IATI, the data package');
  for (const [href, name] of links) {
    assert(href.endsWith('/data/' + name), `${href} downloads as ${name}`);
    const res = await page.request.get(new URL(href, page.url()).href);
    assertEq(res.status(), 200, href);
    const type = res.headers()['content-type'];
    const body = await res.text();
    if (name.endsWith('.csv')) {
      assert(type.startsWith('text/csv'), `${href}: ${type}`);
      assert(/^\ufeff[a-z_]+,[a-z_,]+\r\n/.test(body) && body.endsWith('\r\n'), `${href}: a CSV table with its header`);
    } else if (name.endsWith('.xml')) {
      assert(type.startsWith('application/xml'), `${href}: ${type}`);
      assertEq(body.match(/<iati-activity /g)?.length, 1 + ds.phases.filter((p) => p.planned_start || p.actual_start || p.planned_end || p.actual_end).length, `${href}: the programme and its dated phases`);
    } else {
      assert(type.startsWith('application/json'), `${href}: ${type}`);
      JSON.parse(body);
    }
  }
  await context.close();
});

test('Russian pages have no English UI text; switching keeps the page and its state', async () => {
  const en = readFileSync('src/core/i18n/en.rs', 'utf8');
  const ru = readFileSync('src/core/i18n/ru.rs', 'utf8');
  const strings = (src) => [...src.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]);
  const ruSet = new Set(strings(ru));
  // English catalogue strings long enough to be telling, minus those shared with Russian (names).
  const english = strings(en).filter((s) => s.length > 8 && !ruSet.has(s) && !s.includes('{'));
  const { context, page } = await openPage(browser);
  for (const route of routes().filter((r) => r.startsWith('/ru'))) {
    await page.goto(at(route));
    await ready(page);
    // Text marked as another language (an organisation's English name beside its Russian one,
    // the language switcher's "English") is not UI text.
    const text = await page.evaluate(() => {
      const other = [...document.body.querySelectorAll('[lang]:not([lang=ru])')];
      for (const e of other) e.style.display = 'none';
      const visible = document.body.innerText;
      for (const e of other) e.style.display = '';
      return visible;
    });
    const found = english.filter((s) => text.includes(s));
    assertEq(found, [], `${route} shows English UI text`);
    assertEq(await page.evaluate(() => document.documentElement.lang), 'ru', `${route} <html lang>`);
  }
  await page.goto(at('/compare?phases=8,9'));
  await ready(page);
  const loaded = [];
  page.on('request', (r) => { if (r.url().includes('/data/')) loaded.push(new URL(r.url()).pathname); });
  await page.locator('.lang-switch a[hreflang=ru]').click();
  await page.waitForURL(/\/ru\/compare\?phases=8,9$/);
  // The Russian page, loaded from the server (it carries the Russian interface texts), which the
  // app then takes over with the Russian copy of the dataset: the table is in Russian.
  await ready(page);
  assertEq((await page.locator('main h1').innerText()).trim(), 'Сравнение фаз', 'the Russian page');
  assert((await textOf(page.locator('table.compare-table'))).includes('Государственная пограничная охрана Латвийской Республики'), 'the data in Russian');
  assertEq(loaded, ['/data/bomca.ru.bin'], 'switching language loads that language\'s copy, once');
  assertEq(await page.evaluate(() => document.documentElement.lang), 'ru', 'lang follows');
  await context.close();
  // A /ru deep link opens in Russian, and the choice is remembered for the entry page.
  const fresh = await openPage(browser);
  await fresh.page.goto(at('/ru/phases/10'));
  await ready(fresh.page);
  assertEq((await fresh.page.locator('main h1').innerText()).trim(), 'БОМКА 10', 'Russian deep link');
  await fresh.page.goto(at('/'));
  await fresh.page.waitForURL(/\/ru\/$/);
  await fresh.context.close();
});

test('a visitor whose browser prefers Russian lands on the Russian overview', async () => {
  const { context, page } = await openPage(browser, { locale: 'ru-RU' });
  await page.goto(at('/'));
  await page.waitForURL(/\/ru\/$/);
  await ready(page);
  assertEq((await page.locator('main h1').innerText()).trim(), 'Программа управления границами в Центральной Азии', 'Russian overview');
  await context.close();
});

test('typing-to-results on a dataset 100 times larger (goal 16 ms per keystroke, regression gate 80 ms)', async () => {
  const big = { ...structuredClone(ds), components: times(ds.components, 100) };
  const body = appCopy(big, 'en');
  const { context, page } = await openPage(browser, { width: 360, height: 800 });
  await page.route('**/data/bomca.en.bin', (route) => route.fulfill(copyResponse(body)));
  await page.goto(at('/components'));
  await ready(page);
  const { median, max } = await typingToResults(page, 'component-search', 'trade');
  const marks = await page.locator('.results mark').count();
  assert(marks > 0, 'results rendered with highlights');
  console.log(`       typing-to-results on ${big.components.length} components: median ${median.toFixed(1)} ms, max ${max.toFixed(1)} ms`);
  // The goal is 16 ms (one frame); measured figures are reported above. The gate guards against
  // regressions until the goal is met (see the issue note).
  assert(median < 80, `typing median ${median.toFixed(1)} ms`);
  await context.close();
});

await run('app');
await browser.close();
server.close();
