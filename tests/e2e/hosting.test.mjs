// The built site on a static host: real headers from _headers, a sub-path deployment, the GitHub
// Pages 404 fallback, offline use through the service worker, a new deployment replacing the cached
// one, hostile query strings, pre-compressed files.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serveDist, openPage, ready, assert, assertEq, test, run, cspViolations, routes } from './lib.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { swVersion } from '../../scripts/sw-version.mjs';

const browser = await launch();
const { server, url } = await serveDist();
const at = (path) => url.replace(/\/$/, '') + path;

test('security and caching headers are sent and the pages satisfy the CSP', async () => {
  const res = await fetch(at('/phases/9'));
  const csp = res.headers.get('content-security-policy') ?? '';
  for (const part of ["default-src 'self'", "frame-ancestors 'none'", "'wasm-unsafe-eval'", "object-src 'none'"]) assert(csp.includes(part), `CSP has ${part}`);
  assert(!/script-src[^;]*'unsafe-(inline|eval)'/.test(csp), 'no unsafe-inline or unsafe-eval for scripts');
  assertEq(res.headers.get('x-content-type-options'), 'nosniff', 'nosniff');
  assert(res.headers.get('referrer-policy'), 'Referrer-Policy');
  assert(res.headers.get('permissions-policy'), 'Permissions-Policy');
  assertEq(res.headers.get('cache-control'), 'no-cache', 'pages revalidate');
  for (const data of ['bomca.json', 'bomca.en.bin', 'bomca.ru.bin']) {
    assertEq((await fetch(at('/data/' + data))).headers.get('cache-control'), 'no-cache', `${data} revalidates`);
  }
  const wasm = readdirSync('dist').find((f) => f.endsWith('_bg.wasm'));
  const w = await fetch(at('/' + wasm), { headers: { 'accept-encoding': 'br' } });
  assertEq(w.headers.get('cache-control'), 'public, max-age=31536000, immutable', 'hashed assets are immutable');
  assertEq(w.headers.get('content-encoding'), 'br', 'pre-compressed brotli served');
  assertEq((await fetch(at('/missing-file.wasm'))).status, 404, 'a missing asset is a 404, not HTML');
  const html = readFileSync('dist/index.html', 'utf8');
  // Pre-rendered pages load the app after painting, with the integrity of both files checked.
  assert(/<script type="importmap">\{"integrity":\{"\/[^"]+\.js":"sha384-/.test(html), 'script integrity');
  assert(/fetch\("\/[^"]+_bg\.wasm",\{integrity:"sha384-/.test(html), 'wasm integrity');
  const shell = readFileSync('dist/shell.html', 'utf8');
  assert(/<link rel="modulepreload"[^>]*integrity="sha384-/.test(shell), 'the client-only shell keeps the preloading loader');

  const { context, page } = await openPage(browser);
  for (const path of ['/', '/phases/9', '/compare', '/components', '/contacts', '/sources', '/ru/']) {
    await page.goto(at(path));
    await ready(page);
  }
  assertEq(await cspViolations(page), [], 'CSP violations');
  assertEq(page.problems.filter((p) => !p.includes('Service Worker registration blocked')), [], 'console errors');
  await context.close();
});

test('data/* is open to other sites (CORS), typed and cached for at most an hour; pages are not open', async () => {
  const version = JSON.parse(readFileSync('dist/data/bomca.json', 'utf8')).meta.version;
  const cases = [
    ['/data/api/index.json', 'application/json; charset=utf-8', 'public, max-age=3600, must-revalidate'],
    ['/data/api/phases/9.json', 'application/json; charset=utf-8', 'public, max-age=3600, must-revalidate'],
    ['/data/datapackage.json', 'application/json; charset=utf-8', 'public, max-age=3600, must-revalidate'],
    ['/data/bomca-phases.csv', 'text/csv; charset=utf-8', 'public, max-age=3600, must-revalidate'],
    ['/data/bomca-iati-activities.xml', 'application/xml; charset=utf-8', 'public, max-age=3600, must-revalidate'],
    ['/data/CITATION.cff', 'text/plain; charset=utf-8', 'public, max-age=3600, must-revalidate'],
    ['/data/bomca.en.bin', 'application/octet-stream', 'no-cache'],
    [`/data/v${version}/bomca.json`, 'application/json; charset=utf-8', 'public, max-age=31536000, immutable'],
    [`/data/v${version}/bomca-people.csv`, 'text/csv; charset=utf-8', 'public, max-age=31536000, immutable'],
  ];
  for (const [path, type, cache] of cases) {
    const res = await fetch(at(path));
    assertEq(res.status, 200, path);
    assertEq(res.headers.get('access-control-allow-origin'), '*', `${path} CORS`);
    assertEq(res.headers.get('content-type'), type, `${path} type`);
    assertEq(res.headers.get('cache-control'), cache, `${path} caching`);
  }
  for (const path of ['/', '/phases/9', '/sources', '/sw.js']) {
    assertEq((await fetch(at(path))).headers.get('access-control-allow-origin'), null, `${path} is not open to other sites`);
  }
});

test('every link in the static API leads to a file of dist/ or a pre-rendered page', () => {
  const root = 'https://bomca-explorer.example.org';
  const pages = new Set(routes());
  const walkDir = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walkDir(join(dir, e.name)) : [join(dir, e.name)]));
  const files = walkDir('dist/data/api').filter((f) => f.endsWith('.json'));
  assert(files.length > 100, `${files.length} API files`);
  let links = 0;
  for (const file of files) {
    const text = JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
    for (const [, link] of text.matchAll(/"(https:\/\/bomca-explorer\.example\.org[^"]*)"/g)) {
      if (link.includes('{id}')) continue;
      const path = link.slice(root.length).split('#')[0];
      assert(existsSync('dist' + path) || pages.has(path), `${file}: ${link} leads nowhere`);
      links++;
    }
  }
  assert(links > 1000, `${links} links`);
});

