// Robustness: index.html and embed.html opened with hostile query strings.
// (A thousand of them go through the pure parsers in tests/unit/robustness;
// here ~30 real navigations check the pages themselves.) No crash, no console
// error, nothing echoed as HTML.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hostileQueries } from './fuzz.mjs';
import { launch, newPage, SITE_URL, waitForServer } from './helpers.mjs';

const QUERIES = hostileQueries(7, 50);

/** In the page: every trace a payload could leave if a value were used as HTML. */
function injectionTraces() {
  const found = [];
  if (window.__pwned !== undefined) found.push('a payload ran');
  const nodes = document.querySelectorAll(
    '[id^="injected"], img[src="x"], svg[onload], [onerror], [onload]',
  );
  if (nodes.length) found.push(`${nodes.length} injected element(s)`);
  for (const s of document.querySelectorAll('script'))
    if (s.textContent?.includes('__pwned')) found.push('an injected script');
  const title = document.title;
  if (/[<>]|__pwned/.test(title)) found.push(`title: ${title.slice(0, 80)}`);
  const text = document.body.innerText;
  for (const bit of ['<script', 'onerror=', 'onload=', '__pwned', '<img', '<svg', '<b id']) {
    if (text.includes(bit)) found.push(`visible text contains ${bit}`);
  }
  if (!document.querySelector('.widget')) found.push('no widget rendered');
  return found;
}

describe('hostile query strings in real pages', () => {
  let browser;
  let page;
  before(async () => {
    browser = await launch();
    page = await newPage(browser);
  });
  after(async () => {
    await browser?.close();
  });

  for (const [entry, slice] of [
    ['index.html', QUERIES.slice(0, 20)],
    ['embed.html', QUERIES.slice(20, 32)],
  ]) {
    it(`${entry}: ${slice.length} navigations, no crash, nothing injected`, async () => {
      const base = new URL(entry, SITE_URL).href;
      for (const query of slice) {
        page.errors.length = 0;
        // A raw query (with spaces, quotes, <, >) goes through as the browser would send it.
        await page.goto(base + query);
        await waitForServer(page);
        await page.locator('.widget').first().waitFor();
        const traces = await page.evaluate(injectionTraces);
        assert.deepEqual(traces, [], `${entry}${query.slice(0, 200)}`);
        assert.deepEqual(page.errors, [], `${entry}${query.slice(0, 200)}`);
      }
      // And the page still answers a request after all that.
      const status = await page.evaluate(() =>
        fetch('https://demo.test/environ').then((r) => r.status),
      );
      assert.equal(status, 200);
    });
  }
});
