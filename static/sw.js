// Night Cramps service worker: makes every page work offline after the first visit.
//
// The build (src/bin/prerender.rs) fills in PRECACHE with exactly the files of that build,
// VERSION with a hash of their contents (the build id /about shows) and APP_VERSION with the
// package version, so each build gets its own cache and a page is never served with a mix of
// old and new files. A new version waits until the user agrees to reload (the page sends
// "skip-waiting"); user data lives in localStorage, which this never touches.
const VERSION = '__VERSION__';
const APP_VERSION = '__APP_VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = 'night-cramps-' + VERSION;
const PREFIX = 'night-cramps-';

// Precache entries are relative to this script's folder (the app root).
const ROOT = new URL('./', self.location).href;
const urls = PRECACHE.map((p) => new URL(p, ROOT).href);
const NOT_FOUND = new URL('404.html', ROOT).href;

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
  // The update prompt names the version it offers.
  if (event.data === 'version') event.source?.postMessage({ version: APP_VERSION, build: VERSION });
});

// A page address as the cache holds it: the folder with its slash ("guide" → "guide/").
function pageKey(url) {
  const u = new URL(url);
  u.search = '';
  u.hash = '';
  if (!u.pathname.endsWith('/') && !u.pathname.split('/').pop().includes('.')) u.pathname += '/';
  return u.href;
}

// The not-found page for an address the build does not have. Its links are relative to its
// <base href>, written for the sub-path the build was made for; here the worker knows the real
// app root, so the page works at any depth even if the build was made for another sub-path.
async function notFound(cache) {
  const page = await cache.match(NOT_FOUND);
  if (!page) return Response.error();
  const html = (await page.text()).replace(/<base href="[^"]*">/, `<base href="${new URL(ROOT).pathname}">`);
  return new Response(html, { status: 404, statusText: 'Not Found', headers: { 'content-type': 'text/html; charset=utf-8' } });
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || !req.url.startsWith(ROOT)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    if (req.mode === 'navigate') {
      const key = pageKey(req.url);
      const hit = await cache.match(key);
      if (hit) {
        // "guide" is the folder "guide/": send the browser there, as GitHub Pages does, so the
        // page's relative links, stylesheet and code resolve inside the folder.
        if (new URL(req.url).pathname !== new URL(key).pathname) {
          const to = new URL(key);
          to.search = new URL(req.url).search;
          return Response.redirect(to.href, 301);
        }
        return hit;
      }
      try {
        return await fetch(req);
      } catch {
        return notFound(cache);
      }
    }
    const hit = await cache.match(req, { ignoreSearch: true });
    return hit ?? fetch(req);
  })());
});
