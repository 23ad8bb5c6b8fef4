// One session per widget: the learner's own fetch() calls are served by the
// scene's machine, not by a second hidden one (issue "One session per widget").
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, newPage, SITE_URL, waitForServer } from './helpers.mjs';

/** What the stage draws: masters, and every pid on it. */
const stageProcesses = (page) =>
  page.evaluate(() => ({
    masters: document.querySelectorAll('.stage-proc--master').length,
    pids: [...document.querySelectorAll('.stage-proc[data-pid]')].map((el) => el.dataset.pid),
  }));

describe('live requests join the scene’s machine', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  for (const scene of ['prefork', 'threads', 'event-loop']) {
    it(`${scene}: five console fetch() calls add no master and no process`, async () => {
      const page = await newPage(browser);
      await page.goto(new URL(`?scene=${scene}&step=9999`, SITE_URL).href);
      await waitForServer(page);
      await page.waitForSelector('.stage-proc[data-pid]');
      const before = await stageProcesses(page);
      assert.equal(before.masters, 1);
      const statuses = await page.evaluate(async () => {
        const out = [];
        for (let i = 0; i < 5; i++)
          out.push((await fetch(`https://demo.test/environ?live=${i}`)).status);
        return out;
      });
      assert.deepEqual(statuses, [200, 200, 200, 200, 200]);
      // The cursor jumps to the live requests; let the stage show the last one's end.
      await page.locator('.widget').first().focus();
      await page.keyboard.press('End');
      await page.waitForTimeout(300);
      const afterLive = await stageProcesses(page);
      assert.equal(afterLive.masters, before.masters);
      // No new process (a dead one may leave the stage meanwhile).
      const added = afterLive.pids.filter((pid) => !before.pids.includes(pid));
      assert.deepEqual(added, []);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }
});

describe('a fetch() loop (a rush)', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('holds the figure still with a count of the answers, then lands on the newest', async () => {
    const page = await newPage(browser, { viewport: { width: 1440, height: 900 } });
    await page.goto(new URL('?scene=wsgi&lang=en', SITE_URL).href);
    await waitForServer(page);
    await page.waitForSelector('figure.stage');
    const stepOf = () => page.evaluate(() => document.querySelector('figure.stage').dataset.step);
    // The loop runs in the page while the test watches the figure.
    await page.evaluate(() => {
      window.loopDone = (async () => {
        const statuses = [];
        for (let i = 0; i < 120; i++)
          statuses.push((await fetch(`https://demo.test/environ?i=${i}`)).status);
        return statuses;
      })();
    });
    const badge = page.locator('.stage-rush');
    await badge.waitFor({ timeout: 10_000 });
    const held = await stepOf();
    const first = Number(await badge.getAttribute('data-waiting'));
    await page.waitForFunction(
      (n) => Number(document.querySelector('.stage-rush')?.dataset.waiting) > n,
      first,
    );
    // Counting, yet the figure has not moved: it holds still while they come.
    assert.equal(await stepOf(), held);
    assert.match(await badge.textContent(), /Requests rushing in: \d+ answered/);
    const statuses = await page.evaluate(() => window.loopDone);
    assert.equal(statuses.length, 120);
    assert.ok(statuses.every((s) => s === 200));
    // When they stop, the badge goes and the figure shows the newest request, answered.
    await badge.waitFor({ state: 'detached', timeout: 5_000 });
    await page.waitForFunction(
      (s) => document.querySelector('figure.stage').dataset.step !== s,
      held,
    );
    // The cursor is at the end of the timeline: the newest request's last beat.
    const slider = page.locator('input.controls-timeline');
    assert.equal(await slider.inputValue(), await slider.getAttribute('max'));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
