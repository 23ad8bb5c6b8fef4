// Robustness: hostile environments. Storage that throws, a sandboxed frame, an
// out-of-date worker script, reloads (soft and hard) with requests in flight,
// and the site served under a sub-path. (Service Workers blocked outright:
// server.test.mjs.) In each, the explainer answers and says which path it is on.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launch, newPage, SITE_URL, waitForServer } from './helpers.mjs';
import { ROOT } from './servers.mjs';

const environ = (frame) =>
  frame.evaluate(() => fetch('https://demo.test/environ?env=1').then((r) => r.json()));

async function assertServes(frame) {
  const e = await environ(frame);
  assert.equal(e.QUERY_STRING, 'env=1');
  assert.equal(e.REQUEST_METHOD, 'GET');
}

describe('hostile environments', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('storage that throws: in-page path, still answers, says so', async () => {
    const page = await newPage(browser);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new window.DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(SITE_URL);
    assert.equal(await waitForServer(page), 'in-page');
    await assertServes(page);
    await page.locator('.app-notice').waitFor();
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('a sandboxed frame (allow-scripts only): in-page path, renders, answers', async () => {
    const page = await newPage(browser);
    await page.goto(SITE_URL);
    await waitForServer(page);
    const src = new URL('index.html?scene=wsgi', SITE_URL).href;
    await page.evaluate((url) => {
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-scripts');
      frame.src = url;
      frame.style.width = '800px';
      frame.style.height = '600px';
      document.body.append(frame);
    }, src);
    const frame = await (async () => {
      for (let i = 0; i < 200; i++) {
        const found = page.frames().find((f) => f.url() === src);
        if (found) return found;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('the sandboxed frame never loaded');
    })();
    assert.equal(await waitForServer(frame), 'in-page');
    await frame.locator('.widget').waitFor();
    await assertServes(frame);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('an out-of-date worker script: msw warns, the explainer answers through it', async () => {
    const page = await newPage(browser);
    const warnings = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    const script = readFileSync(resolve(ROOT, 'public/mockServiceWorker.js'), 'utf8');
    const stale = script
      .replace(
        /INTEGRITY_CHECKSUM = '[0-9a-f]+'/,
        "INTEGRITY_CHECKSUM = '00000000000000000000000000000000'",
      )
      .replace(/PACKAGE_VERSION = '[^']+'/, "PACKAGE_VERSION = '2.0.0'");
    assert.notEqual(stale, script);
    let served = 0;
    await page.context().route('**/mockServiceWorker.js', (route) => {
      served++;
      return route.fulfill({ contentType: 'text/javascript', body: stale });
    });
    await page.goto(SITE_URL);
    assert.equal(await waitForServer(page), 'service-worker');
    await assertServes(page);
    assert.ok(served > 0, 'the stale script was served');
    assert.ok(
      warnings.some((w) => w.includes('different version of MSW')),
      `msw's version warning: ${warnings.join(' | ')}`,
    );
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('a reload with 50 requests in flight, then a hard reload: served again each time', async () => {
    const page = await newPage(browser);
    await page.goto(SITE_URL);
    await waitForServer(page);
    await page.evaluate(() => {
      for (let i = 0; i < 50; i++) fetch(`https://demo.test/environ?inflight=${i}`).catch(() => {});
    });
    await page.reload();
    assert.equal(await waitForServer(page), 'service-worker');
    await assertServes(page);

    // A hard reload (cache bypassed) is never controlled by the Service Worker;
    // msw notices (a registration, no controller) and reloads once more.
    const cdp = await page.context().newCDPSession(page);
    const loads = [];
    page.on('load', () => loads.push(Date.now()));
    await cdp.send('Page.reload', { ignoreCache: true });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 15_000,
    });
    assert.equal(await waitForServer(page), 'service-worker');
    assert.ok(loads.length >= 1);
    await assertServes(page);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('under a sub-path: the worker is registered there and a deep-linked scene loads', async () => {
    const page = await newPage(browser);
    await page.goto(new URL('?scene=wsgi&step=3', SITE_URL).href);
    assert.equal(await waitForServer(page), 'service-worker');
    assert.match(new URL(SITE_URL).pathname, /^\/[^/]+\/$/, 'the runner serves a sub-path');
    const reg = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return { scope: r?.scope, script: r?.active?.scriptURL };
    });
    assert.equal(reg.scope, SITE_URL);
    assert.equal(reg.script, new URL('mockServiceWorker.js', SITE_URL).href);
    const current = page.locator('.app-scenes [aria-current="page"]');
    assert.match(await current.innerText(), /WSGI/i);
    // step=3 is the third beat.
    assert.match(await page.locator('.controls-position').innerText(), /^3 \/ \d+$/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
