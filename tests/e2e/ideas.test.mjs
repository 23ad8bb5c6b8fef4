// Each scene's idea is drawn in the processes station, and stepping shows it
// change: in threads the GIL baton (one element per process) moves from thread
// to thread; in event-loop a blocking call marks the loop frozen until it
// returns (its ring stops turning); in fork a child card appears, out of its parent, and later leaves;
// in prefork a crashed worker never says "idle". Stepping these scenes forces
// no DOM measurement (getBoundingClientRect outside a ResizeObserver callback).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { countRects, launch, newPage, SITE_URL, waitForServer, stepSlider } from './helpers.mjs';

/** Opens a scene at its first step; with `details`, a step is one event. */
async function open(browser, scene, { details = false, motion = false } = {}) {
  const page = await newPage(browser, {
    viewport: { width: 1440, height: 900 },
    reducedMotion: motion ? 'no-preference' : 'reduce',
  });
  await page.addInitScript(countRects);
  await page.goto(new URL(`?scene=${scene}&lang=en`, SITE_URL).href);
  await waitForServer(page);
  await page.locator('figure.stage').waitFor();
  await page.waitForFunction(
    () => Number(document.querySelector('input.controls-timeline')?.max ?? 0) > 0,
  );
  if (details) await page.getByRole('switch', { name: 'Details' }).check();
  const restart = page.getByRole('button', { name: 'Restart' });
  if (await restart.isEnabled()) await restart.click();
  return page;
}

