// A static server on loopback that behaves like the CDN the site is deployed to: it sends the
// headers of dist/_headers, serves pre-compressed .br/.gz files, maps /phases/9 to
// /phases/9/index.html, falls back to the app shell for other page paths, and answers 404 for a
// missing file with an extension (a missing .wasm must not come back as HTML).
//   node scripts/serve.mjs --dir dist --port 8080 [--base /bomca/]
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm', '.bin': 'application/octet-stream',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.xml': 'application/xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.webmanifest': 'application/manifest+json', '.vcf': 'text/vcard', '.csv': 'text/csv; charset=utf-8', '.cff': 'text/plain; charset=utf-8',
};

/** Parses Netlify-style `_headers`: a path pattern line, then indented `Name: value` (or `! Name`). */
function parseHeaders(text) {
  const rules = [];
  let current = null;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      current = { pattern: line.trim(), set: [], unset: [] };
      rules.push(current);
    } else if (current) {
      const t = line.trim();
      if (t.startsWith('!')) current.unset.push(t.slice(1).trim().toLowerCase());
      else {
        const i = t.indexOf(':');
        current.set.push([t.slice(0, i).trim(), t.slice(i + 1).trim()]);
      }
    }
  }
  return rules;
}

function matches(pattern, path) {
  const re = new RegExp('^' + pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
  return re.test(path);
}

export function startServer({ dir = 'dist', port = 0, base = '/', host = '127.0.0.1', headersFile } = {}) {
  const root = normalize(dir);
  const headersPath = headersFile ?? join(root, '_headers');
  const rules = existsSync(headersPath) ? parseHeaders(readFileSync(headersPath, 'utf8')) : [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    const send = (status, file, body) => {
      const headers = {};
      for (const rule of rules) {
        if (!matches(rule.pattern, url.pathname)) continue;
        for (const name of rule.unset) for (const k of Object.keys(headers)) if (k.toLowerCase() === name) delete headers[k];
        for (const [k, v] of rule.set) headers[k] = v;
      }
      if (!file) {
        res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
        return res.end(req.method === 'HEAD' ? undefined : body);
      }
      // A type _headers states wins, as on the CDN; else the file's extension decides.
      if (!Object.keys(headers).some((k) => k.toLowerCase() === 'content-type')) headers['Content-Type'] = TYPES[extname(file)] ?? 'application/octet-stream';
      headers['Vary'] = 'Accept-Encoding';
      const accept = req.headers['accept-encoding'] ?? '';
      let data;
      if (/\bbr\b/.test(accept) && existsSync(file + '.br')) {
        data = readFileSync(file + '.br');
        headers['Content-Encoding'] = 'br';
      } else if (/\bgzip\b/.test(accept) && existsSync(file + '.gz')) {
        data = readFileSync(file + '.gz');
        headers['Content-Encoding'] = 'gzip';
      } else data = readFileSync(file);
      headers['Content-Length'] = data.length;
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : data);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, null, 'method not allowed');
    if (!path.startsWith(base) && path + '/' !== base) return send(404, null, 'not found');
    path = path === base.replace(/\/$/, '') ? '' : path.slice(base.length);
    if (path.split('/').includes('..')) return send(400, null, 'bad path');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (existsSync(file) && statSync(file).isFile()) return send(200, file);
    if (!extname(path) && existsSync(join(root, path, 'index.html'))) return send(200, join(root, path, 'index.html'));
    if (!extname(path)) return send(200, join(root, 'shell.html'));
    return send(404, null, 'not found');
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve({ server, port: server.address().port, url: `http://${host}:${server.address().port}${base}` })));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = Object.fromEntries(process.argv.slice(2).reduce((acc, v, i, a) => (v.startsWith('--') ? [...acc, [v.slice(2), a[i + 1]]] : acc), []));
  const { server, url } = await startServer({ dir: args.dir ?? 'dist', port: Number(args.port ?? 8080), base: args.base ?? '/' });
  console.log(`serving ${args.dir ?? 'dist'} on ${url} (Ctrl-C to stop)`);
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
}
