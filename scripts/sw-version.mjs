// The service worker's version: a hash of the name and content of every file it precaches, so a
// redeploy that changes any byte of them (even keeping its length) installs a new worker and cache.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `files` are paths relative to `dist`; '' stands for the entry page (index.html). */
export function swVersion(dist, files) {
  const hash = createHash('sha256');
  for (const f of files) {
    hash.update(f + ':' + createHash('sha256').update(readFileSync(join(dist, f === '' ? 'index.html' : f))).digest('hex') + '|');
  }
  return hash.digest('hex').slice(0, 16);
}
