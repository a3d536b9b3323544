// The editor's service worker: caches every file of the build on install and answers from that
// cache first, so that the editor opens with no network once it has been loaded. The build
// (vite.config.ts) writes the list of files and the version in place of the markers.
const files = '@@FILES@@';
const cacheName = 'muni-kit-editor-@@VERSION@@';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) =>
        cache.addAll(files.map((file) => new URL(file, self.registration.scope).href)),
      )
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith('muni-kit-editor-') && name !== cacheName)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches
      .open(cacheName)
      .then(
        async (cache) => (await cache.match(request, { ignoreSearch: true })) ?? fetch(request),
      ),
  );
});
