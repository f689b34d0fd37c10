// The events explorer (/events, /events/:id, the Atom feeds) and the organisations directory
// (/organisations, /organisations/:id) in headless Chromium against the built dist/: facet counts
// match the dataset, a shared filter URL restores its view after a reload, hostile values are shown
// as text, every event and organisation page opens directly with JavaScript on and off, the feeds
// parse with one entry per event, and a visitor reaches an event or organisation in one tap from
// where it is named. Typing in the events search on 100 times the events stays within the
// components explorer's gate.
import { launch, serveDist, openPage, ready, assert, assertEq, dataset, routes, sweep, times, test, run, textOf, appCopy, copyResponse, typingToResults } from './lib.mjs';

const browser = await launch();
const { server, url } = await serveDist();
const ds = dataset();
const at = (path) => url.replace(/\/$/, '') + path;
const text = (t, lang) => t?.[lang] ?? t?.en;
// "8,200 events", "8 200 мероприятий": the first number, its group separators dropped.
const count = async (page) => Number((await page.locator('#results-count').innerText()).match(/\d[\d\s,\u00a0\u202f]*/)[0].replace(/\D/g, ''));
const facetCount = async (page, key, value) => Number(await page.locator(`input[name=${key}][value="${value}"] ~ .count`).innerText());

