// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { startServer } from './start';
import { fakeSession, textResponse } from './testing';

describe('startServer without a Service Worker', () => {
  it('is started once per router, marks the page in-page and answers demo.test through window.fetch', async () => {
    vi.spyOn(console, 'info').mockImplementation(() => {});
    const routes = fakeSession((req) => textResponse(200, 'OK', `${req.method} ${req.url}`));
    // happy-dom has no usable Service Worker, as in a sandboxed frame.
    const first = startServer(routes);
    expect(startServer(routes)).toBe(first);
    expect(await first).toBe('in-page');
    expect(document.documentElement.dataset.server).toBe('in-page');
    const response = await window.fetch('https://demo.test/environ?x=1');
    expect(await response.text()).toBe('GET https://demo.test/environ?x=1');
    expect(routes.seen).toHaveLength(1);
  });
});
