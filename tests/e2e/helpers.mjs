// Shared helpers for the browser tests.
import { chromium } from 'playwright-core';

/** The scenes told as a trace, step by step (every scene but the load lab), in the site's order. */
export const TRACE_SCENES = [
  'static',
  'fork',
  'prefork',
  'process-vs-thread',
  'threads',
  'event-loop',
  'reverse-proxy',
  'wsgi',
  'middleware',
  'container',
  'framework',
  'big-picture',
  'python',
];

export const SITE_URL = process.env.E2E_URL ?? 'http://127.0.0.1:4173/';
export const OTHER_SITE_URL = process.env.E2E_URL_2 ?? 'http://localhost:4174/';

export const CHROME_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launches the system Chromium (playwright-core never downloads one). */
export function launch() {
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  return chromium.launch({ executablePath, args: CHROME_ARGS });
}

/**
 * A new page (in a new context with `contextOptions`) that records console
 * errors and uncaught page errors into `page.errors`.
 */
export async function newPage(browser, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    // Browsers ask for /favicon.ico on their own; its 404 says nothing about the app.
    if (where.endsWith('/favicon.ico')) return;
    errors.push(`console.error: ${message.text()} (${where})`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.errors = errors;
  return page;
}

/** Waits for the app's "server ready" mark and returns it ('service-worker' | 'in-page'). */
export async function waitForServer(pageOrFrame, timeout = 15_000) {
  const handle = await pageOrFrame.waitForFunction(
    () => document.documentElement.dataset.server,
    null,
    // Poll on a timer: a cross-site frame off screen gets no animation frames,
    // so the default requestAnimationFrame polling would never look again.
    { timeout, polling: 100 },
  );
  return handle.jsonValue();
}

/**
 * Page init script (page.addInitScript(countRects)): counts calls of
 * getBoundingClientRect on the figure's elements (figure.stage and inside) in
 * `window.__rects`: `observed` inside a ResizeObserver callback (layout is
 * clean then), `forced` elsewhere (a forced layout, as framer-motion's layout
 * projection did on every step). Runs in the page: it must stay self-contained.
 */
export function countRects() {
  const counts = { forced: 0, observed: 0 };
  let inObserver = 0;
  const rect = window.Element.prototype.getBoundingClientRect;
  window.Element.prototype.getBoundingClientRect = function (...args) {
    // The figure's own elements (the lesson panel scrolls its current step into view apart).
    if (this.closest('figure.stage')) {
      if (inObserver > 0) counts.observed++;
      else counts.forced++;
    }
    return rect.apply(this, args);
  };
  const Native = window.ResizeObserver;
  window.ResizeObserver = class extends Native {
    constructor(callback) {
      super((...args) => {
        inObserver++;
        try {
          callback(...args);
        } finally {
          inObserver--;
        }
      });
    }
  };
  window.__rects = counts;
}

/** Steps the page's explainer forward once (→ on its slider); false at the end. */
export async function stepSlider(page) {
  const slider = page.locator('input.controls-timeline');
  const [value, max] = await Promise.all([slider.inputValue(), slider.getAttribute('max')]);
  if (value === max) return false;
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(
    (v) => document.querySelector('input.controls-timeline').value !== v,
    value,
  );
  return true;
}
