// Embeds: the demo blog post (served from one site) embeds scenes from the
// other site. Frames size themselves, step independently, work with
// third-party storage blocked and in a sandboxed frame, and forged messages
// resize nothing. Also: the Share dialog and the embed's JS weight.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, newPage, OTHER_SITE_URL, SITE_URL, waitForServer } from './helpers.mjs';

const MIN = 120;
const MAX = 4000;
const demoUrl = () =>
  new URL(`demo/blog-post.html?embedBase=${encodeURIComponent(OTHER_SITE_URL)}`, SITE_URL).href;
const clamp = (h) => Math.min(MAX, Math.max(MIN, Math.round(h)));

async function frameById(page, id, timeout = 15_000) {
  // Lazy frames load near the viewport; hidden cross-site frames get no animation frames.
  await page.locator(`iframe[src*="id=${id}"]`).scrollIntoViewIfNeeded();
  const deadline = Date.now() + timeout;
  for (;;) {
    // demo.js points each frame at embedBase (the other site) after the page loads: a frame still
    // on its first, same-site src is not the embed under test (it flaked CI: storage not blocked).
    const found = page
      .frames()
      .find(
        (f) =>
          f.url().startsWith(new URL(OTHER_SITE_URL).origin) &&
          f.url().includes('/embed.html?') &&
          f.url().includes(`id=${id}`),
      );
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no embed frame with id=${id}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Waits until the host's iframe height equals the frame's own measured (clamped) height. */
async function waitSized(page, frame, iframeId) {
  await page.locator(`#${iframeId}`).scrollIntoViewIfNeeded();
  const deadline = Date.now() + 10_000;
  let last;
  for (;;) {
    const inner = await frame.evaluate(
      () => document.getElementById('root').getBoundingClientRect().height,
    );
    const outer = await page.evaluate((id) => document.getElementById(id).style.height, iframeId);
    last = { inner, outer };
    if (outer === `${clamp(Math.ceil(inner))}px`) return clamp(Math.ceil(inner));
    if (Date.now() > deadline) throw new Error(`${iframeId} not sized: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const timelineValue = (frame) => frame.locator('input.controls-timeline').inputValue();
const heights = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('iframe')].map(
      (f) => `${f.id}:${f.style.height || f.getAttribute('height')}`,
    ),
  );

describe('embeds on a blog post from another site', () => {
  let browser;
  let page;
  let prefork;
  let wsgi;
  before(async () => {
    browser = await launch();
    page = await newPage(browser, { viewport: { width: 1280, height: 1000 } });
    await page.goto(demoUrl());
    prefork = await frameById(page, 'prefork');
    wsgi = await frameById(page, 'wsgi');
  });
  after(async () => {
    await browser?.close();
  });

  it('answer in the page (third-party storage is blocked) and render the stage', async () => {
    for (const [id, frame] of [
      ['prefork', prefork],
      ['wsgi', wsgi],
    ]) {
      await page.locator(`#embed-${id}`).scrollIntoViewIfNeeded();
      assert.equal(await waitForServer(frame), 'in-page');
      const storageThrows = await frame.evaluate(() => {
        try {
          void window.localStorage;
          return false;
        } catch {
          return true;
        }
      });
      assert.equal(storageThrows, true);
      await frame.locator('figure.stage').waitFor();
      await frame.locator('.narration').waitFor();
    }
    // The page's chrome is not there: no site header, lesson or request form.
    assert.equal(await prefork.locator('.app-header, .lesson, form').count(), 0);
  });

  it('size themselves to their content, and follow it when it reflows', async () => {
    const a = await waitSized(page, prefork, 'embed-prefork');
    const b = await waitSized(page, wsgi, 'embed-wsgi');
    assert.ok(a > MIN && b > MIN, `heights ${a}, ${b}`);
    await page.setViewportSize({ width: 390, height: 900 });
    const narrow = await waitSized(page, prefork, 'embed-prefork');
    assert.notEqual(narrow, a, 'a narrower frame reflows to another height');
    await page.setViewportSize({ width: 1280, height: 1000 });
    assert.equal(await waitSized(page, prefork, 'embed-prefork'), a);
  });

  it('step independently (one store per embed)', async () => {
    const before = { a: await timelineValue(prefork), b: await timelineValue(wsgi) };
    await prefork.getByRole('button', { name: 'Step forward' }).click();
    await prefork.waitForFunction(
      (v) => document.querySelector('input.controls-timeline').value !== v,
      before.a,
    );
    assert.equal(Number(await timelineValue(prefork)), Number(before.a) + 1);
    assert.equal(await timelineValue(wsgi), before.b);
  });

  it('honour from/to and compact controls from the query', async () => {
    // The wsgi frame is locked to steps 0..11 with compact controls.
    const slider = wsgi.locator('input.controls-timeline');
    assert.equal(await slider.getAttribute('min'), '0');
    assert.equal(await slider.getAttribute('max'), '11');
    assert.equal(await wsgi.getByRole('button', { name: 'Restart' }).count(), 0);
  });

  it('work in a sandbox="allow-scripts" frame (opaque origin) and get sized', async () => {
    // A lazy frame far down the post may not exist until it comes near the viewport: scroll first.
    await page.locator('#embed-sandboxed').scrollIntoViewIfNeeded();
    const frame = await frameById(page, 'sandboxed');
    assert.equal(await waitForServer(frame), 'in-page');
    assert.equal(await frame.evaluate(() => window.origin), 'null');
    await frame.locator('figure.stage').waitFor();
    // lang=ko from the query.
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'ko');
    await waitSized(page, frame, 'embed-sandboxed');
  });

  it('a message from another window or origin resizes nothing', async () => {
    await waitSized(page, prefork, 'embed-prefork');
    await waitSized(page, wsgi, 'embed-wsgi');
    const before = await heights(page);
    const forged = { type: 'wsgi-explained:height', id: 'wsgi', height: 3333 };
    // 1. The host page itself.
    await page.evaluate((m) => window.postMessage(m, '*'), forged);
    // 2. A same-site frame that is not an explainer frame.
    // 3. A data: frame marked as an explainer frame but not sandboxed: its 'null' origin proves nothing.
    await page.evaluate(() => {
      for (const [id, src] of [
        ['evil-same', 'about:blank'],
        ['evil-data', 'data:text/html,<p>x</p>'],
      ]) {
        const f = document.createElement('iframe');
        f.id = id;
        f.src = src;
        if (id === 'evil-data') f.setAttribute('data-wsgi-explained', '');
        document.body.append(f);
      }
    });
    await page
      .frame({ url: 'about:blank' })
      ?.evaluate((m) => window.parent.postMessage(m, '*'), forged);
    const dataFrame = page.frames().find((f) => f.url().startsWith('data:'));
    await dataFrame.waitForLoadState();
    await dataFrame.evaluate((m) => window.parent.postMessage(m, '*'), forged);
    // 4. A page of the explainer's own site that is not one of the frames.
    const otherSite = page.frames().find((f) => f.url().includes('id=prefork'));
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.id = 'evil-cross';
      f.src = src;
      document.body.append(f);
    }, new URL('mockServiceWorker.js', OTHER_SITE_URL).href);
    const cross = await (async () => {
      for (;;) {
        const f = page.frames().find((x) => x.url().endsWith('mockServiceWorker.js'));
        if (f) return f;
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    await cross.waitForLoadState();
    await cross.evaluate((m) => window.parent.postMessage(m, '*'), forged);
    // A round trip through the host's event loop after the forged messages.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    const after = await heights(page);
    const explainers = (list) => list.filter((h) => h.startsWith('embed-'));
    assert.deepEqual(explainers(after), explainers(before));
    assert.ok(!after.some((h) => h.endsWith(':3333px')), after.join(', '));

    // 5. An explainer frame naming another frame's id sizes only itself.
    await otherSite.evaluate((m) => window.parent.postMessage(m, '*'), { ...forged, height: 999 });
    await page.waitForFunction(
      () => document.getElementById('embed-prefork').style.height === '999px',
    );
    assert.equal(
      explainers(await heights(page)).find((h) => h.startsWith('embed-wsgi:')),
      explainers(before).find((h) => h.startsWith('embed-wsgi:')),
    );
    // And a huge height is clamped.
    await otherSite.evaluate((m) => window.parent.postMessage(m, '*'), { ...forged, height: 1e9 });
    await page.waitForFunction(
      (max) => document.getElementById('embed-prefork').style.height === `${max}px`,
      MAX,
    );
  });

  it('logged no errors', () => {
    assert.deepEqual(page.errors, []);
  });
});

