/*
 * Aftercare's service worker. When a page cannot load for want of a connection it answers with
 * the crisis page (/offline) instead of the browser's error: the signed-in person's clinic's
 * crisis contacts and 988, kept from when the connection was there.
 *
 * - At install it keeps the page as anyone gets it (988 and 911, no clinic): credentials omitted.
 * - Signed-in pages post 'remember-crisis-contacts' (MainLayout); the worker then fetches the
 *   page with the session and keeps it apart as the clinic's.
 * - Signing out posts 'forget-crisis-contacts': the clinic's copy goes, the one without stays.
 * Nothing else is cached: the portal's pages carry health information and are never stored.
 */
const PAGE = '/offline';
const ANYONE = 'aftercare-offline-anyone-v1';
const CLINIC = 'aftercare-offline-clinic-v1';

self.addEventListener('install', (event) => {
  event.waitUntil(keep(ANYONE, 'omit').then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name !== ANYONE && name !== CLINIC) {
          await caches.delete(name);
        }
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'remember-crisis-contacts') {
    event.waitUntil(keep(CLINIC, 'same-origin'));
  } else if (event.data === 'forget-crisis-contacts') {
    event.waitUntil(caches.delete(CLINIC));
  }
});

self.addEventListener('fetch', (event) => {
  if (event.request.mode !== 'navigate') {
    return;
  }
  event.respondWith(fetch(event.request).catch(() => offlinePage()));
});

async function keep(cacheName, credentials) {
  const response = await fetch(PAGE, { credentials, cache: 'no-store' });
  if (response.ok) {
    await (await caches.open(cacheName)).put(PAGE, response);
  }
}

async function offlinePage() {
  const kept =
    (await (await caches.open(CLINIC)).match(PAGE, { ignoreVary: true })) ||
    (await (await caches.open(ANYONE)).match(PAGE, { ignoreVary: true }));
  return (
    kept ||
    new Response(
      '<!doctype html><html lang="en"><title>No connection</title>' +
        '<h1>No connection right now</h1><p><a href="tel:988">Call or text 988</a>' +
        ' (Suicide &amp; Crisis Lifeline). If you are in danger right now, call 911.</p></html>',
      { headers: { 'Content-Type': 'text/html; charset=utf-8' } },
    )
  );
}
