// Embed fixes (issue 11): a locked range counts and slides over itself only;
// autoplay loops (reduced motion: the last frame and Replay); "Open the full
// explainer" works in a sandbox="allow-scripts" frame; the page follows the
// theme; the first paint shows the figure's frame and the controls, and
// nothing moves when the stage's chunk arrives.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, newPage, OTHER_SITE_URL, SITE_URL, waitForServer } from './helpers.mjs';

const embed = (query, base = SITE_URL) => new URL(`embed.html?${query}`, base).href;
const count = (frame) => frame.locator('.controls-position').textContent();
const figureStep = (frame) =>
  frame.evaluate(() => Number(document.querySelector('figure.stage')?.dataset.step ?? NaN));

async function waitForFrame(page, test, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = page.frames().find((f) => f !== page.mainFrame() && test(f.url()));
    if (found) return found;
    if (Date.now() > deadline) throw new Error('no such frame');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('embed fixes', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('from=0&to=11 counts "n / 11" and its slider, buttons and Play stop at beat 11', async () => {
    const page = await newPage(browser, { viewport: { width: 680, height: 800 } });
    await page.goto(embed('scene=wsgi&from=0&to=11&speed=4'));
    await waitForServer(page);
    await page.locator('figure.stage').waitFor();
    await page.waitForFunction(() =>
      /\/ 11$/.test(document.querySelector('.controls-position').textContent),
    );
    assert.equal(await count(page), '0 / 11');
    const slider = page.locator('input.controls-timeline');
    assert.deepEqual(
      [await slider.getAttribute('min'), await slider.getAttribute('max')],
      ['0', '11'],
    );
    await page.getByRole('button', { name: 'End' }).click();
    assert.equal(await count(page), '11 / 11');
    const forward = page.getByRole('button', { name: 'Step forward' });
    assert.equal(await forward.getAttribute('aria-disabled'), 'true');
    // aria-disabled keeps it focusable: press it from the keyboard.
    await forward.focus();
    await page.keyboard.press('Enter');
    assert.equal(await count(page), '11 / 11');
    // Play from the end starts again at the range's start and stops at its end.
    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByRole('button', { name: 'Play' }).waitFor({ timeout: 60_000 });
    assert.equal(await count(page), '11 / 11');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('controls=none&autoplay=1 plays to the end, rests, and plays again', async () => {
    const page = await newPage(browser, { viewport: { width: 680, height: 800 } });
    await page.goto(embed('scene=static&controls=none&autoplay=1&speed=4&from=0&to=2'));
    await waitForServer(page);
    await page.locator('figure.stage').waitFor();
    const seen = [];
    const deadline = Date.now() + 30_000;
    // The figure's step climbs to the range's end, then starts again lower.
    for (let top = -Infinity; Date.now() < deadline; await page.waitForTimeout(100)) {
      const step = await figureStep(page);
      if (seen.at(-1) !== step) seen.push(step);
      top = Math.max(top, step);
      if (seen.length > 2 && step < top) break;
    }
    const top = Math.max(...seen);
    assert.ok(seen.at(-1) < top, `looped: ${seen.join(' → ')}`);
    assert.equal(await page.locator('.embed-replay').count(), 0);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('with reduced motion it shows the last frame and a Replay button reachable by keyboard', async () => {
    const page = await newPage(browser, {
      viewport: { width: 680, height: 800 },
      reducedMotion: 'reduce',
    });
    await page.goto(embed('scene=static&controls=none&autoplay=1&from=0&to=2'));
    await waitForServer(page);
    await page.locator('figure.stage').waitFor();
    const replay = page.getByRole('button', { name: 'Replay' });
    await replay.waitFor();
    await page.waitForFunction(
      () => Number(document.querySelector('figure.stage').dataset.step) > 0,
    );
    const last = await figureStep(page);
    await page.waitForTimeout(1500);
    assert.equal(await figureStep(page), last, 'no autoplay');
    // Tab reaches it (after the widget and the link), Enter replays: the figure starts again.
    for (let i = 0; i < 5 && !(await replay.evaluate((b) => b === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    assert.equal(await replay.evaluate((b) => b === document.activeElement), true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (l) => Number(document.querySelector('figure.stage').dataset.step) < l,
      last,
    );
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('"Open the full explainer" in a sandbox="allow-scripts" frame opens a tab through embed.js', async () => {
    const page = await newPage(browser, { viewport: { width: 1280, height: 1000 } });
    await page.goto(
      new URL(`demo/blog-post.html?embedBase=${encodeURIComponent(OTHER_SITE_URL)}`, SITE_URL).href,
    );
    await page.locator('#embed-sandboxed').scrollIntoViewIfNeeded();
    // Once demo.js has pointed the frame at the other site (its first src is same-site).
    const frame = await waitForFrame(
      page,
      (u) => u.startsWith(new URL(OTHER_SITE_URL).origin) && u.includes('id=sandboxed'),
    );
    await waitForServer(frame);
    assert.equal(await frame.evaluate(() => window.origin), 'null');
    const opened = page.context().waitForEvent('page');
    await frame.getByRole('link', { name: /전체 해설에서 열기/ }).click();
    const tab = await opened;
    await tab.waitForLoadState();
    assert.match(tab.url(), /\/wsgi-explained\/\?scene=middleware&step=\d+&lang=ko$/);
    assert.ok(tab.url().startsWith(OTHER_SITE_URL), tab.url());
    await page.context().close();
  });

  it('…and without a host script, opens the explainer in the frame itself', async () => {
    const page = await newPage(browser, { viewport: { width: 1000, height: 900 } });
    await page.setContent(
      `<iframe sandbox="allow-scripts" style="width:760px;height:640px;border:0"
        src="${embed('scene=wsgi&lang=en&id=bare', OTHER_SITE_URL)}"></iframe>`,
    );
    const frame = await waitForFrame(page, (u) => u.includes('id=bare'));
    await waitForServer(frame);
    await frame.getByRole('link', { name: /Open the full explainer/ }).click();
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && page.frames()[1]?.url().includes('embed.html'))
      await new Promise((r) => setTimeout(r, 100));
    assert.match(page.frames()[1].url(), /\/wsgi-explained\/\?scene=wsgi&step=0&lang=en$/);
    assert.equal(page.context().pages().length, 1);
    await page.context().close();
  });

  it('the whole page follows the theme (theme=dark, and auto in a dark system)', async () => {
    const dark = 'rgb(18, 19, 22)';
    const bg = (p) =>
      p.evaluate(() =>
        [document.documentElement, document.body].map(
          (e) => window.getComputedStyle(e).backgroundColor,
        ),
      );
    for (const [query, colorScheme] of [
      ['?scene=prefork&theme=dark', 'light'],
      ['?scene=prefork', 'dark'],
    ]) {
      const page = await newPage(browser, { viewport: { width: 1000, height: 2400 }, colorScheme });
      await page.goto(new URL(query, SITE_URL).href);
      await page.locator('figure.stage').waitFor();
      assert.deepEqual(await bg(page), [dark, dark], query);
      await page.screenshot({ path: `/tmp/e2e-theme-index-${colorScheme}.png` });
      await page.context().close();
    }
    // The embed stays transparent around its card (it sits on the host's page) but takes the theme's colour scheme.
    const page = await newPage(browser, { viewport: { width: 680, height: 800 } });
    await page.goto(embed('scene=prefork&theme=dark'));
    await page.locator('figure.stage').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.equal(
      await page.evaluate(() => window.getComputedStyle(document.documentElement).colorScheme),
      'dark',
    );
    await page.context().close();
  });

  it('the first paint shows the figure frame and the controls; nothing moves when the stage arrives', async () => {
    const page = await newPage(browser, { viewport: { width: 680, height: 900 } });
    let release;
    const held = new Promise((r) => (release = r));
    await page.route(/\/LoadedStage-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(embed('scene=prefork&step=3'));
    await page.locator('.stage.stage-loading').waitFor();
    const box = () =>
      page.evaluate(() => {
        const r = (s) => document.querySelector(s).getBoundingClientRect();
        return {
          stage: r('.widget-stage').height,
          controls: r('.controls').top,
          root: r('#root').height,
        };
      });
    const first = await box();
    assert.ok(first.stage > 200, `the frame has the stage's height: ${first.stage}`);
    assert.equal(await page.getByRole('button', { name: 'Play' }).count(), 1);
    release();
    await page.locator('figure.stage').waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(await box(), first);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
