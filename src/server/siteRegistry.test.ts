import { describe, expect, it, vi } from 'vitest';
import type { HttpRequest, SiteConfig } from '../sim/types';

const created: { site: unknown; seed: number }[] = [];
vi.mock('../sim/scenarios/site', () => ({ defaultSite: { name: 'default' } }));
vi.mock('../sim/index', () => ({
  createSimulator: (site: unknown, seed: number) => {
    created.push({ site, seed });
    return {
      site,
      now: () => 42,
      handle: (r: HttpRequest) => ({ response: { status: 200, url: r.url }, events: [] }),
    };
  },
}));

import { getSimulator, LIVE_SEED, setSite } from './siteRegistry';

const req = (path: string): HttpRequest => ({
  method: 'GET',
  url: `https://demo.test${path}`,
  headers: [],
  body: new Uint8Array(),
});

describe('siteRegistry', () => {
  it('starts with the default site and loads the engine only for its first request, once', async () => {
    const first = getSimulator();
    expect(getSimulator()).toBe(first);
    expect(first.site).toEqual({ name: 'default' });
    expect(created).toEqual([]);
    expect(first.now()).toBe(0);
    // Two requests while the engine loads: one simulator, answers in order.
    const [a, b] = await Promise.all([first.handle(req('/a')), first.handle(req('/b'))]);
    expect((a.response as unknown as { url: string }).url).toBe('https://demo.test/a');
    expect((b.response as unknown as { url: string }).url).toBe('https://demo.test/b');
    expect(created).toEqual([{ site: { name: 'default' }, seed: LIVE_SEED }]);
    expect(first.now()).toBe(42);
  });

  it('setSite puts a fresh simulator for the new site in charge', async () => {
    const before = getSimulator();
    const site = { name: 'scene' } as unknown as SiteConfig;
    const after = setSite(site, 7);
    expect(after).not.toBe(before);
    expect(getSimulator()).toBe(after);
    expect(getSimulator().site).toBe(site);
    await after.handle(req('/x'));
    expect(created.at(-1)).toEqual({ site, seed: 7 });
  });
});
