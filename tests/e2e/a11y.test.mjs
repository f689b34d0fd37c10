// Accessibility gates: axe-core (WCAG 2.1 A and AA) on every kind of page, in both languages, at
// 360 px and 1280 px, in light and dark; a keyboard-only walk through the main flows with visible
// focus; reduced motion respected.
import { readFileSync } from 'node:fs';
import { launch, serveDist, openPage, ready, assert, assertEq, test, run } from './lib.mjs';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const browser = await launch();
const { server, url } = await serveDist();
const at = (path) => url.replace(/\/$/, '') + path;
const PAGES = ['/', '/phases', '/phases/9', '/phases/3', '/compare', '/components', '/components/bomca-10-c4', '/contacts', '/countries', '/countries/kg', '/countries/tj', '/events', '/events/ev-2002-designed', '/organisations', '/organisations/org-icmpd', '/sources', '/search?q=bishkek', '/search?q=zzzqqq', '/no-such-page'];

/** Runs axe in the page (through the driver, so the page's CSP does not apply) and returns violations. */
async function axe(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

for (const [width, scheme] of [[360, 'light'], [1280, 'light'], [360, 'dark'], [1280, 'dark']]) {
  test(`axe: no violations at ${width} px, ${scheme} theme, English and Russian`, async () => {
    const { context, page } = await openPage(browser, { width, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    const found = [];
    for (const prefix of ['', '/ru']) {
      for (const path of PAGES) {
        await page.goto(at(prefix + path));
        await ready(page);
        for (const v of await axe(page)) found.push(`${prefix + path}: ${v}`);
      }
    }
    assertEq(found, [], 'axe violations');
    await context.close();
  });
}

for (const width of [360, 1280]) {
  test(`axe: no violations with the header search's results open at ${width} px, English and Russian`, async () => {
    const { context, page } = await openPage(browser, { width, height: 800 });
    const found = [];
    for (const [path, q] of [['/', 'bishkek'], ['/ru/phases/9', 'ICMPD'], ['/events', 'zzzqqq']]) {
      await page.goto(at(path));
      await ready(page);
      if (!(await page.locator('#site-search').isVisible())) await page.locator('.search-toggle').click();
      await page.locator('#site-search').fill(q);
      await page.waitForFunction(() => document.getElementById('site-search').getAttribute('aria-expanded') === 'true');
      await page.keyboard.press('ArrowDown');
      for (const v of await axe(page)) found.push(`${path} "${q}": ${v}`);
    }
    assertEq(found, [], 'axe violations');
    await context.close();
  });
}

/** Presses Tab until the focused element matches `predicate` (at most `max` times). */
async function tabTo(page, predicate, max = 150, key = 'Tab') {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const hit = await page.evaluate(predicate);
    if (hit) return;
  }
  throw new Error(`never reached by Tab: ${predicate}`);
}

async function focusVisible(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const s = getComputedStyle(el);
    return el !== document.body && (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0);
  });
}

test('keyboard only: skip link, navigate, compare, filter, open a contact, switch language', async () => {
  const { context, page } = await openPage(browser, { width: 360, height: 800 });
  await page.goto(at('/'));
  await ready(page);
  await page.keyboard.press('Tab');
  assertEq(await page.evaluate(() => document.activeElement.className), 'skip-link', 'first Tab reaches the skip link');
  assert(await focusVisible(page), 'skip link focus is visible');
  await page.keyboard.press('Enter');
  assertEq(await page.evaluate(() => document.activeElement.id), 'main', 'skip link moves focus to the content');

  await tabTo(page, () => document.activeElement.matches('.site-nav a[href$="/compare"]'));
  assert(await focusVisible(page), 'nav link focus is visible');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/compare/);
  await tabTo(page, () => document.activeElement.matches('.picker input[type=checkbox]'));
  assert(await focusVisible(page), 'checkbox focus is visible');
  await page.keyboard.press('Space');
  await page.waitForURL(/phases=1%2C9%2C10%2C11|phases=1,9,10,11/);

  await page.goto(at('/components'));
  await ready(page);
  await tabTo(page, () => document.activeElement.id === 'component-search');
  await page.keyboard.type('trade');
  await page.waitForURL(/q=trade/);
  await tabTo(page, () => document.activeElement.matches('.facet input'));
  await page.keyboard.press('Space');
  await page.waitForURL(/theme=|phase=|partner=|country=/);

  await page.goto(at('/contacts'));
  await ready(page);
  // Past the cards, each with its country's link since issue 20.
  await tabTo(page, () => document.activeElement.matches('g.country'), 100);
  assert(await focusVisible(page), 'map country focus is visible');
  await page.keyboard.press('Enter');
  await page.waitForURL(/country=/);
  // The list comes before the map: back to it with Shift+Tab.
  await tabTo(page, () => document.activeElement.matches('.contact-card a[href^="mailto:"], .contact-card a[href^="tel:"], .contact-card button'), 60, 'Shift+Tab');
  assert(await focusVisible(page), 'contact control focus is visible');

  await tabTo(page, () => document.activeElement.matches('.lang-switch a[hreflang=ru]'), 200);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/ru\/contacts/);
  await context.close();
});

test('reduced motion: no animation or smooth scrolling', async () => {
  const { context, page } = await openPage(browser);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(at('/'));
  await ready(page);
  assertEq(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), 'auto', 'scroll behaviour');
  await context.close();
});

await run('a11y');
await browser.close();
server.close();
