// Layout at phone and desktop widths, on every pre-rendered route in both languages, as the live app
// shows it: nothing wider than the viewport outside a scroll container, every section of the header
// in view, nothing spilling out of a card, no text in a chart or the map on top of another text or a
// mark, the map's labels readable on a desktop.
import { launch, serveDist, ready, assertEq, routes, sweep, test, run } from './lib.mjs';

const browser = await launch();
const { server, url } = await serveDist();
const at = (path) => url.replace(/\/$/, '') + path;

/** Runs in the page: every layout fault found, as text. */
function faults() {
  const found = [];
  const box = (el) => el.getBoundingClientRect();
  const classes = (el) => String(el.className?.baseVal ?? el.className ?? '').trim().replace(/\s+/g, '.');
  const name = (el) => `${el.tagName.toLowerCase()}${classes(el) ? `.${classes(el)}` : ''} "${el.textContent.trim().slice(0, 30)}"`;
  const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
  const shown = (r) => r.width > 0 && r.height > 0;

  const page = document.documentElement.scrollWidth;
  if (page > innerWidth) {
    // Name the outermost elements that reach past the right edge, outside any scroll container.
    const wide = [...document.body.querySelectorAll('*')].filter((el) => box(el).right > innerWidth + 0.5
      && !el.parentElement.closest('.table-scroll, .chart, .visually-hidden'));
    const outermost = wide.filter((el) => !wide.includes(el.parentElement)).slice(0, 4).map(name);
    found.push(`page is ${page} px wide in a ${innerWidth} px viewport: ${outermost.join('; ')}`);
  }
  for (const a of document.querySelectorAll('.site-nav a')) {
    const r = box(a);
    if (r.left < 0 || r.right > innerWidth + 0.5 || !shown(r)) found.push(`header section out of view: ${name(a)}`);
  }
  for (const card of document.querySelectorAll('main .card, main .stat')) {
    if (card.scrollWidth > card.clientWidth + 1) found.push(`content spills out of its card: ${name(card)}`);
  }
  for (const svg of document.querySelectorAll('main svg')) {
    const texts = [...svg.querySelectorAll('text')].filter((t) => shown(box(t)));
    const marks = [...svg.querySelectorAll('rect.bar-planned, rect.bar-extension, .marker circle')].filter((m) => shown(box(m)));
    texts.forEach((t, i) => {
      for (const other of texts.slice(i + 1)) if (overlap(box(t), box(other))) found.push(`text on text: ${name(t)} and ${name(other)}`);
      for (const m of marks) if (overlap(box(t), box(m))) found.push(`text on a mark: ${name(t)} and ${name(m)}`);
    });
  }
  if (innerWidth >= 1280) {
    for (const label of document.querySelectorAll('.map .country-labels text')) {
      const svg = label.ownerSVGElement;
      const px = parseFloat(getComputedStyle(label).fontSize) * (box(svg).width / svg.viewBox.baseVal.width);
      if (px < 12) found.push(`map label ${px.toFixed(1)} px high: ${name(label)}`);
    }
  }
  return found;
}

for (const width of [360, 390, 1280]) {
  test(`every route at ${width} px, English and Russian: no overflow, header in view, no text on text`, async () => {
    const results = await sweep(browser, routes(), async (page, route) => {
      await page.goto(at(route));
      await ready(page);
      // Sections further down skip layout until near the viewport (content-visibility): lay them out.
      await page.evaluate(() => { for (const e of document.querySelectorAll('main *')) e.style.contentVisibility = 'visible'; });
      return (await page.evaluate(faults)).map((f) => `${route}: ${f}`);
    }, { width, height: 800 });
    const found = results.flat();
    assertEq(found, [], `layout faults at ${width} px`);
  });
}

await run('layout');
await browser.close();
server.close();
