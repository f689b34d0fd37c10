// How long the app takes to read the dataset in the browser at 4x CPU throttling: the app's own
// "bomca-read" User Timing measure (parse and read into the model, src/ui/fetch.rs), median of
// seven loads, beside the browser's JSON.parse of the whole dataset file (data/bomca.json, the JSON
// the app's binary copy is written from) in the same page, as a baseline measured in the same run so
// the gate does not depend on the machine's speed.
// Writes target/site-reports/read.json. Usage: node tests/e2e/read.bench.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { launch, serveDist, openPage, ready, assert } from './lib.mjs';

const RUNS = 7;
// The goal of the serde issue: at most 47 ms on the machine it was measured on. Enforced as a ratio
// to JSON.parse, which the same machine and throttling slow down alike.
const GOAL_MS = 47;
// Since the app reads its binary copy (postcard): 12.1 ms, 0.6x the browser's JSON.parse of the
// whole file (2026-12-02; it was 34.9 ms, 4.4x JSON.parse of the copy it read, with serde_json).
const MAX_RATIO = Number(process.env.READ_MAX_RATIO ?? 3);

const browser = await launch();
// READ_DIR and READ_PATH measure another build (e.g. a trunk-only build's app shell at /).
const { server, url } = await serveDist({ dir: process.env.READ_DIR ?? 'dist' });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const reads = [];
const parses = [];
for (let i = 0; i < RUNS; i++) {
  const { context, page } = await openPage(browser);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url + (process.env.READ_PATH ?? 'compare'));
  await ready(page);
  const read = await page.evaluate(() => performance.getEntriesByName('bomca-read')[0]?.duration);
  assert(typeof read === 'number', 'the app measured its read');
  const parse = await page.evaluate(async () => {
    const text = await (await fetch('data/bomca.json')).text();
    const t0 = performance.now();
    JSON.parse(text);
    return performance.now() - t0;
  });
  reads.push(read);
  parses.push(parse);
  await context.close();
}
server.close();
await browser.close();

const report = {
  runs: RUNS,
  cpu_throttling: 4,
  read_ms: reads.map((x) => Math.round(x * 10) / 10),
  read_median_ms: Math.round(median(reads) * 10) / 10,
  json_parse_median_ms: Math.round(median(parses) * 10) / 10,
};
report.ratio = Math.round((median(reads) / Math.max(median(parses), 0.1)) * 10) / 10;
mkdirSync('target/site-reports', { recursive: true });
writeFileSync('target/site-reports/read.json', JSON.stringify(report, null, 2) + '\n');
console.log(`dataset read at 4x CPU: median ${report.read_median_ms} ms (goal ${GOAL_MS} ms; runs ${report.read_ms.join(', ')}); JSON.parse of the whole JSON file ${report.json_parse_median_ms} ms; ratio ${report.ratio} (gate ${MAX_RATIO})`);
if (report.ratio > MAX_RATIO) {
  console.error(`read benchmark: reading takes ${report.ratio}x the browser's JSON.parse, over the gate of ${MAX_RATIO}x`);
  process.exit(1);
}
