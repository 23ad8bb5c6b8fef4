// What a learner does on the full site: step through a scene and back, use the
// keyboard, switch language, open every scene, send a request of their own.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, newPage, SITE_URL, TRACE_SCENES, waitForServer } from './helpers.mjs';

const SCENES = [...TRACE_SCENES, 'load-lab'];

const at = (query) => new URL(`?${query}`, SITE_URL).href;

/** Waits until the scene's trace has filled the timeline (the engine loads after the first frame). */
async function timelineReady(page) {
  await page.waitForFunction(
    () => Number(document.querySelector('input.controls-timeline')?.max ?? 0) > 0,
    null,
    { polling: 100, timeout: 15_000 },
  );
}

describe('the explainer', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('steps forward and back: the timeline and the narration follow, and agree both ways', async () => {
    const page = await newPage(browser);
    await page.goto(at('scene=wsgi&lang=en'));
    await waitForServer(page);
    await timelineReady(page);
    const timeline = page.getByRole('slider', { name: 'Timeline' });
    const narration = page.getByLabel('Narration');
    const forward = page.getByRole('button', { name: 'Step forward' });
    const back = page.getByRole('button', { name: 'Step back' });

    // The slider's value is the beat: 0 before the first, 1 after the first Step forward.
    const seen = [await narration.innerText()];
    for (let i = 1; i <= 6; i++) {
      await forward.click();
      await assert.doesNotReject(() =>
        page.waitForFunction(
          (v) => document.querySelector('input.controls-timeline')?.value === String(v),
          i,
          { timeout: 5_000 },
        ),
      );
      seen.push(await narration.innerText());
    }
    assert.equal(await timeline.inputValue(), '6');
    assert.equal(new Set(seen).size, seen.length, 'each step narrates something new');
    for (let i = 5; i >= 1; i--) {
      await back.click();
      assert.equal(await timeline.inputValue(), String(i));
      assert.equal(await narration.innerText(), seen[i], `step ${i} reads the same going back`);
    }
    // The deep link follows (throttled).
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('step') === '1',
      null,
      {
        timeout: 5_000,
      },
    );

    // Keyboard, while the explainer has focus: → steps, End jumps, Home returns.
    await timeline.focus();
    await page.locator('.widget').first().focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await timeline.inputValue(), '2');
    await page.keyboard.press('End');
    assert.equal(await timeline.inputValue(), await timeline.getAttribute('max'));
    await page.keyboard.press('Home');
    assert.equal(await timeline.inputValue(), await timeline.getAttribute('min'));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('switches language: labels, <html lang> and the link follow', async () => {
    const page = await newPage(browser);
    await page.goto(at('scene=prefork&lang=en&step=10'));
    await waitForServer(page);
    await timelineReady(page);
    const before = await page.getByLabel('Narration').innerText();
    await page.getByRole('button', { name: '한국어' }).click();
    await page.getByRole('button', { name: '다음 단계' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
    // The Korean sentences load after the switch (a separate chunk): wait for them.
    await page.waitForFunction(
      () => /[가-힣]/.test(document.querySelector('[aria-label="해설"]')?.textContent ?? ''),
      null,
      { timeout: 5_000 },
    );
    const after = await page.getByLabel('해설').innerText();
    assert.notEqual(after, before);
    assert.match(after, /[가-힣]/);
    assert.equal(await page.getByRole('slider', { name: '타임라인' }).inputValue(), '10');
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('lang') === 'ko',
      null,
      {
        timeout: 5_000,
      },
    );
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('opens every scene in both languages with no console errors', async () => {
    const page = await newPage(browser);
    for (const lang of ['en', 'ko']) {
      for (const scene of SCENES) {
        await page.goto(at(`scene=${scene}&lang=${lang}&step=5`));
        await waitForServer(page);
        if (scene !== 'load-lab') {
          await timelineReady(page);
          await page.getByRole('img').first().waitFor();
          assert.ok(
            (await page.getByRole('img').first().getAttribute('aria-label'))?.length,
            scene,
          );
        } else {
          await page.locator('.lab').first().waitFor();
        }
        // The lesson loaded and has its sources.
        await page
          .getByRole('heading', { name: lang === 'en' ? 'Sources' : /출처|Sources/ })
          .first()
          .waitFor({ timeout: 10_000 });
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
        assert.deepEqual(page.errors, [], `${scene} (${lang})`);
      }
    }
    await page.context().close();
  });

  it('sends a request from the form: the response shows and the request joins the timeline', async () => {
    const page = await newPage(browser);
    await page.goto(at('scene=wsgi&lang=en'));
    await waitForServer(page);
    await timelineReady(page);
    const timeline = page.getByRole('slider', { name: 'Timeline' });
    const lengthBefore = Number(await timeline.getAttribute('max'));

    const form = page.getByRole('form', { name: 'Send a request' });
    await form.getByLabel('Method').selectOption('GET');
    await form.getByLabel('URL').fill('https://demo.test/hello/ada');
    await form.getByRole('button', { name: 'Send' }).click();
    const response = page.getByRole('region', { name: 'Response' });
    await response.getByText('HTTP/1.1 200 OK').waitFor({ timeout: 10_000 });
    assert.match(await response.innerText(), /ada/i);
    await page.waitForFunction(
      (n) => Number(document.querySelector('input.controls-timeline')?.max) > n,
      lengthBefore,
      { timeout: 5_000 },
    );

    // Bad input: a clear message next to the field, nothing sent.
    await form.getByLabel('URL').fill('https://example.com/x');
    await form.getByRole('button', { name: 'Send' }).click();
    const url = form.getByLabel('URL');
    assert.equal(await url.getAttribute('aria-invalid'), 'true');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
