// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

vi.mock('../sim/index', () => ({
  defaultSite: {},
  createSimulator: (site: unknown) => ({
    site,
    now: () => 0,
    handle: (req: { method: string; url: string }) => ({
      response: {
        status: 200,
        reason: 'OK',
        headers: [['Content-Type', 'text/plain']],
        body: new TextEncoder().encode(`${req.method} ${req.url}`),
      },
      events: [],
    }),
  }),
}));

import { startServer } from './start';

describe('startServer without a Service Worker', () => {
  it('is started once, marks the page in-page and answers demo.test through window.fetch', async () => {
    vi.spyOn(console, 'info').mockImplementation(() => {});
    // happy-dom has no usable Service Worker, as in a sandboxed frame.
    const first = startServer();
    expect(startServer()).toBe(first);
    expect(await first).toBe('in-page');
    expect(document.documentElement.dataset.server).toBe('in-page');
    const response = await window.fetch('https://demo.test/environ?x=1');
    expect(await response.text()).toBe('GET https://demo.test/environ?x=1');
  });
});
