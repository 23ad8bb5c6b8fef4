// Robustness: bad and unusual requests to https://demo.test from the page.
// After every bad input, the next good request must still be served.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, newPage, SITE_URL, waitForServer } from './helpers.mjs';

/** In the page: fetch and describe the outcome as plain data (never throws). */
const TRY_FETCH = `window.__try = async (url, init) => {
  try {
    const r = await fetch(url, init);
    const text = await r.text();
    return { status: r.status, text: text.slice(0, 4000), length: text.length };
  } catch (e) {
    return { threw: e && e.name, message: String(e && e.message) };
  }
};`;

/**
 * Console errors other than Chromium's own "Failed to load resource" line for
 * the 4xx answers this file asks for on purpose.
 */
function unexpectedErrors(errors) {
  return errors.filter(
    (e) => !/Failed to load resource: the server responded with a status of 4\d\d /.test(e),
  );
}

describe('bad requests', () => {
  let browser;
  let page;
  before(async () => {
    browser = await launch();
    page = await newPage(browser);
    await page.goto(SITE_URL);
    assert.equal(await waitForServer(page), 'service-worker');
    await page.evaluate(TRY_FETCH);
  });
  after(async () => {
    await browser?.close();
  });

  const attempt = (url, init) => page.evaluate(([u, i]) => window.__try(u, i), [url, init]);

  /** The good request every bad one is followed by. */
  async function stillServed(tag) {
    const r = await attempt(`https://demo.test/environ?after=${tag}`);
    assert.equal(r.status, 200, `after ${tag}: ${JSON.stringify(r)}`);
    assert.equal(JSON.parse(r.text).QUERY_STRING, `after=${tag}`);
  }

  it('malformed URLs reject cleanly or get a 4xx, never the explainer’s own 500', async () => {
    const urls = [
      'https://demo.test:99999/',
      'https://demo.test/%',
      'https://demo.test/%zz/%E0%A4%A',
      'https://demo.test/a b?c d=e f',
      'https://demo.test/..%2f..%2f..%2fetc/passwd',
      'https://demo.test/\u0000\u0001',
      'https://demo.test/?' + '%'.repeat(50),
      'https://user:pass@demo.test/environ',
      'https://demo.test/' + '\u{1F600}'.repeat(20),
    ];
    for (const [i, url] of urls.entries()) {
      const r = await attempt(url);
      if (r.threw) assert.equal(r.threw, 'TypeError', `${url}: ${JSON.stringify(r)}`);
      else {
        assert.ok(r.status >= 200 && r.status < 500, `${url}: ${r.status} ${r.text.slice(0, 200)}`);
        assert.doesNotMatch(r.text, /could not produce a response/);
      }
      await stillServed(`url${i}`);
    }
  });

  it('an invalid header name makes fetch itself throw; the explainer keeps working', async () => {
    for (const name of ['bad name', 'x:y', 'é', '']) {
      const r = await attempt('https://demo.test/environ', { headers: [[name, 'v']] });
      assert.equal(r.threw, 'TypeError', `${JSON.stringify(name)}: ${JSON.stringify(r)}`);
    }
    await stillServed('header');
  });

  it('limits: 2 MiB body → 413, huge headers → 400 (nginx: Request Header Or Cookie Too Large), a long URI → 414', async () => {
    const big = await page.evaluate(async () => {
      const r = await fetch('https://demo.test/upload', {
        method: 'POST',
        body: new Uint8Array(2 * 1024 * 1024),
      });
      return r.status;
    });
    assert.equal(big, 413);
    await stillServed('413');
    const headers = await attempt('https://demo.test/environ', {
      headers: { 'X-Big': 'a'.repeat(16 * 1024) },
    });
    assert.equal(headers.status, 400, JSON.stringify(headers).slice(0, 300));
    assert.match(headers.text, /Request Header Or Cookie Too Large/);
    await stillServed('400-headers');
    const uri = await attempt(`https://demo.test/${'a'.repeat(10_000)}`);
    assert.equal(uri.status, 414, JSON.stringify(uri).slice(0, 300));
    await stillServed('414');
  });

  it('unknown methods get the status a server gives them, not a crash', async () => {
    for (const method of ['PURGE', 'FOO', 'PROPFIND']) {
      const r = await attempt('https://demo.test/environ', { method });
      assert.ok(!r.threw, `${method}: ${JSON.stringify(r)}`);
      // The echo app answers any method (as wsgiref's demo_app does) or the server refuses with 405/501.
      assert.ok(
        [200, 405, 501].includes(r.status),
        `${method}: ${r.status} ${r.text.slice(0, 200)}`,
      );
      if (r.status === 200) assert.equal(JSON.parse(r.text).REQUEST_METHOD, method);
      await stillServed(method);
    }
    // Methods fetch refuses never leave the page.
    for (const method of ['CONNECT', 'TRACE', 'TRACK', 'GE T']) {
      const r = await attempt('https://demo.test/environ', { method });
      assert.equal(r.threw, 'TypeError', `${method}: ${JSON.stringify(r)}`);
    }
    await stillServed('methods');
  });

  it('a body on GET: fetch rejects with TypeError, and the form says why', async () => {
    const r = await attempt('https://demo.test/environ', { method: 'GET', body: 'x' });
    assert.equal(r.threw, 'TypeError');
    await stillServed('getbody');
    const form = page.locator('form.form');
    await form.getByLabel('Method').selectOption('GET');
    await form.getByLabel('URL').fill('/environ');
    await form.getByLabel('Body').fill('a body on GET');
    await form.getByRole('button', { name: 'Send' }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /GET requests carry no body/);
  });

  it('a binary body with all 256 byte values arrives whole (CONTENT_LENGTH 256)', async () => {
    const environ = await page.evaluate(async () => {
      const body = new Uint8Array(256).map((_, i) => i);
      const r = await fetch('https://demo.test/environ', {
        method: 'POST',
        headers: { 'Content-Type': 'application/octet-stream' },
        body,
      });
      return r.json();
    });
    assert.equal(environ.REQUEST_METHOD, 'POST');
    assert.equal(String(environ.CONTENT_LENGTH), '256');
    assert.equal(environ.CONTENT_TYPE, 'application/octet-stream');
    await stillServed('binary');
  });

  it('a request aborted mid-flight rejects with AbortError; the next one works', async () => {
    const outcomes = await page.evaluate(async () => {
      const results = [];
      for (let i = 0; i < 5; i++) {
        const controller = new AbortController();
        const pending = fetch(`https://demo.test/environ?abort=${i}`, {
          signal: controller.signal,
        });
        if (i % 2) await new Promise((r) => setTimeout(r, 0));
        controller.abort();
        results.push(
          await pending.then(
            (r) => `status ${r.status}`,
            (e) => e.name,
          ),
        );
      }
      return results;
    });
    for (const outcome of outcomes)
      assert.ok(outcome === 'AbortError' || outcome === 'status 200', outcome);
    assert.ok(outcomes.includes('AbortError'), outcomes.join());
    await stillServed('abort');
  });

  it('a thousand concurrent requests: each answered once, with its own query', async () => {
    const answers = await page.evaluate(() =>
      Promise.all(
        Array.from({ length: 1000 }, (_, i) =>
          fetch(`https://demo.test/environ?i=${i}`)
            .then((r) => r.json())
            .then((e) => [i, e.QUERY_STRING]),
        ),
      ),
    );
    assert.equal(answers.length, 1000);
    for (const [i, query] of answers) assert.equal(query, `i=${i}`);
    await stillServed('thousand');
    // The timeline took them in; the UI is alive (the position counter moved on).
    const position = await page.locator('.controls-position').innerText();
    assert.match(position, /\d+ \/ \d+/);
    assert.deepEqual(unexpectedErrors(page.errors), []);
  });
});
