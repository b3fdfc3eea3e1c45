// Night Cramps service worker: makes every page work offline after the first visit.
//
// The build (src/bin/prerender.rs) fills in PRECACHE with exactly the files of that build and
// VERSION with a hash of their contents, so each build gets its own cache and a page is never
// served with a mix of old and new files. A new version waits until the user agrees to reload
// (the page sends "skip-waiting"); user data lives in localStorage, which this never touches.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = 'night-cramps-' + VERSION;
const PREFIX = 'night-cramps-';

// Precache entries are relative to this script's folder (the app root).
const ROOT = new URL('./', self.location).href;
const urls = PRECACHE.map((p) => new URL(p, ROOT).href);

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(urls.map((u) => new Request(u, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

// The cached copy of a page address: "guide" and "guide/" both mean "guide/" (its index.html).
function pageKey(url) {
  const u = new URL(url);
  u.search = '';
  u.hash = '';
  if (!u.pathname.endsWith('/') && !u.pathname.split('/').pop().includes('.')) u.pathname += '/';
  return u.href;
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || !req.url.startsWith(ROOT)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    if (req.mode === 'navigate') {
      const hit = await cache.match(pageKey(req.url));
      if (hit) return hit;
      try {
        return await fetch(req);
      } catch {
        return (await cache.match(new URL('404.html', ROOT).href)) ?? Response.error();
      }
    }
    const hit = await cache.match(req, { ignoreSearch: true });
    return hit ?? fetch(req);
  })());
});
