// `npm run bench:steps`: how many steps each scene takes and how many of them
// leave the figure unchanged (a screenshot of figure.stage identical to the
// one before), stepping by beat (the default) and by event ("Details" on, how
// every step worked before beats), in the same run on the explainer page.
// Builds the site into a temporary folder (dist/ is never touched).
import { launch, TRACE_SCENES } from '../tests/e2e/helpers.mjs';
import { startPreview } from '../tests/e2e/servers.mjs';
import { ensureChrome } from '../tests/e2e/chrome.mjs';
import { buildForBench } from './size.mjs';

const SCENES = process.env.BENCH_SCENES?.split(',') ?? TRACE_SCENES;
/** Steps looked at per scene in the event mode (each takes a screenshot). */
const MAX_EVENTS = Number(process.env.BENCH_MAX_EVENTS ?? 80);

async function count(page, url, details) {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.server);
  await page.waitForFunction(
    () => Number(document.querySelector('input.controls-timeline')?.max ?? 0) > 0,
  );
  if (details) await page.getByRole('switch', { name: 'Details' }).check();
  const slider = page.locator('input.controls-timeline');
  const max = Number(await slider.getAttribute('max'));
  const min = Number(await slider.getAttribute('min'));
  const steps = max - min;
  const figure = page.locator('figure.stage');
  let before = await figure.screenshot();
  let same = 0;
  let looked = 0;
  for (let v = min + 1; v <= max && looked < MAX_EVENTS; v++, looked++) {
    await page.getByRole('button', { name: 'Step forward' }).click();
    await page.waitForFunction(
      (n) => document.querySelector('input.controls-timeline')?.value === String(n),
      v,
    );
    await page.waitForFunction(() => !document.querySelector('[data-walking="true"]'));
    const now = await figure.screenshot();
    if (now.equals(before)) same++;
    before = now;
  }
  return { steps, looked, same };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.env.CHROME_PATH ??= ensureChrome();
  const dirs = await buildForBench();
  const product = await startPreview({ extraArgs: ['--outDir', dirs.product] });
  const browser = await launch();
  try {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'reduce',
    });
    console.log(
      'scene               by beat: steps, unchanged    by event: steps, unchanged (of the first looked at)',
    );
    for (const scene of SCENES) {
      const url = new URL(`?scene=${scene}&lang=en`, product.url).href;
      const beat = await count(page, url, false);
      const event = await count(page, url, true);
      console.log(
        `${scene.padEnd(20)}${String(beat.steps).padStart(4)}, ${String(beat.same).padStart(3)}            ${String(event.steps).padStart(4)}, ${String(event.same).padStart(3)} of ${event.looked}`,
      );
    }
  } finally {
    await browser.close();
    product.stop();
  }
}