describe('embed weight and the Share dialog', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  async function jsBytes(url) {
    const page = await newPage(browser, { serviceWorkers: 'block' });
    const sizes = new Map();
    page.on('response', async (r) => {
      if (!r.url().endsWith('.js') || r.url().endsWith('mockServiceWorker.js')) return;
      sizes.set(r.url(), (await r.body()).length);
    });
    await page.goto(url);
    await waitForServer(page);
    await page.locator('figure.stage').waitFor();
    await page.waitForLoadState('networkidle');
    await page.context().close();
    return [...sizes.values()].reduce((a, b) => a + b, 0);
  }

  it('the embed loads less JS than the full site', async () => {
    const site = await jsBytes(SITE_URL);
    const embed = await jsBytes(new URL('embed.html?scene=wsgi', SITE_URL).href);
    assert.ok(embed > 0 && embed < site, `embed ${embed} B, site ${site} B`);
  });

  it('builds a snippet for the current scene and step; Esc closes it', async () => {
    const page = await newPage(browser);
    await page.goto(new URL('?scene=middleware&step=4&lang=en', SITE_URL).href);
    await waitForServer(page);
    // Built without SITE_URL (as the tests build), there are no oEmbed files to link (see oembedPlugin.ts).
    const link = page.locator('link[type="application/json+oembed"]');
    if (process.env.SITE_URL)
      assert.match(await link.getAttribute('href'), /\/oembed\/middleware\.json$/);
    else assert.equal(await link.count(), 0);
    await page.getByRole('button', { name: 'Share / Embed' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const code = await dialog.locator('textarea').inputValue();
    assert.match(
      code,
      /<iframe src="http:\/\/127\.0\.0\.1:\d+\/wsgi-explained\/embed\.html\?scene=middleware&amp;step=4&amp;lang=en"/,
    );
    assert.match(
      code,
      /<script src="http:\/\/127\.0\.0\.1:\d+\/wsgi-explained\/embed\.js" async><\/script>/,
    );
    await dialog.getByLabel('Controls').selectOption('compact');
    assert.match(await dialog.locator('textarea').inputValue(), /controls=compact/);
    // The preview is the snippet's frame, live.
    const preview = page.frames().find((f) => f.url().includes('embed.html?scene=middleware'));
    assert.ok(preview, 'preview frame');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // Focus is back on the button that opened it.
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Share / Embed');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
