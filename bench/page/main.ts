// Bench page: one msw worker with the product's handlers (https://demo.test)
// and a bare handler (https://bare.test) that answers at once, so the two
// round trips differ only by the simulated server's own work.
import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { createHandlers } from '../../src/server/handlers';
import { createRouter } from '../../src/session/router';
import { createSession } from '../../src/session/session';

declare global {
  interface Window {
    /** Mean ms per request of `count` sequential fetches of `url`. */
    roundTrip(url: string, count: number): Promise<number>;
    /** Mean ms per request of `count` fetches of `url` sent at once. */
    concurrent(url: string, count: number): Promise<number>;
  }
}

const bare = http.all('https://bare.test/*', () => new Response('ok'));

window.roundTrip = async (url, count) => {
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const response = await fetch(url);
    await response.arrayBuffer();
  }
  return (performance.now() - started) / count;
};

window.concurrent = async (url, count) => {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: count }, (_, i) => fetch(`${url}?i=${i}`).then((r) => r.arrayBuffer())),
  );
  return (performance.now() - started) / count;
};

// The product's handlers answer from one session, as on the explainer page (without its UI).
const router = createRouter();
router.attach(createSession({ scene: 'big-picture' }));

await setupWorker(...createHandlers(router), bare).start({
  serviceWorker: { url: './mockServiceWorker.js' },
  onUnhandledRequest: 'bypass',
  quiet: true,
});
document.documentElement.dataset.server = 'service-worker';
