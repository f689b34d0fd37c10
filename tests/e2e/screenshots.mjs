// Screenshots of the main pages at phone and desktop widths, for looking at: target/screenshots/.
// Run: node tests/e2e/screenshots.mjs [path ...]
import { mkdirSync } from 'node:fs';
import { launch, serveDist, openPage, ready } from './lib.mjs';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/phases', '/phases/9', '/compare', '/components', '/events', '/events/ev-2002-designed', '/organisations', '/organisations/org-icmpd', '/contacts', '/sources', '/ru/'];
const browser = await launch();
const { server, url } = await serveDist();
mkdirSync('target/screenshots', { recursive: true });
for (const width of [360, 1280]) {
  const { context, page } = await openPage(browser, { width, height: 900 });
  for (const path of paths) {
    await page.goto(url.replace(/\/$/, '') + path);
    await ready(page);
    // A full-page shot does not scroll, so sections that render only near the viewport are forced on.
    await page.evaluate(() => { for (const e of document.querySelectorAll('main *')) e.style.contentVisibility = 'visible'; });
    const name = `target/screenshots/${width}${path.replace(/[^a-z0-9]+/gi, '_')}.png`;
    await page.screenshot({ path: name, fullPage: true });
    console.log(name);
  }
  await context.close();
}
await browser.close();
server.close();