describe('each scene draws its idea', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('threads: one GIL baton per process moves between thread rows', async () => {
    const page = await open(browser, 'threads', { details: true });
    // Tag each baton element: the same element must travel (not one per row).
    const seen = new Map(); // pid → Set of "tid@y"
    let replaced = 0;
    for (let i = 0; i < 60 && (await stepSlider(page)); i++) {
      const batons = await page.evaluate(() =>
        [...document.querySelectorAll('.ideas-baton')].map((b) => {
          const fresh = !b.__tagged;
          b.__tagged = true;
          const card = b.closest('[data-pid]');
          return {
            pid: card.dataset.pid,
            tid: b.dataset.gil,
            y: new window.DOMMatrixReadOnly(window.getComputedStyle(b).transform).m42,
            inCard: card.querySelectorAll('.ideas-baton').length,
            fresh,
          };
        }),
      );
      for (const b of batons) {
        assert.equal(b.inCard, 1, `process ${b.pid} draws ${b.inCard} batons`);
        if (!seen.has(b.pid)) seen.set(b.pid, new Map());
        else if (b.fresh) replaced++;
        if (b.tid) seen.get(b.pid).set(b.tid, Math.round(b.y));
      }
    }
    const moved = [...seen.values()].filter((holders) => holders.size >= 2);
    assert.ok(moved.length > 0, 'the GIL never changed hands');
    for (const holders of moved) {
      // Different holders, different places: it travels down and up the rows.
      const ys = new Set(holders.values());
      assert.equal(ys.size, holders.size, `baton places ${[...holders.entries()]}`);
    }
    assert.equal(replaced, 0, 'a baton element was replaced instead of moved');
    // Waiting threads say so, and threads in I/O hold no baton.
    const states = await page.evaluate(() =>
      [...document.querySelectorAll('.ideas-thread')].map((r) => r.dataset.state),
    );
    assert.ok(states.length > 0);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('threads: a waiting thread says "waits for the GIL" and one in I/O "GIL released"', async () => {
    const page = await open(browser, 'threads', { details: true });
    const texts = new Set();
    for (let i = 0; i < 80 && (await stepSlider(page)); i++) {
      for (const t of await page.locator('.ideas-thread .ideas-state').allInnerTexts())
        texts.add(t);
      if (texts.has('waits for the GIL') && texts.has('I/O, GIL released')) break;
    }
    assert.ok(texts.has('waits for the GIL'), [...texts].join(' | '));
    assert.ok(texts.has('I/O, GIL released'), [...texts].join(' | '));
    await page.context().close();
  });

  it('event-loop: a blocking call marks the loop frozen until it returns', async () => {
    const page = await open(browser, 'event-loop');
    const trail = [];
    const turns = new Set();
    let blocked = '';
    while (await stepSlider(page)) {
      const loop = page.locator('.ideas-loop');
      // Before the worker starts there is no loop yet.
      if ((await loop.count()) === 0) continue;
      const frozen = (await loop.getAttribute('data-frozen')) === 'true';
      trail.push(frozen);
      if (frozen) {
        blocked = await page.locator('.ideas-loop-blocked').innerText();
        // The ring stops: its turn stays where the blocking call found it.
        turns.add(await page.locator('.ideas-ring-track').evaluate((el) => el.style.transform));
        assert.ok((await page.locator('.ideas-conn.is-block').count()) === 1);
      }
    }
    const first = trail.indexOf(true);
    assert.ok(first > 0, `never frozen: ${trail}`);
    assert.ok(trail.slice(first).includes(false), `never thawed: ${trail}`);
    assert.match(blocked, /time\.sleep/);
    assert.equal(turns.size, 1, `the ring turned while frozen: ${[...turns]}`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('fork: a child card comes out of the master, serves, and leaves', async () => {
    const page = await open(browser, 'fork', { details: true, motion: true });
    const trail = [];
    while (await stepSlider(page)) {
      const children = await page.evaluate(() =>
        [...document.querySelectorAll('.stage-proc[data-role="child"]')].map((c) => ({
          pid: c.dataset.pid,
          born: c.hasAttribute('data-born'),
          animation: window.getComputedStyle(c).animationName,
          alive: c.dataset.alive,
          text: c.innerText,
        })),
      );
      trail.push(children);
    }
    for (const c of trail.flat()) assert.doesNotMatch(c.text, /\bidle\b/, `a child says idle`);
    const appeared = trail.findIndex((c) => c.length > 0);
    assert.ok(appeared >= 0, 'no child card');
    const child = trail[appeared][0];
    assert.equal(child.born, true);
    assert.equal(child.animation, 'ideas-born');
    const died = trail.findIndex(
      (c, i) => i > appeared && c.some((x) => x.pid === child.pid && x.alive === 'false'),
    );
    assert.ok(died > appeared, 'the child never exits');
    const gone = trail.findIndex((c, i) => i > died && !c.some((x) => x.pid === child.pid));
    assert.ok(gone > died, `child ${child.pid} never leaves the stage`);
    // The master stays, listening.
    assert.match(await page.locator('.ideas-master').innerText(), /listens on :\d+/);
    await page.context().close();
  });

  it('prefork: a crashed worker never says idle', async () => {
    const page = await open(browser, 'prefork');
    let crashed = 0;
    while (await stepSlider(page)) {
      const dead = await page.evaluate(() =>
        [...document.querySelectorAll('.stage-proc[data-alive="false"]')].map((c) => c.innerText),
      );
      for (const text of dead) {
        assert.doesNotMatch(text, /\bidle\b/, `a dead worker says idle: ${text}`);
        if (/crashed/.test(text)) crashed++;
      }
      // A worker serving a request says which one.
      const busy = await page.locator('.ideas-thread.is-busy .ideas-state').allInnerTexts();
      for (const t of busy) assert.match(t, /#\d+/);
    }
    assert.ok(crashed > 0, 'the crash was never drawn');
    await page.context().close();
  });

  it('stepping threads and event-loop measures nothing outside a ResizeObserver', async () => {
    for (const scene of ['threads', 'event-loop', 'prefork']) {
      const page = await open(browser, scene, { motion: true });
      await page.waitForTimeout(300);
      const start = await page.evaluate(() => window.__rects.forced);
      for (let i = 0; i < 8 && (await stepSlider(page)); i++) await page.waitForTimeout(250);
      const forced = (await page.evaluate(() => window.__rects.forced)) - start;
      assert.equal(forced, 0, `${scene}: ${forced} forced measurements`);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  });
});
