// The embed's height in a blog column (issue 11: at most 640 px, one height
// while stepping): embed.html of a scene in a page as wide as the column,
// measured as embed.js sizes its iframe (the #root box), at the first beat
// and after each of ten steps forward.
export const SCENES = ['wsgi', 'prefork', 'middleware', 'event-loop'];
export const COLUMNS = [600, 680, 760];
export const MAX_HEIGHT = 640;
const STEPS = 10;

async function embedHeights(browser, base, scene, width) {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  try {
    await page.goto(new URL(`embed.html?scene=${scene}&lang=en`, base).href);
    await page.waitForFunction(
      () => Number(document.querySelector('input.controls-timeline')?.max) > 0,
      null,
      { timeout: 20_000 },
    );
    const height = () =>
      page.evaluate(() =>
        Math.ceil(document.getElementById('root').getBoundingClientRect().height),
      );
    const heights = [await height()];
    const forward = page.getByRole('button', { name: 'Step forward' });
    for (let i = 0; i < STEPS && (await forward.isEnabled()); i++) {
      const before = await page.locator('input.controls-timeline').inputValue();
      await forward.click();
      await page.waitForFunction(
        (v) => document.querySelector('input.controls-timeline').value !== v,
        before,
        { polling: 20 },
      );
      await page.evaluate(() => new Promise((r) => setTimeout(r, 30)));
      heights.push(await height());
    }
    return { min: Math.min(...heights), max: Math.max(...heights) };
  } finally {
    await context.close();
  }
}

/** Every scene in every column: min and max height over the first beat and ten steps. */
export async function heights(browser, base) {
  const out = [];
  for (const scene of SCENES)
    for (const width of COLUMNS)
      out.push({ scene, width, ...(await embedHeights(browser, base, scene, width)) });
  return out;
}

/** One line per build: the range of heights and whether any changed while stepping. */
export function heightLine(rows) {
  const max = Math.max(...rows.map((r) => r.max));
  const min = Math.min(...rows.map((r) => r.min));
  const changing = rows.filter((r) => r.max !== r.min);
  const fits = max <= MAX_HEIGHT ? 'PASS' : 'FAIL';
  const steady = changing.length === 0 ? 'PASS' : 'FAIL';
  return (
    `embed heights (${SCENES.join(', ')} in ${COLUMNS.join('/')} px columns): ${min}–${max} px, ≤ ${MAX_HEIGHT} ${fits}; ` +
    `changed while stepping in ${changing.length} of ${rows.length} ${steady}` +
    (changing.length
      ? ` (${changing.map((r) => `${r.scene}@${r.width} ${r.min}–${r.max}`).join(', ')})`
      : '')
  );
}
