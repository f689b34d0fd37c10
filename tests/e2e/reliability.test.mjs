// A pre-rendered page whose dataset request fails, is corrupt or slow, in headless Chromium against
// dist/: the page stays readable under a notice that says what is off, its controls are disabled
// until the app has the data, Retry and the browser coming back online recover, and links still
// open their pages.
import { launch, serveDist, openPage, ready, assert, assertEq, test, run } from './lib.mjs';

const browser = await launch();
const { server, url } = await serveDist();
const at = (path) => url.replace(/\/$/, '') + path;
const SEARCH = 'main input[type=search]';

/** Opens `path` with its dataset copy answered by `answer` while `state.fail`. */
async function failing(path, answer, copy = 'en') {
  const { context, page } = await openPage(browser);
  const state = { fail: true };
  await page.route(`**/data/bomca.${copy}.bin`, (route) => (state.fail ? answer(route) : route.continue()));
  await page.goto(at(path));
  await ready(page, 'error');
  return { context, page, state };
}

const failures = [
  ['HTTP 500', (route) => route.fulfill({ status: 500, body: 'server error' }), 'HTTP 500'],
  ['an aborted request', (route) => route.abort(), 'The request for the data file failed'],
  ['a corrupt data file', (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: '{"meta": ' }), 'it could not be read'],
];

for (const [what, answer, says] of failures) {
  test(`${what} on a pre-rendered page keeps the page, says what is off, and Retry recovers`, async () => {
    const { context, page, state } = await failing('/components', answer);
    const notice = await page.locator('.data-notice[role=alert]').innerText();
    assert(notice.includes('could not be loaded') && notice.includes(says), `notice: ${notice}`);
    assert(notice.includes('stay off until it loads'), 'says what does not work');
    assertEq((await page.locator('main h1').innerText()).trim(), 'Components and themes', 'the page is still there');
    assert((await page.locator('main article').count()) > 0, 'with its results');
    assert(await page.locator(SEARCH).isDisabled(), 'search is disabled, not dead');
    state.fail = false;
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Try again' }).click()]);
    await ready(page);
    assertEq(await page.locator('.data-notice').count(), 0, 'the notice is gone');
    assert(await page.locator(SEARCH).isEnabled(), 'search works again');
    const before = await page.locator('main article').count();
    await page.locator(SEARCH).fill('dog');
    await page.waitForFunction((n) => document.querySelectorAll('main article').length < n, before);
    await context.close();
  });
}

test('a failed request in Russian says so in Russian', async () => {
  const { context, page } = await failing('/ru/components', (route) => route.fulfill({ status: 500, body: '' }), 'ru');
  const notice = await page.locator('.data-notice[role=alert]').innerText();
  assert(notice.includes('Не удалось загрузить данные программы') && notice.includes('HTTP 500'), notice);
  assertEq((await page.locator('main h1').innerText()).trim(), 'Компоненты и темы', 'the page is still there');
  assert(await page.getByRole('button', { name: 'Повторить' }).isVisible(), 'Retry in Russian');
  await context.close();
});

test('while the data is unavailable a link loads its page from the server, which says so too', async () => {
  const { context, page } = await failing('/components', (route) => route.abort());
  await page.locator('.site-nav a', { hasText: 'Phases' }).click();
  await page.waitForURL(/\/phases$/);
  await ready(page, 'error');
  assertEq((await page.locator('main h1').innerText()).trim(), 'Phases of the programme', 'the next page');
  assert(await page.locator('.data-notice[role=alert]').isVisible(), 'with the notice');
  await context.close();
});

test('coming back online retries by itself', async () => {
  const { context, page, state } = await failing('/compare', (route) => route.abort());
  state.fail = false;
  await context.setOffline(true);
  await Promise.all([page.waitForEvent('load'), context.setOffline(false)]);
  await ready(page);
  assertEq(await page.locator('.data-notice').count(), 0, 'recovered without a click');
  await context.close();
});

test('a slow dataset (10 s): the page reads at once, its search takes words and its other controls wait disabled, then work', async () => {
  const { context, page } = await openPage(browser);
  await page.route('**/data/bomca.en.bin', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 10000));
    await route.continue();
  });
  const started = Date.now();
  await page.goto(at('/components'));
  await page.waitForFunction(() => document.documentElement.dataset.app === 'loading');
  assertEq((await page.locator('main h1').innerText()).trim(), 'Components and themes', 'readable while loading');
  assert(await page.locator('main input[type=checkbox]').first().isDisabled(), 'the filters wait, disabled');
  await page.locator(SEARCH).fill('dog');
  await ready(page);
  assert(Date.now() - started >= 10000, 'the data really came late');
  assertEq(await page.locator(SEARCH).inputValue(), 'dog', 'the words typed while it loaded are kept');
  await page.waitForURL(/[?&]q=dog/);
  assert(await page.locator('main input[type=checkbox]').first().isEnabled(), 'the filters work once the data is in');
  await context.close();
});

test('without JavaScript the controls stay usable as plain forms', async () => {
  const { context, page } = await openPage(browser, { javaScriptEnabled: false });
  await page.goto(at('/components'));
  assert(await page.locator(SEARCH).isEnabled(), 'search enabled');
  await context.close();
});

await run('reliability');
await browser.close();
server.close();
