// The app takes over a pre-rendered page by hydrating it: the page the visitor sees stays (the same
// nodes, no second render), and what they do before the app is ready still counts: a tap on a link
// navigates, text typed in a search box filters once the app runs.
import { launch, serveDist, openPage, ready, assert, assertEq, dataset, test, run } from './lib.mjs';

const browser = await launch();
const { server, url } = await serveDist();
const ds = dataset();
const at = (path) => url.replace(/\/$/, '') + path;

/** Holds the dataset's copy back until `release()`: the page is pre-rendered but not yet taken over. */
async function holdDataset(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/data/bomca.*.json', async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

test('hydration keeps the pre-rendered nodes: the heading is the same element before and after', async () => {
  for (const path of ['/', '/phases/9', '/components', '/ru/contacts']) {
    const { context, page } = await openPage(browser);
    const release = await holdDataset(page);
    await page.goto(at(path));
    await page.evaluate(() => { window.__h1 = document.querySelector('main h1'); });
    release();
    await ready(page);
    assert(await page.evaluate(() => window.__h1 === document.querySelector('main h1') && window.__h1.isConnected), `${path}: the heading was rendered again`);
    assertEq(page.problems, [], `${path}: console errors`);
    await context.close();
  }
});

test('a tap on a link before the app has taken over navigates to its page', async () => {
  const { context, page } = await openPage(browser);
  const release = await holdDataset(page);
  await page.goto(at('/'));
  await page.locator('.site-nav a', { hasText: 'Components' }).click();
  await page.waitForURL(/\/components$/);
  assertEq((await page.locator('main h1').innerText()).trim(), 'Components and themes', 'the components page');
  release();
  await ready(page);
  await context.close();
});

test('text typed in the search box before the app has taken over filters once it has', async () => {
  const { context, page } = await openPage(browser);
  const release = await holdDataset(page);
  await page.goto(at('/components'));
  await page.locator('#component-search').pressSequentially('trade');
  release();
  await ready(page);
  await page.waitForFunction(() => document.querySelectorAll('.results mark').length > 0, null, { timeout: 5000 });
  assertEq(await page.locator('#component-search').inputValue(), 'trade', 'the typed text stays');
  const shown = await page.locator('.results > li').count();
  assert(shown > 0 && shown < ds.components.length, `narrowed to ${shown} of ${ds.components.length}`);
  await page.waitForURL(/q=trade/);
  // And the app is live: typing on narrows further or widens again.
  await page.locator('#component-search').fill('');
  await page.waitForFunction((n) => document.querySelectorAll('.results > li').length === n, ds.components.length);
  assertEq(page.problems, [], 'console errors');
  await context.close();
});

test('a box ticked on /compare before the app has taken over is compared once it has', async () => {
  const { context, page } = await openPage(browser);
  const release = await holdDataset(page);
  await page.goto(at('/compare'));
  const box = page.locator('main form input[type=checkbox]:not(:checked):not(:disabled)').first();
  const label = (await box.locator('xpath=ancestor::label').innerText()).trim();
  await box.check();
  release();
  await ready(page);
  await page.waitForURL(/phases=/);
  assert(await page.getByLabel(label).isChecked(), `${label} stays ticked`);
  await context.close();
});

await run('takeover');
await browser.close();
server.close();
