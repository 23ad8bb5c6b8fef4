// "Your own Python": the learner's code runs in CPython (Pyodide in a Web
// Worker) and the simulated server calls it (issue 14).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launch, newPage, SITE_URL, waitForServer } from './helpers.mjs';

const example = (name) =>
  readFileSync(new URL(`../../src/python/examples/${name}.py`, import.meta.url), 'utf8');

const LOOPS = `
def app(environ, start_response):
    if environ["PATH_INFO"] == "/loop":
        while True:
            pass
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"still here\\n"]
`;

async function run(page, code, expected = 'ready') {
  await page.getByRole('textbox', { name: 'Python code' }).fill(code);
  await page.getByRole('button', { name: 'Run' }).click();
  await page.waitForFunction((want) => document.documentElement.dataset.python === want, expected, {
    timeout: 120_000,
    polling: 100,
  });
}

/** Page errors, without the browser's own line for every 5xx a fetch() got (expected here). */
const unexpected = (page) =>
  page.errors.filter(
    (e) => !/Failed to load resource: the server responded with a status of 5\d\d/.test(e),
  );

const get = (page, path) =>
  page.evaluate(async (p) => {
    const r = await fetch(`https://demo.test${p}`);
    return { status: r.status, body: await r.text() };
  }, path);

describe('your own Python', () => {
  let browser;
  let page;
  before(async () => {
    browser = await launch();
    page = await newPage(browser);
    await page.goto(new URL('?scene=python', SITE_URL).href);
    await waitForServer(page);
    await page.getByRole('textbox', { name: 'Python code' }).waitFor();
  });
  after(async () => {
    await browser?.close();
  });

  it('answers 503 until Run, then the learner’s code answers', async () => {
    const before = await get(page, '/hello?name=ada');
    assert.equal(before.status, 503);
    assert.match(before.body, /press Run/);
    const t0 = Date.now();
    await run(page, example('latinator'));
    console.log(`Run → ready (cold): ${Date.now() - t0} ms`);
    const latin = await get(page, '/hello?name=ada');
    assert.equal(latin.status, 200);
    assert.match(latin.body, /ellohay adaway/);
    await run(page, example('latinator').replace('hello {name}', 'goodbye {name}'));
    const changed = await get(page, '/hello?name=ada');
    assert.match(changed.body, /oodbyegay adaway/);
  });

  it('a SyntaxError shows at Run with its line', async () => {
    await run(page, 'def app(environ, start_response):\n    return [b"x"\n', 'error');
    const box = await page.locator('.py-error').innerText();
    assert.match(box, /SyntaxError/);
    assert.match(box, /line 2/);
    // The line is marked in the editor itself.
    const marked = await page.locator('.cm-py-error-line').innerText();
    assert.match(marked, /return \[b"x"/);
  });

  it('a broken middleware gives a 500 with the validate message, and the page keeps working', async () => {
    await run(page, example('broken'));
    const broken = await get(page, '/');
    assert.equal(broken.status, 500);
    await page.waitForFunction(
      () => document.body.innerText.includes('Iterator garbage collected without being closed'),
      null,
      { timeout: 10_000 },
    );
    assert.deepEqual(unexpected(page), []);
  });

  it('an endless loop gives 504 and the next request works', async () => {
    await run(page, LOOPS);
    const t0 = Date.now();
    const stuck = await get(page, '/loop');
    assert.equal(stuck.status, 504);
    console.log(`504 after ${Date.now() - t0} ms`);
    const next = await get(page, '/');
    assert.equal(next.status, 200);
    assert.equal(next.body, 'still here\n');
    console.log(`loop stopped and next answered in ${Date.now() - t0} ms`);
    assert.deepEqual(unexpected(page), []);
  });

  it('figures: round trip through CPython next to the simulated echo app (same run)', async () => {
    await run(page, example('router'));
    const timed = (p, path) =>
      p.evaluate(async (url) => {
        const times = [];
        for (let i = 0; i < 5; i++) {
          const t = performance.now();
          await (await fetch(url)).text();
          times.push(performance.now() - t);
        }
        return times.sort((a, b) => a - b)[2];
      }, `https://demo.test${path}`);
    const python = await timed(page, '/hello');
    const echoPage = await newPage(browser);
    await echoPage.goto(new URL('?scene=prefork', SITE_URL).href);
    await waitForServer(echoPage);
    const echo = await timed(echoPage, '/environ');
    console.log(
      `round trip (median of 5): Python ${python.toFixed(1)} ms, echo ${echo.toFixed(1)} ms, ratio ${(python / echo).toFixed(2)}`,
    );
    assert.ok(python > 0 && echo > 0);
    await echoPage.context().close();
  });
  it('a shared link restores the code, which runs only when the reader presses Run', async () => {
    const code =
      'def app(environ, start_response):\n    start_response("200 OK", [])\n    return [b"shared"]\n';
    const param = () => new URL(page.url()).searchParams.get('code');
    const earlier = param();
    await page.getByRole('textbox', { name: 'Python code' }).fill(code);
    // The address follows the edit once the learner pauses typing.
    await page.waitForFunction(
      (old) => new URL(location.href).searchParams.get('code') !== old,
      earlier,
      { timeout: 10_000 },
    );
    const link = page.url();
    const reader = await newPage(browser);
    await reader.goto(link);
    await waitForServer(reader);
    const editor = reader.getByRole('textbox', { name: 'Python code' });
    await editor.waitFor();
    assert.equal((await editor.innerText()).trim(), code.trim());
    // Shown, not run: CPython is not even loaded, and the demo site still says to press Run.
    await reader.waitForTimeout(1500);
    assert.equal(
      await reader.evaluate(() => document.documentElement.dataset.python ?? 'idle'),
      'idle',
    );
    const before = await get(reader, '/');
    assert.equal(before.status, 503);
    assert.deepEqual(unexpected(reader), []);
    await reader.context().close();
  });
});
