// The country pages (/countries, /countries/:code) in headless Chromium against the built dist/: each
// of the five shows its offices' cities and every event the dataset places in it, from a direct link,
// with JavaScript off and in Russian; unknown or mangled codes show not-found; every country mention
// on the overview and the contacts page links to the country's page; the map leads to the pages.
import { readFileSync } from 'node:fs';
import { launch, serveDist, openPage, ready, assert, assertEq, dataset, routes, test, run, textOf } from './lib.mjs';

const browser = await launch();
const { server, url } = await serveDist();
const ds = dataset();
const at = (path) => url.replace(/\/$/, '') + path;
const CODES = ['kz', 'kg', 'tj', 'tm', 'uz'];
const NAMES = {
  en: { KZ: 'Kazakhstan', KG: 'Kyrgyzstan', TJ: 'Tajikistan', TM: 'Turkmenistan', UZ: 'Uzbekistan' },
  ru: { KZ: 'Казахстан', KG: 'Кыргызстан', TJ: 'Таджикистан', TM: 'Туркменистан', UZ: 'Узбекистан' },
};
const text = (t, lang) => t?.[lang] ?? t?.en;

assertEq(ds.programme.countries.value, CODES.map((c) => c.toUpperCase()), 'the five countries, in the pages order');

/** What the page must show for a country: its offices' cities and the number of its events. */
function expected(code, lang) {
  const upper = code.toUpperCase();
  const offices = ds.offices.filter((o) => o.country === upper);
  return {
    cities: [...new Set(offices.map((o) => text(o.city, lang)).filter(Boolean))],
    offices: offices.length,
    events: ds.events.filter((e) => e.country === upper).length,
    titles: ds.events.filter((e) => e.country === upper).map((e) => text(e.title, lang)),
  };
}

