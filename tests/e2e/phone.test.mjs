// The figure on a phone (390×844): the thread rows of the GIL scenes keep
// their labels. Every row shows which thread it is and, unless the GIL baton
// rests on it, what it does (running Python, waiting for the GIL, I/O), as text
// drawn inside the row, in English and Korean. The event loop's words (a
// blocking call froze it) are inside the figure, not below its edge.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, newPage, SITE_URL, waitForServer, stepSlider } from './helpers.mjs';

const PHONE = { width: 390, height: 844 };
const SHORT = {
  en: { waiting: 'wait', io: 'I/O' },
  ko: { waiting: '대기', io: 'I/O' },
};

async function open(browser, scene, lang) {
  const page = await newPage(browser, { viewport: PHONE, reducedMotion: 'reduce' });
  await page.goto(new URL(`?scene=${scene}&lang=${lang}`, SITE_URL).href);
  await waitForServer(page);
  await page.locator('figure.stage').waitFor();
  await page.waitForFunction(
    () => Number(document.querySelector('input.controls-timeline')?.max ?? 0) > 0,
  );
  return page;
}

/**
 * Each GIL row's drawn text: the label's and the status's text nodes that have
 * a box of their own (not display:none, not clipped to a pixel), inside the row.
 */
function rowsSeen() {
  const drawn = (el, row) => {
    if (!el) return '';
    const box = row.getBoundingClientRect();
    const walker = document.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      const parent = node.parentElement;
      const style = window.getComputedStyle(parent);
      const visible =
        r.width >= 4 &&
        r.height >= 8 &&
        Number(style.opacity) > 0 &&
        style.visibility === 'visible' &&
        r.left >= box.left - 0.5 &&
        r.right <= box.right + 0.5 &&
        r.top >= box.top - 0.5 &&
        r.bottom <= box.bottom + 0.5;
      if (visible) text += node.textContent;
    }
    return text.trim();
  };
  return [...document.querySelectorAll('.ideas-thread--gil')].map((row) => ({
    box: row.dataset.box,
    state: row.dataset.state,
    underBaton: row.classList.contains('is-under-baton'),
    label: drawn(row.querySelector('.stage-thread-label'), row),
    status: drawn(row.querySelector('.ideas-state'), row),
  }));
}

describe('the figure on a phone', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  for (const [scene, lang] of [
    ['threads', 'en'],
    ['threads', 'ko'],
    ['process-vs-thread', 'en'],
    ['process-vs-thread', 'ko'],
  ]) {
    it(`${scene} (${lang}): every thread row says which thread it is and what it does`, async () => {
      const page = await open(browser, scene, lang);
      const statuses = new Map(); // state → texts drawn for it
      let rowsChecked = 0;
      for (let i = 0; i < 12 && (await stepSlider(page)); i++) {
        for (const row of await page.evaluate(rowsSeen)) {
          rowsChecked++;
          const tid = row.box.split(':')[2];
          assert.ok(row.label.includes(tid), `${row.box}: label drawn "${row.label}"`);
          if (row.underBaton) continue;
          assert.ok(row.status.length > 0, `${row.box} (${row.state}): no status drawn`);
          if (!statuses.has(row.state)) statuses.set(row.state, new Set());
          statuses.get(row.state).add(row.status);
        }
      }
      assert.ok(rowsChecked > 0, 'no GIL thread rows on the phone');
      const said = (state) => [...(statuses.get(state) ?? [])];
      assert.deepEqual(said('waiting'), [SHORT[lang].waiting], 'waiting rows');
      if (scene === 'threads') assert.deepEqual(said('io'), [SHORT[lang].io], 'I/O rows');
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }

  for (const lang of ['en', 'ko']) {
    it(`event-loop (${lang}): a frozen loop's words are inside the processes station`, async () => {
      const page = await open(browser, 'event-loop', lang);
      let seen = 0;
      while (await stepSlider(page)) {
        const box = await page.evaluate(() => {
          const says = document.querySelector('.ideas-loop.is-frozen .ideas-loop-says');
          if (!says) return null;
          const station = says.closest('.stage-station').getBoundingClientRect();
          return { says: says.getBoundingClientRect().toJSON(), station: station.toJSON() };
        });
        if (!box) continue;
        seen++;
        assert.ok(box.says.height > 0, 'the words have no height');
        assert.ok(
          box.says.bottom <= box.station.bottom && box.says.right <= box.station.right,
          `words at ${JSON.stringify(box.says)} outside the station ${JSON.stringify(box.station)}`,
        );
      }
      assert.ok(seen > 0, 'the loop never froze');
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }
});