test('a page on another origin reads data/api/index.json with fetch()', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bomca-other-'));
  writeFileSync(join(dir, 'index.html'), '<!DOCTYPE html><html lang="en"><head><title>other site</title></head><body></body></html>');
  const other = await startServer({ dir, port: 0 });
  assert(new URL(other.url).origin !== new URL(url).origin, 'two origins');
  const { context, page } = await openPage(browser);
  await page.goto(other.url);
  const index = await page.evaluate(async (u) => (await fetch(u)).json(), at('/data/api/index.json'));
  assertEq(index.version, JSON.parse(readFileSync('dist/data/bomca.json', 'utf8')).meta.version, 'the index read across origins');
  assert(index.kinds.phases.count === 11, 'the index lists the phases');
  // Pages are not open: the same fetch of a page fails.
  const blocked = await page.evaluate(async (u) => fetch(u).then(() => false, () => true), at('/phases/9'));
  assert(blocked, 'a page is not readable from another origin');
  await context.close();
  other.server.close();
  rmSync(dir, { recursive: true });
});

test('pre-compressed .br and .gz files sit next to the wasm, scripts, styles, pages and data', () => {
  const files = readdirSync('dist');
  for (const f of files.filter((f) => /\.(wasm|js|css|html)$/.test(f)).concat(['data/bomca.json', 'data/bomca.en.bin', 'data/bomca.ru.bin'])) {
    assert(existsSync(`dist/${f}.br`) && existsSync(`dist/${f}.gz`), `${f} has .br and .gz`);
  }
  for (const f of ['_headers', '_redirects', '404.html', 'sitemap.xml', 'robots.txt', 'manifest.webmanifest', 'sw.js']) assert(existsSync(`dist/${f}`), `dist/${f}`);
  const sitemap = readFileSync('dist/sitemap.xml', 'utf8');
  assert(sitemap.includes('/phases/11</loc>') && sitemap.includes('/ru/contacts</loc>'), 'sitemap lists every route');
});

