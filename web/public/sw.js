// The playground's offline copy: a service worker that keeps every file of the build (the
// list scripts/precache.mjs writes to precache.json at build time) and every same-origin
// GET the page makes, answering from the network when it can and from the cache when the
// network is gone, so a reload without a connection still runs snippets.
// What it is not: no other origins (the page requests none), no push or background sync.
const CACHE = 'seedlab-offline-v1';

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    try {
      const list = await (await fetch('./precache.json', { cache: 'no-store' })).json();
      await cache.addAll(list.map((path) => new URL(path, self.registration.scope).href));
    } catch {
      // A dev server has no precache.json: pages are still cached as they are fetched.
    }
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const response = await fetch(request);
      if (response.ok) await cache.put(request, response.clone());
      return response;
    } catch (err) {
      // Offline: the cached copy (whatever the request's Origin header, which Vary may name);
      // ?embed=1 and #share links share index.html.
      const hit = (await cache.match(request, { ignoreVary: true })) || (await cache.match(request, { ignoreSearch: true, ignoreVary: true }));
      if (hit) return hit;
      throw err;
    }
  })());
});