async function checkCountry(page, code, lang) {
  const prefix = lang === 'ru' ? '/ru' : '';
  const want = expected(code, lang);
  const h1 = (await page.locator('main h1').innerText()).trim();
  assert(h1.includes(lang === 'ru' ? 'БОМКА' : 'BOMCA') && h1.length > 6, `${prefix}/countries/${code}: heading "${h1}"`);
  const main = await textOf(page.locator('main'));
  for (const city of want.cities) assert(main.includes(city), `${prefix}/countries/${code}: city ${city} missing`);
  assert(want.events > 0 && want.offices > 0, `${code}: the dataset has events and offices`);
  assertEq(await page.locator('section[aria-labelledby=events-h] ol.events > li').count(), want.events, `${prefix}/countries/${code}: events`);
  assertEq(await page.locator('section[aria-labelledby=offices-h] .contact-card').count(), want.offices, `${prefix}/countries/${code}: offices`);
  const events = await textOf(page.locator('section[aria-labelledby=events-h]'));
  for (const title of want.titles) assert(events.includes(title), `${prefix}/countries/${code}: event "${title}" missing`);
  // Newest first: the dates of the list descend.
  const dates = await page.locator('section[aria-labelledby=events-h] ol.events > li > time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  assertEq(dates, [...dates].sort().reverse(), `${prefix}/countries/${code}: events newest first`);
  // Every event line cites a source.
  assertEq(await page.locator('section[aria-labelledby=events-h] ol.events > li:not(:has(a.cite))').count(), 0, `${code}: uncited events`);
  // The page's own country is the highlighted one on the map.
  const active = await page.locator('.map .country.active a').evaluateAll((as) => as.map((a) => a.getAttribute('aria-current')));
  assertEq(active, ['page'], `${prefix}/countries/${code}: one country highlighted`);
}

for (const lang of ['en', 'ru']) {
  for (const javaScriptEnabled of [true, false]) {
    test(`each country page shows its offices' cities and events (${lang}, JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const { context, page } = await openPage(browser, { javaScriptEnabled, width: 360, height: 800 });
      for (const code of CODES) {
        await page.goto(at(`${lang === 'ru' ? '/ru' : ''}/countries/${code}`));
        if (javaScriptEnabled) await ready(page);
        await checkCountry(page, code, lang);
      }
      assertEq(page.problems, [], 'console errors');
      await context.close();
    });
  }
}

test('Turkmenistan and Uzbekistan take part since 2004, cited; the others say the sources are silent', async () => {
  const { context, page } = await openPage(browser, { javaScriptEnabled: false });
  await page.goto(at('/countries'));
  const cards = page.locator('.country-card');
  assertEq(await cards.count(), 5, 'five cards');
  for (const [i, code] of CODES.entries()) {
    const card = await textOf(cards.nth(i));
    assert(card.includes(NAMES.en[code.toUpperCase()]), `card ${i} is ${code}`);
    if (code === 'tm' || code === 'uz') assert(/Takes part since\s+2004/.test(card), `${code}: since 2004: ${card}`);
    else assert(card.includes('not published in the sources'), `${code}: no start year: ${card}`);
    const want = expected(code, 'en');
    assert(card.includes(`${want.events} event`), `${code}: ${want.events} events on the card`);
  }
  await page.goto(at('/ru/countries/tj'));
  assertEq((await page.locator('main h1').innerText()).trim(), 'БОМКА в Таджикистане', 'Russian heading');
  // textContent: the sections lower down skip rendering until scrolled to (content-visibility).
  const tj = (await page.locator('main').textContent()).replace(/\u00a0/g, ' ');
  for (const word of ['Участвует с', 'в источниках не опубликовано', 'Душанбе', 'Мероприятия в стране', 'Национальные ведомства', 'Источники']) {
    assert(tj.includes(word), `/ru/countries/tj: "${word}" missing`);
  }
  // A section the sources are silent on says so in one line (no quote from Tajikistan).
  assert(tj.includes('Источники не публикуют цитат из этой страны.'), 'silent section says so');
  await context.close();
});

test('unknown and mangled country codes show the not-found page', async () => {
  const { context, page } = await openPage(browser);
  for (const path of ['/countries/xx', '/countries/KG', '/countries/Kg', '/countries/at', '/countries/<script>alert(1)</script>', '/ru/countries/xx', '/countries/kgz']) {
    await page.goto(at(path));
    await ready(page);
    const h1 = (await page.locator('main h1').innerText()).trim();
    assert(h1 === 'Page not found' || h1 === 'Страница не найдена', `${path}: got "${h1}"`);
    assertEq(await page.locator('main script').count(), 0, `${path}: no script in the page`);
  }
  assertEq(page.problems, [], 'no console errors and no dialog');
  await context.close();
});

/** Runs in the page: each text that names one of the five countries but has no link to its page
 * in its line (list item, card, paragraph). Quotes are the speakers' words and stay as they are; the
 * notes on disagreeing sources name their publishers ("the Tajik MFA"), not where BOMCA worked. */
function unlinkedMentions(names) {
  const found = [];
  const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (el.closest('blockquote, select, svg, .visually-hidden, title, .alternatives')) continue;
    for (const [code, name] of Object.entries(names)) {
      if (!node.textContent.includes(name)) continue;
      const href = `/countries/${code.toLowerCase()}`;
      const link = el.closest('a');
      if (link && link.getAttribute('href').endsWith(href)) continue;
      const line = el.closest('.stat') ?? el.closest('li, article, p, dd, figcaption');
      const linked = line && [...line.querySelectorAll('a')].some((a) => a.getAttribute('href').endsWith(href));
      if (!linked) found.push(`${name} in "${node.textContent.trim().slice(0, 60)}"`);
    }
  }
  return found;
}

test('every country mention on the overview and the contacts page links to its page', async () => {
  const { context, page } = await openPage(browser);
  for (const lang of ['en', 'ru']) {
    for (const path of ['/', '/contacts']) {
      const full = (lang === 'ru' ? '/ru' : '') + path;
      await page.goto(at(full));
      await ready(page);
      assertEq(await page.evaluate(unlinkedMentions, NAMES[lang]), [], `${full}: country names without a link`);
      const links = await page.locator('main a[href*="/countries/"]').count();
      assert(links >= (path === '/' ? 5 : 15), `${full}: only ${links} country links`);
    }
    // The contacts map links to each of the five pages.
    const mapLinks = await page.locator('.map a[href*="/countries/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href').split('/').pop()));
    assertEq(mapLinks, CODES, `${lang}: contacts map links`);
  }
  // Phase pages' country lists, event places and organisation lines link too.
  await page.goto(at('/phases/9'));
  await ready(page);
  assertEq(await page.locator('main .fact-value a[href$="/countries/kg"]').count(), 1, 'BOMCA 9 countries link Kyrgyzstan');
  assert(await page.locator('ol.events a[href$="/countries/kg"]').count() >= 5, 'BOMCA 9 events link their country');
  await context.close();
});

test('the map and cards lead to the country pages', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(at('/countries'));
  await ready(page);
  // The map's countries are SVG links, which the browser follows to the pre-rendered page.
  await page.locator('.map .country a[href$="/countries/kg"]').click();
  await page.waitForURL(/\/countries\/kg$/);
  await ready(page);
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent.includes('Kyrgyzstan'));
  await checkCountry(page, 'kg', 'en');
  await page.locator('.breadcrumb a').click();
  await page.waitForURL(/\/countries$/);
  await page.locator('.country-card a[href$="/countries/uz"]').click();
  await page.waitForURL(/\/countries\/uz$/);
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent.includes('Uzbekistan'));
  await checkCountry(page, 'uz', 'en');
  assertEq(page.problems, [], 'console errors');
  await context.close();
});

test('every country page is pre-rendered in both languages and in the sitemap', async () => {
  const all = routes();
  const sitemap = readFileSync('dist/sitemap.xml', 'utf8');
  for (const prefix of ['', '/ru']) {
    for (const path of ['/countries', ...CODES.map((c) => `/countries/${c}`)]) {
      assert(all.includes(prefix + path), `routes.txt lacks ${prefix + path}`);
      assert(sitemap.includes(`${prefix + path}</loc>`) || sitemap.includes(`${prefix + path}/</loc>`), `sitemap lacks ${prefix + path}`);
    }
  }
});

await run('countries');
await browser.close();
server.close();