test('the site works under a sub-path (/bomca/)', async () => {
  if (!existsSync('dist-sub/index.html')) throw new Error('dist-sub/ missing: build it with BASE=/bomca/ DIST=dist-sub scripts/build.sh');
  const sub = await startServer({ dir: 'dist-sub', base: '/bomca/', port: 0 });
  const { context, page } = await openPage(browser);
  await page.goto(`${sub.url}phases/9`);
  await ready(page);
  assertEq((await page.locator('main h1').innerText()).trim(), 'BOMCA 9', 'deep link under the prefix');
  await page.locator('.site-nav a', { hasText: 'Contacts' }).click();
  await page.waitForURL(/\/bomca\/contacts$/);
  await page.waitForSelector('.contact-card');
  const hrefs = await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert(hrefs.length > 0 && hrefs.every((h) => h.startsWith('/bomca/')), `links keep the prefix: ${hrefs.filter((h) => !h.startsWith('/bomca/')).slice(0, 3)}`);
  assertEq(page.problems.filter((p) => !p.includes('Service Worker registration blocked')), [], 'console errors');
  await context.close();
  sub.server.close();
});

test('a deep link without its own page lands on the right page through 404.html (GitHub Pages)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bomca-gh-'));
  cpSync('dist', dir, { recursive: true });
  rmSync(join(dir, 'compare'), { recursive: true });
  rmSync(join(dir, '_redirects'));
  // GitHub Pages: a missing path gets 404.html with status 404.
  writeFileSync(join(dir, 'shell.html'), readFileSync(join(dir, '404.html')));
  const gh = await startServer({ dir, port: 0 });
  const { context, page } = await openPage(browser);
  await page.goto(`${gh.url}compare?phases=9,10`);
  await ready(page);
  assertEq((await page.locator('main h1').innerText()).trim(), 'Compare phases', 'right page');
  const head = await page.locator('table.compare-table thead').innerText();
  assert(head.includes('BOMCA 9') && head.includes('BOMCA 10') && !head.includes('BOMCA 11'), `right state: ${head}`);
  await context.close();
  gh.server.close();
  rmSync(dir, { recursive: true });
});