test('/events lists every event, newest first, with facet counts that match the dataset', async () => {
  const { context, page } = await openPage(browser, { width: 360, height: 800 });
  await page.goto(at('/events'));
  await ready(page);
  assertEq(await count(page), ds.events.length, 'the count');
  // The first page of results, grouped by year, newest first.
  const dates = await page.locator('main .events > li > time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  assertEq(dates, [...dates].sort().reverse(), 'newest first');
  assertEq(dates.length, Math.min(50, ds.events.length), 'a page of 50');
  for (const code of ['KG', 'TJ', 'KZ']) {
    assertEq(await facetCount(page, 'country', code), ds.events.filter((e) => e.country === code).length, `country ${code}`);
  }
  const kinds = [...new Set(ds.events.map((e) => e.kind))];
  for (const kind of kinds) assertEq(await facetCount(page, 'kind', kind), ds.events.filter((e) => e.kind === kind).length, `kind ${kind}`);
  // Ticking a facet narrows the list, and the other facets count within it.
  await page.locator('input[name=country][value=TJ]').check();
  await page.waitForURL(/country=TJ/);
  const tj = ds.events.filter((e) => e.country === 'TJ');
  assertEq(await count(page), tj.length, 'TJ events');
  const handovers = tj.filter((e) => e.kind === 'handover').length;
  if (kinds.includes('handover')) assertEq(await facetCount(page, 'kind', 'handover'), handovers, 'handovers in TJ');
  // The strip has a bar per year from 2002, and a year opens the filtered explorer.
  const years = await page.locator('.strip .timeline-row').count();
  assertEq(years, new Set(ds.events.map((e) => e.date.slice(0, 4))).size, 'a link per year with events');
  assertEq(page.problems, [], 'console errors');
  await context.close();
});

test('a shared filter URL restores the view after a reload, in both languages', async () => {
  const { context, page } = await openPage(browser);
  for (const prefix of ['', '/ru']) {
    const lang = prefix ? 'ru' : 'en';
    const word = lang === 'ru' ? 'границ' : 'border';
    await page.goto(at(`${prefix}/events?country=KG,TJ&q=${encodeURIComponent(word)}`));
    await ready(page);
    const want = ds.events.filter((e) => ['KG', 'TJ'].includes(e.country)
      && [e.title, e.place, e.summary].some((t) => (text(t, lang) ?? '').toLowerCase().includes(word))).length;
    assertEq(await count(page), want, `${lang}: the filtered count`);
    await page.reload();
    await ready(page);
    assertEq(await count(page), want, `${lang}: after a reload`);
    assertEq(await page.locator('#event-search').inputValue(), word, `${lang}: the search field`);
    assert(await page.locator('input[name=country][value=KG]').isChecked(), `${lang}: KG ticked`);
  }
  await context.close();
});

test('hostile query values are shown as text and ignored with a note', async () => {
  const { context, page } = await openPage(browser);
  const evil = '<img src=x onerror=alert(1)>';
  for (const path of ['/events', '/organisations']) {
    await page.goto(at(`${path}?country=${encodeURIComponent(evil)}&kind=nonsense&q=${encodeURIComponent(evil)}`));
    await ready(page);
    const note = await textOf(page.locator('main .notice'));
    assert(note.includes('<img src=x onerror=alert(1)>'.slice(0, 40)) && note.includes('nonsense'), `${path}: note "${note}"`);
    assertEq(await page.locator('main img').count(), 0, `${path}: no injected element`);
    assertEq(await count(page), 0, `${path}: the text matches nothing`);
    assert((await textOf(page.locator('main .empty'))).length > 10, `${path}: says nothing matches`);
  }
  assertEq(page.problems, [], 'no dialog, no error');
  await context.close();
});

test('every event and organisation page opens directly, with JavaScript on and off', async () => {
  const all = routes().filter((r) => /^(\/ru)?\/(events|organisations)\/[^/]+$/.test(r));
  assertEq(all.length, 2 * (ds.events.length + ds.organisations.length), 'pre-rendered in both languages');
  for (const javaScriptEnabled of [false, true]) {
    // With the app, a sample (every fifth page); without it, every page's HTML.
    const seen = await sweep(browser, javaScriptEnabled ? all.filter((_, i) => i % 5 === 0) : all, async (page, route) => {
      await page.goto(at(route));
      if (javaScriptEnabled) await ready(page);
      return {
        route,
        h1: (await page.locator('main h1').innerText()).trim(),
        sources: await page.locator('main .source-notes li').count(),
        problems: page.problems.splice(0),
      };
    }, { javaScriptEnabled, width: 360, height: 800 });
    for (const { route, h1, sources } of seen) {
      const lang = route.startsWith('/ru/') ? 'ru' : 'en';
      const id = route.split('/').pop();
      const record = route.includes('/events/') ? ds.events.find((e) => e.id === id) : ds.organisations.find((o) => o.id === id);
      assertEq(h1, text(record.title ?? record.name, lang), `${route}: heading`);
      assert(sources > 0, `${route}: cites its sources`);
    }
    assertEq(seen.flatMap(({ route, problems }) => problems.map((p) => `${route}: ${p}`)), [], 'console errors');
  }
});

test('an event page gives its date, place, country, phase, the organisations it names, and its neighbours', async () => {
  const { context, page } = await openPage(browser);
  const event = ds.events.find((e) => e.country === 'TJ' && e.phase);
  await page.goto(at(`/events/${event.id}`));
  await ready(page);
  const main = await textOf(page.locator('main'));
  assert(main.includes('Tajikistan'), 'country');
  assert(await page.locator(`main dd a[href$="/phases/${event.phase}"]`).count() === 1, 'phase linked');
  assert(await page.locator('main dd a[href$="/countries/tj"]').count() === 1, 'country linked');
  assert(await page.locator('nav.pager a[rel=prev], nav.pager a[rel=next]').count() >= 1, 'neighbours');
  // An event that names ICMPD links to its page.
  const named = ds.events.find((e) => /ICMPD/.test(text(e.title, 'en') + ' ' + (text(e.summary, 'en') ?? '')));
  await page.goto(at(`/events/${named.id}`));
  await ready(page);
  await page.locator('section[aria-labelledby=named-h] a[href$="/organisations/org-icmpd"]').click();
  await page.waitForURL(/\/organisations\/org-icmpd$/);
  assertEq((await page.locator('main h1').innerText()).trim(), 'International Centre for Migration Policy Development', 'ICMPD page');
  await context.close();
});

test('unknown event and organisation ids show the not-found page', async () => {
  const { context, page } = await openPage(browser);
  for (const path of ['/events/no-such-event', '/organisations/%3Cscript%3E', '/ru/events/x']) {
    await page.goto(at(path));
    await ready(page);
    const h1 = (await page.locator('main h1').innerText()).trim();
    assert(['Page not found', 'Страница не найдена'].includes(h1), `${path}: "${h1}"`);
  }
  await context.close();
});

test('the organisations directory: kinds, the role matrix and an organisation page', async () => {
  const { context, page } = await openPage(browser, { width: 360, height: 800 });
  await page.goto(at('/organisations'));
  await ready(page);
  assertEq(await count(page), ds.organisations.length, 'every organisation');
  for (const kind of new Set(ds.organisations.map((o) => o.kind))) {
    assertEq(await facetCount(page, 'kind', kind), ds.organisations.filter((o) => o.kind === kind).length, `kind ${kind}`);
  }
  // The State Border Guard of Latvia leads phase 9: its row's BOMCA 9 cell says so.
  const headers = await page.locator('section[aria-labelledby=roles-h] thead th').allInnerTexts();
  const column = headers.findIndex((h) => h.trim() === 'BOMCA 9');
  const row = page.locator('section[aria-labelledby=roles-h] tbody tr', { has: page.locator('a[href$="/organisations/org-sbg-lv"]') });
  assertEq((await row.locator('td').nth(column).innerText()).trim().toLowerCase(), 'lead', 'Latvia leads BOMCA 9');
  // The first column stays in view when the matrix scrolls on a phone.
  assertEq(await row.locator('th').evaluate((th) => getComputedStyle(th).position), 'sticky', 'sticky first column');
  await page.locator('input[name=kind][value=beneficiary_agency]').check();
  await page.waitForURL(/kind=beneficiary_agency/);
  assertEq(await count(page), ds.organisations.filter((o) => o.kind === 'beneficiary_agency').length, 'beneficiary agencies');
  await page.goto(at('/ru/organisations/org-sbg-lv'));
  await ready(page);
  const main = await textOf(page.locator('main'));
  const org = ds.organisations.find((o) => o.id === 'org-sbg-lv');
  assert(main.includes(org.name.en) && main.includes(org.name.ru), 'both names');
  assert(await page.locator('main a[href$="/ru/phases/9"]').count() > 0, 'its phases linked');
  await context.close();
});

test('from a phase, a component and a country page, an event or organisation is one tap away', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(at('/phases/9'));
  await ready(page);
  await page.locator('section[aria-labelledby=who-h] a[href$="/organisations/org-sbg-lv"]').first().click();
  await page.waitForURL(/\/organisations\/org-sbg-lv$/);
  const partnered = ds.components.find((c) => c.responsible_partner);
  await page.goto(at(`/components/${partnered.id}`));
  await ready(page);
  assertEq(await page.locator(`main dd a[href$="/organisations/${partnered.responsible_partner}"]`).count(), 1, 'component partner linked');
  await page.goto(at('/countries/tj'));
  await ready(page);
  const first = page.locator('section[aria-labelledby=events-h] li a[href*="/events/"]').first();
  const href = await first.getAttribute('href');
  await first.click();
  await page.waitForURL((u) => u.pathname.endsWith(href.split('/').pop()));
  assert((await page.locator('main h1').innerText()).trim().length > 5, 'the event page');
  await context.close();
});

