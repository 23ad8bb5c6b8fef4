// The simulated server answers real fetch() calls, through the Service Worker
// where there is one and in the page where there is not.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, newPage, OTHER_SITE_URL, SITE_URL, waitForServer } from './helpers.mjs';

const fetchEnviron = () => fetch('https://demo.test/environ?x=1').then((r) => r.json());

function assertEnviron(environ) {
  assert.equal(environ.REQUEST_METHOD, 'GET');
  assert.equal(environ.QUERY_STRING, 'x=1');
  assert.deepEqual(environ['wsgi.version'], [1, 0]);
}

describe('simulated server', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('answers through the Service Worker', async () => {
    const page = await newPage(browser);
    await page.goto(SITE_URL);
    assert.equal(await waitForServer(page), 'service-worker');
    // Registered under the site's sub-path, not the origin's root.
    const scriptURL = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    assert.equal(scriptURL, new URL('mockServiceWorker.js', SITE_URL).href);

    const responsePromise = page.waitForResponse((r) => r.url().startsWith('https://demo.test/'));
    const status = await page.evaluate(() =>
      fetch('https://demo.test/environ?x=1', { headers: { 'X-Probe': 'sw' } }).then(
        (r) => r.status,
      ),
    );
    const response = await responsePromise;
    assert.equal(status, 200);
    assert.equal(response.fromServiceWorker(), true);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('answers a console-style fetch with a WSGI environ', async () => {
    const page = await newPage(browser);
    await page.goto(SITE_URL);
    await waitForServer(page);
    assertEnviron(await page.evaluate(fetchEnviron));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('answers in the page when Service Workers are blocked', async () => {
    const page = await newPage(browser, { serviceWorkers: 'block' });
    const network = [];
    page.on('request', (r) => {
      if (r.url().startsWith('https://demo.test')) network.push(r.url());
    });
    await page.goto(SITE_URL);
    assert.equal(await waitForServer(page), 'in-page');
    assertEnviron(await page.evaluate(fetchEnviron));
    // The in-page path never touches the network.
    assert.deepEqual(network, []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('answers in a cross-site iframe where storage is blocked, without loading msw', async () => {
    const page = await newPage(browser);
    // msw's code carries its log prefix "[MSW]"; a chunk's name can't tell (fflate's is `browser-*` too).
    const scripts = [];
    page.on('response', (r) => {
      if (/\/assets\/[^/]+\.js$/.test(r.url()))
        scripts.push(r.text().then((body) => ({ url: r.url(), msw: body.includes('[MSW]') })));
    });
    // The host page is on localhost; the frame on 127.0.0.1: another site.
    await page.goto(OTHER_SITE_URL);
    const frameUrl = new URL('embed.html', SITE_URL).href;
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      document.body.append(frame);
    }, frameUrl);
    const frame = await (async () => {
      for (;;) {
        const found = page.frames().find((f) => f.url() === frameUrl);
        if (found) return found;
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    assert.equal(await waitForServer(frame), 'in-page');
    const storageThrows = await frame.evaluate(() => {
      try {
        void window.localStorage;
        return false;
      } catch {
        return true;
      }
    });
    assert.equal(storageThrows, true, 'third-party storage should be blocked in this context');
    assertEnviron(await frame.evaluate(fetchEnviron));
    const frameErrors = page.errors.filter((e) => e.includes(new URL(SITE_URL).host));
    assert.deepEqual(frameErrors, []);
    // msw's chunks for the main page (localhost) may load; none for the frame (127.0.0.1).
    const loaded = await Promise.all(scripts);
    const fromFrame = loaded.filter((x) => x.url.startsWith(new URL(SITE_URL).origin));
    assert.ok(fromFrame.length > 0, 'the frame loaded its scripts');
    assert.deepEqual(
      fromFrame.filter((x) => x.msw).map((x) => x.url),
      [],
    );
    await page.context().close();
  });
});
