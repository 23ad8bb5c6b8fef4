// The wires: the path is drawn, the wire to the processes ends at the process
// (or thread) holding the current request, the lit stretch follows the
// current request while stepping, and in the wsgi scene each body chunk
// travels back along the wire one by one (b'' drawn empty).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, newPage, SITE_URL, waitForServer } from './helpers.mjs';

async function open(browser, scene) {
  const page = await newPage(browser, {
    viewport: { width: 1440, height: 900 },
    reducedMotion: 'reduce',
  });
  await page.goto(new URL(`?scene=${scene}&lang=en`, SITE_URL).href);
  await waitForServer(page);
  await page.waitForFunction(
    () => Number(document.querySelector('input.controls-timeline')?.max ?? 0) > 0,
  );
  // One event per step.
  await page.getByRole('switch', { name: 'Details' }).check();
  return page;
}

async function step(page) {
  const slider = page.locator('input.controls-timeline');
  const value = await slider.inputValue();
  if (value === (await slider.getAttribute('max'))) return false;
  await page.getByRole('button', { name: 'Step forward' }).click();
  await page.waitForFunction(
    (v) => document.querySelector('input.controls-timeline').value !== v,
    value,
  );
  await page.evaluate(
    () => new Promise((r) => window.requestAnimationFrame(() => setTimeout(r, 0))),
  );
  return true;
}

/** What the figure draws now: the current token's box, the wires, the lit ones, the worker wire's end. */
function look() {
  const fig = document.querySelector('figure.stage');
  const base = fig.getBoundingClientRect();
  const token = fig.querySelector('.stage-token[data-current]');
  const svg = fig.querySelector('svg.stage-wires[data-holder]');
  const wires = [...fig.querySelectorAll('[data-wire]')];
  const toWorker = fig.querySelector('[data-wire$=">worker"]');
  let end = null;
  let holderRect = null;
  if (toWorker && svg) {
    const d = toWorker
      .getAttribute('d')
      .trim()
      .split(/[ML ]+/)
      .filter(Boolean)
      .map(Number);
    end = [d[d.length - 2], d[d.length - 1]];
    const box = fig.querySelector(`[data-box="${svg.dataset.holder}"]`);
    const r = box?.getBoundingClientRect();
    if (r)
      holderRect = [r.left - base.left, r.top - base.top, r.right - base.left, r.bottom - base.top];
  }
  return {
    at: token?.dataset.in ?? null,
    holder: svg?.dataset.holder ?? null,
    wires: wires.map((w) => w.dataset.wire),
    lit: wires.filter((w) => w.dataset.lit).map((w) => `${w.dataset.wire}:${w.dataset.lit}`),
    end,
    holderRect,
    chunk: fig.querySelector('[data-travel="chunk"]')?.textContent ?? null,
  };
}

const stopOf = (box) =>
  box === 'done'
    ? 'clients'
    : box.startsWith('queue')
      ? 'listener'
      : /^(proc|thread):|^dispatch$/.test(box)
        ? 'worker'
        : box;

describe('the wires', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('prefork: the wire goes to the worker holding the current request, and the lit stretch follows it', async () => {
    const page = await open(browser, 'prefork');
    const first = await page.evaluate(look);
    assert.deepEqual(first.wires, [
      'clients>web',
      'web>listener',
      'listener>worker',
      'worker>wsgi',
      'wsgi>app',
    ]);
    const holders = new Set();
    let inWorker = 0;
    let litSteps = 0;
    for (let i = 0; i < 40 && (await step(page)); i++) {
      const s = await page.evaluate(look);
      if (!s.at) continue;
      if (/^(proc|thread):/.test(s.at)) {
        inWorker++;
        // The wire to the processes goes to the box holding the request, and ends on it.
        assert.equal(s.holder, s.at, `step ${i}: wire to ${s.holder}, request in ${s.at}`);
        const [x, y] = s.end;
        const [l, t, r, b] = s.holderRect;
        assert.ok(
          x >= l - 1 && x <= r + 1 && y >= t - 1 && y <= b + 1,
          `step ${i}: ends at ${s.end} outside ${s.holderRect}`,
        );
        holders.add(s.holder);
      }
      if (s.lit.length > 0) {
        litSteps++;
        // A lit stretch touches the stop the current request is at.
        const stop = stopOf(s.at);
        assert.ok(
          s.lit.some((l) => l.split(':')[0].split('>').includes(stop)),
          `step ${i}: lit ${s.lit} while the request is at ${s.at}`,
        );
      }
    }
    assert.ok(inWorker >= 3, `the request was in a worker at ${inWorker} steps`);
    assert.ok(holders.size >= 2, `wires went to ${[...holders]}: one worker only`);
    assert.ok(litSteps >= 10, `lit at ${litSteps} steps`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it("wsgi: each body chunk leaves the WSGI server along the wire, b'' drawn empty", async () => {
    const page = await open(browser, 'wsgi');
    const chunks = [];
    for (let i = 0; i < 60 && (await step(page)); i++) {
      const s = await page.evaluate(look);
      if (s.chunk === null) continue;
      chunks.push(s.chunk);
      // The whole way back from the WSGI server to the client is lit, outbound.
      assert.ok(
        s.lit.includes('worker>wsgi:out') && s.lit.includes('clients>web:out'),
        `lit ${s.lit}`,
      );
    }
    assert.ok(chunks.length >= 3, `chunks travelling: ${chunks}`);
    assert.equal(chunks[0], "b''");
    assert.ok(
      chunks.slice(1).some((c) => /^\d+ B$/.test(c)),
      `chunks: ${chunks}`,
    );
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
