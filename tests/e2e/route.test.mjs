// A request token travels along the drawn wire (issue #11): stepping the wsgi
// scene, the current token's centre is sampled every frame while it moves to
// the next station; it rises to the wire joining the two cards and, where it
// crosses the gap between them, it is on that wire (not on a straight diagonal
// from slot to slot, nor jumping), and it arrives in its area. With reduced
// motion it jumps. Stepping quickly, it still ends where it belongs.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, newPage, SITE_URL, waitForServer } from './helpers.mjs';

async function open(browser, options = {}) {
  const page = await newPage(browser, { viewport: { width: 1440, height: 900 }, ...options });
  await page.goto(new URL('?scene=wsgi&lang=en', SITE_URL).href);
  await waitForServer(page);
  await page.waitForFunction(
    () => Number(document.querySelector('input.controls-timeline')?.max ?? 0) > 0,
  );
  // One event per step.
  await page.getByRole('switch', { name: 'Details' }).check();
  await page.waitForTimeout(300);
  return page;
}

const currentArea = (page) =>
  page.evaluate(() => document.querySelector('.stage-token[data-current]')?.dataset.in ?? null);

async function stepTo(page, area) {
  for (let i = 0; i < 30; i++) {
    if ((await currentArea(page)) === area) return;
    await page.getByRole('button', { name: 'Step forward' }).click();
    await page.waitForTimeout(120);
  }
  throw new Error(`the current token never reached ${area}`);
}

/** Steps once and samples the current token's centre (figure coordinates) every frame for 1 s. */
async function sampleStep(page) {
  await page.evaluate(() => {
    window.__samples = [];
    const fig = document.querySelector('figure.stage');
    const t0 = performance.now();
    const tick = () => {
      const t = fig.querySelector('.stage-token[data-current]');
      if (t && t.style.visibility !== 'hidden') {
        const b = fig.getBoundingClientRect();
        const r = t.getBoundingClientRect();
        window.__samples.push({
          area: t.dataset.in,
          x: r.left + r.width / 2 - b.left,
          y: r.top + r.height / 2 - b.top,
        });
      }
      if (performance.now() - t0 < 1000) window.requestAnimationFrame(tick);
    };
    window.requestAnimationFrame(tick);
  });
  await page.getByRole('button', { name: 'Step forward' }).click();
  await page.waitForTimeout(1100);
  return page.evaluate(() => window.__samples);
}

/** The figure-relative rects of two boxes and the points of the wire joining them. */
function gapOf([from, to, wire]) {
  const fig = document.querySelector('figure.stage');
  const base = fig.getBoundingClientRect();
  const rect = (id) => {
    const r = fig.querySelector(`[data-box="${id}"]`).getBoundingClientRect();
    return { left: r.left - base.left, right: r.right - base.left };
  };
  const d = fig.querySelector(`[data-wire="${wire}"]`).getAttribute('d');
  const nums = d
    .split(/[ML ]+/)
    .filter(Boolean)
    .map(Number);
  const points = [];
  for (let i = 0; i < nums.length; i += 2) points.push([nums[i], nums[i + 1]]);
  return { from: rect(from), to: rect(to), points };
}

/**
 * The wire runs above the token areas, at the cards' titles: on its way the
 * token rises to it (a straight move from slot to slot never does), and any
 * frame caught in the gap between the two cards is on the wire's run there.
 */
function checkGap(samples, gap, label) {
  // The wire's run across the gap: its points between the two cards' edges.
  const ys = gap.points
    .filter(([x]) => x >= gap.from.right - 1 && x <= gap.to.left + 1)
    .map(([, y]) => y);
  const [lo, hi] = [Math.min(...ys), Math.max(...ys)];
  const top = Math.min(...samples.map((s) => s.y));
  const ends = Math.min(samples[0].y, samples.at(-1).y);
  assert.ok(
    top <= hi + 10 && top < ends - 10,
    `${label}: the token rose to ${top.toFixed(1)} only (wire at ${ys}, ends at ${ends.toFixed(1)})`,
  );
  const inGap = samples.filter((s) => s.x > gap.from.right + 1 && s.x < gap.to.left - 1);
  for (const s of inGap)
    assert.ok(
      s.y >= lo - 3 && s.y <= hi + 3,
      `${label}: token centre ${s.x.toFixed(1)},${s.y.toFixed(1)} is off the wire (y ${ys})`,
    );
}

describe('request tokens travel along the wires', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('from the clients to the proxy and on to the listening socket, on the wire across each gap', async () => {
    const page = await open(browser);
    await stepTo(page, 'clients');
    const toWeb = await sampleStep(page);
    assert.equal(toWeb.at(-1)?.area, 'web');
    // It travelled: many distinct places, not a jump.
    const places = new Set(toWeb.map((s) => `${Math.round(s.x)},${Math.round(s.y)}`));
    assert.ok(places.size >= 5, `${places.size} places: it jumped`);
    checkGap(toWeb, await page.evaluate(gapOf, ['clients', 'web', 'clients>web']), 'clients>web');

    // The proxy may hold it for a step or two (parsing): sample the step it leaves.
    let toQueue = [];
    for (let i = 0; i < 4 && (toQueue.at(-1)?.area ?? 'web') === 'web'; i++)
      toQueue = await sampleStep(page);
    assert.match(toQueue.at(-1)?.area ?? '', /^queue:/);
    checkGap(
      toQueue,
      await page.evaluate(gapOf, ['web', 'listener', 'web>listener']),
      'web>listener',
    );
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('with reduced motion it jumps; stepping quickly it still lands in its area', async () => {
    const still = await open(browser, { reducedMotion: 'reduce' });
    await stepTo(still, 'clients');
    const samples = await sampleStep(still);
    assert.equal(samples.at(-1)?.area, 'web');
    const gap = await still.evaluate(gapOf, ['clients', 'web', 'clients>web']);
    const between = samples.filter((s) => s.x > gap.from.right + 1 && s.x < gap.to.left - 1);
    assert.deepEqual(between, [], 'with reduced motion it was drawn on its way');
    await still.context().close();

    const page = await open(browser);
    for (let i = 0; i < 9; i++) {
      await page.getByRole('button', { name: 'Step forward' }).click();
      await page.waitForTimeout(70);
    }
    await page.waitForTimeout(1200);
    const landed = await page.evaluate(() => {
      const fig = document.querySelector('figure.stage');
      const t = fig.querySelector('.stage-token[data-current]');
      const a = fig.querySelector(`[data-area="${t.dataset.in}"]`).getBoundingClientRect();
      const r = t.getBoundingClientRect();
      return { area: t.dataset.in, dx: r.left - a.left, dy: r.top - a.top, w: a.width };
    });
    assert.ok(
      landed.dx >= -1 && landed.dx <= landed.w && landed.dy >= -1 && landed.dy <= 60,
      `after quick steps the token is off its area ${landed.area}: ${JSON.stringify(landed)}`,
    );
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
