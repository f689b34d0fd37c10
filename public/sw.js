// BOMCA Explorer service worker. scripts/postbuild.mjs fills in the version, the app shell list and
// the languages of the dataset's copies.
const VERSION = '__BUILD_VERSION__';
const SHELL = __PRECACHE__;
const LANGUAGES = __LANGUAGES__;
const CACHE = 'bomca-' + VERSION;
const scope = new URL(self.registration.scope);
const shellUrl = new URL('shell.html', scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    Promise.all([caches.open(CACHE), dataFiles()])
      .then(([c, data]) => c.addAll([...SHELL, ...data].map((p) => new URL(p, scope).href)))
      .then(() => self.skipWaiting()),
  );
});

// The dataset's copy in the language of each open page: a visitor reads one language at a time, and
// another language's copy is cached when the app first loads it.
async function dataFiles() {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  // English lives at the root; other languages under their code (`/ru/...`).
  const language = (url) => new URL(url).pathname.slice(scope.pathname.length).split('/')[0];
  const codes = new Set(pages.map((p) => (LANGUAGES.includes(language(p.url)) ? language(p.url) : 'en')));
  return [...(codes.size ? codes : ['en'])].map((code) => `data/bomca.${code}.bin`);
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('bomca-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Pages and the dataset: network first (fresh after a deployment), cache when offline.
// Hashed assets: cache first (their names change when their content does).
self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || !req.url.startsWith(scope.origin)) return;
  const url = new URL(req.url);
  if (req.mode === 'navigate') {
    event.respondWith(networkFirst(req).then((r) => r || caches.match(shellUrl)));
  } else if (/-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(url.pathname)) {
    event.respondWith(caches.match(req).then((r) => r || fetchAndCache(req)));
  } else {
    event.respondWith(networkFirst(req).then((r) => r || Response.error()));
  }
});

async function fetchAndCache(req) {
  const res = await fetch(req);
  if (res.ok && res.type === 'basic') {
    const copy = res.clone();
    caches.open(CACHE).then((c) => c.put(req, copy));
  }
  return res;
}

async function networkFirst(req) {
  try {
    return await fetchAndCache(req);
  } catch (e) {
    return (await caches.match(req, { ignoreSearch: req.mode === 'navigate' })) || null;
  }
}