test('the Atom feeds parse, have one entry per event and absolute links, and are announced', async () => {
  const { context, page } = await openPage(browser);
  for (const prefix of ['', '/ru']) {
    const res = await page.request.get(at(`${prefix}/events.atom`));
    assert(res.ok(), `${prefix}/events.atom: ${res.status()}`);
    assert(res.headers()['content-type'].startsWith('application/atom+xml'), `type ${res.headers()['content-type']}`);
    const xml = await res.text();
    await page.goto(at('/robots.txt'));
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror').textContent };
      const ns = 'http://www.w3.org/2005/Atom';
      const entries = [...doc.getElementsByTagNameNS(ns, 'entry')];
      return {
        root: doc.documentElement.namespaceURI,
        entries: entries.length,
        links: entries.map((e) => e.getElementsByTagNameNS(ns, 'link')[0].getAttribute('href')),
        ids: entries.map((e) => e.getElementsByTagNameNS(ns, 'id')[0].textContent),
        complete: entries.every((e) => ['title', 'updated', 'summary'].every((n) => e.getElementsByTagNameNS(ns, n)[0]?.textContent)),
      };
    }, xml);
    assert(!parsed.error, `${prefix}: ${parsed.error}`);
    assertEq(parsed.root, 'http://www.w3.org/2005/Atom', 'an Atom feed');
    assertEq(parsed.entries, ds.events.length, `${prefix}: one entry per event`);
    assert(parsed.complete, `${prefix}: every entry has a title, a date and a summary`);
    assert(parsed.links.every((l, i) => /^https:\/\/[^/]+\//.test(l) && l.endsWith(`${prefix}/events/${l.split('/').pop()}`) && l === parsed.ids[i]), `${prefix}: absolute permanent links`);
    await page.goto(at(`${prefix}/events`));
    assertEq(await page.locator('head link[rel=alternate][type="application/atom+xml"]').count(), 1, `${prefix}/events announces its feed`);
  }
  await context.close();
});

test('typing changes the facet counts in place: the boxes stay the same elements', async () => {
  const { context, page } = await openPage(browser, { width: 360, height: 800 });
  await page.goto(at('/events'));
  await ready(page);
  const before = await page.evaluate(() => {
    window.boxes = [...document.querySelectorAll('.facet label')];
    return window.boxes.map((b) => b.textContent);
  });
  await page.locator('#event-search').fill('handover');
  await page.waitForFunction((n) => document.querySelector('.facet label').textContent !== n, before[0]);
  const after = await page.evaluate(() => ({ kept: window.boxes.every((b) => b.isConnected), texts: window.boxes.map((b) => b.textContent) }));
  assert(after.kept, 'every box is still in the page');
  assert(after.texts.some((t, i) => t !== before[i]), 'the counts followed the words');
  assert(await page.locator('.facet label.zero').count() > 0, 'values the words rule out show a zero');
  await context.close();
});
test('typing in the events search on 100 times the events stays within the components gate (80 ms)', async () => {
  const big = structuredClone(ds);
  big.events = times(ds.events, 100).map((e) => ({ ...e, title: { en: text(e.title, 'en') }, place: e.place && { en: text(e.place, 'en') }, summary: e.summary && { en: text(e.summary, 'en') } }));
  const body = appCopy(big, 'en');
  const { context, page } = await openPage(browser, { width: 360, height: 800 });
  await page.route('**/data/bomca.en.bin', (route) => route.fulfill(copyResponse(body)));
  await page.goto(at('/events'));
  await ready(page);
  assertEq(await count(page), big.events.length, 'the large list');
  const { median, max } = await typingToResults(page, 'event-search', 'handover');
  console.log(`       typing-to-results on ${big.events.length} events: median ${median.toFixed(1)} ms, max ${max.toFixed(1)} ms`);
  assert(median < 80, `typing median ${median.toFixed(1)} ms`);
  await context.close();
});

await run('explorers');
await browser.close();
server.close();