test('after one visit the site reloads and navigates with the network cut', async () => {
  const { context, page } = await openPage(browser, { serviceWorkers: 'allow' });
  await page.goto(at('/'));
  await ready(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await ready(page);
  assert(await page.evaluate(() => !!navigator.serviceWorker.controller), 'the service worker controls the page');
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  assert((await page.locator('main h1').innerText()).length > 0, 'reloads offline');
  await page.locator('.site-nav a', { hasText: 'Phases' }).click();
  await page.waitForURL(/\/phases$/);
  await page.waitForSelector('.phase-card');
  await page.goto(at('/phases/10'));
  await ready(page);
  assertEq((await page.locator('main h1').innerText()).trim(), 'BOMCA 10', 'an unvisited page opens offline from the app shell');
  await context.close();
});

test('after one visit in Russian the Russian copy of the data is there offline', async () => {
  const { context, page } = await openPage(browser, { serviceWorkers: 'allow' });
  await page.goto(at('/ru/'));
  await ready(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  await page.goto(at('/ru/phases/10'));
  await ready(page);
  assertEq((await page.locator('main h1').innerText()).trim(), 'БОМКА 10', 'a Russian page opens offline');
  await context.close();
});

test('a new deployment replaces the cached one cleanly', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bomca-deploy-'));
  cpSync('dist', dir, { recursive: true });
  const host = await startServer({ dir, port: 0 });
  const { context, page } = await openPage(browser, { serviceWorkers: 'allow' });
  await page.goto(host.url);
  await ready(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  // Deploy a new build: new pages, a new worker version.
  for (const f of ['index.html', 'shell.html']) {
    const html = readFileSync(join(dir, f), 'utf8').replace('<head>', '<head>\n  <meta name="build" content="2">');
    writeFileSync(join(dir, f), html);
    rmSync(join(dir, f + '.br'), { force: true });
    rmSync(join(dir, f + '.gz'), { force: true });
  }
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8').replace(/const VERSION = '[^']+'/, "const VERSION = 'new-deployment'");
  writeFileSync(join(dir, 'sw.js'), sw);
  rmSync(join(dir, 'sw.js.br'), { force: true });
  rmSync(join(dir, 'sw.js.gz'), { force: true });
  await page.reload();
  await page.waitForFunction(() => document.querySelector('meta[name=build]')?.content === '2', null, { timeout: 15000 });
  await ready(page);
  await page.waitForFunction(async () => (await caches.keys()).every((k) => k === 'bomca-new-deployment'), null, { timeout: 15000 });
  assertEq(page.problems.filter((p) => !p.includes('ERR_')), [], 'no errors from a mix of versions');
  await context.close();
  host.server.close();
  rmSync(dir, { recursive: true });
});

test('a redeploy that changes one byte of a cached page, keeping its length, is served after two reloads, also offline', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bomca-redeploy-'));
  cpSync('dist', dir, { recursive: true });
  const precached = JSON.parse(readFileSync(join(dir, 'sw.js'), 'utf8').match(/const SHELL = (\[[^\]]*\]);/)[1]).map((f) => (f === './' ? '' : f));
  const data = readdirSync(join(dir, 'data')).filter((f) => /^bomca\.[a-z]{2}\.bin$/.test(f)).sort().map((f) => 'data/' + f);
  const oldVersion = swVersion(dir, [...precached, ...data]);
  assert(readFileSync(join(dir, 'sw.js'), 'utf8').includes(`const VERSION = '${oldVersion}'`), 'the built worker carries the version of its files');
  const host = await startServer({ dir, port: 0 });
  const { context, page } = await openPage(browser, { serviceWorkers: 'allow' });
  await page.goto(host.url);
  await ready(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The second build: one letter of the entry page's description (pre-rendered text the app leaves
  // alone) changes; the page's length does not.
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const changed = html.replace(/(<meta name="description" content=")(.)/, (_, tag, first) => tag + (first === 'Q' ? 'Z' : 'Q'));
  assert(changed !== html && changed.length === html.length, 'one byte changed, same length');
  writeFileSync(join(dir, 'index.html'), changed);
  for (const ext of ['.br', '.gz']) rmSync(join(dir, 'index.html' + ext), { force: true });
  const newVersion = swVersion(dir, [...precached, ...data]);
  assert(newVersion !== oldVersion, 'a new version for the changed byte');
  writeFileSync(join(dir, 'sw.js'), readFileSync(join(dir, 'sw.js'), 'utf8').replace(oldVersion, newVersion));
  for (const ext of ['.br', '.gz']) rmSync(join(dir, 'sw.js' + ext), { force: true });
  const expected = changed.match(/<meta name="description" content="([^"]*)"/)[1];
  const description = () => page.evaluate(() => document.querySelector('meta[name=description]')?.content);
  for (let i = 0; i < 2; i++) {
    await page.reload();
    await ready(page);
  }
  assertEq(await description(), expected, 'the new text after two reloads');
  await page.waitForFunction(async (v) => (await caches.keys()).join() === 'bomca-' + v, newVersion, { timeout: 15000 });
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  assertEq(await description(), expected, 'the new text offline, from the new cache');
  await context.close();
  host.server.close();
  rmSync(dir, { recursive: true });
});

test('<script> in any query parameter renders as text', async () => {
  const { context, page } = await openPage(browser);
  for (const path of ['/contacts?q=<script>alert(1)</script>&country=<img src=x onerror=alert(2)>', '/components?theme=<script>alert(3)</script>', '/compare?phases=<svg onload=alert(4)>']) {
    await page.goto(at(path));
    await ready(page);
    assertEq(await page.locator('main script, main img, main svg[onload]').count(), 0, `${path}: nothing injected`);
  }
  assertEq(page.problems.filter((p) => p.startsWith('dialog')), [], 'no dialog opened');
  await context.close();
});

await run('hosting');
await browser.close();
server.close();
