/**
 * Measures the embed's root (ResizeObserver) and tells the host page its
 * height, at most once per frame and only when it changed. Re-sends on the
 * host script's hello (it may load after the first report).
 */
import { createHeightReporter, HELLO_MESSAGE, throttleToFrame } from './heightReporter';

function isHello(data: unknown): boolean {
  return (
    typeof data === 'object' && data !== null && (data as { type?: unknown }).type === HELLO_MESSAGE
  );
}

export function watchHeight(
  el: HTMLElement,
  opts: { id: string | null; secret: string | null },
): void {
  const parent = window.parent;
  if (!parent || parent === window) return;
  const reporter = createHeightReporter({ ...opts, post: (m) => parent.postMessage(m, '*') });
  let force = false;
  const report = throttleToFrame<void>(() => {
    reporter.report(el.getBoundingClientRect().height, force);
    force = false;
  }, requestAnimationFrame);
  new ResizeObserver(() => report()).observe(el);
  window.addEventListener('message', (e) => {
    if (e.source !== parent || !isHello(e.data)) return;
    force = true;
    report();
  });
}
