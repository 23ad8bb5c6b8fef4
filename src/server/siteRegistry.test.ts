import { describe, expect, it, vi } from 'vitest';

const created: { site: unknown; seed: number }[] = [];
vi.mock('../sim/index', () => ({
  defaultSite: { name: 'default' },
  createSimulator: (site: unknown, seed: number) => {
    created.push({ site, seed });
    return { site, now: () => 0, handle: () => ({ response: null, events: [] }) };
  },
}));

import type { SiteConfig } from '../sim/types';
import { getSimulator, LIVE_SEED, setSite } from './siteRegistry';

describe('siteRegistry', () => {
  it('starts lazily with the default site, once', () => {
    expect(created).toEqual([]);
    const first = getSimulator();
    expect(getSimulator()).toBe(first);
    expect(created).toEqual([{ site: { name: 'default' }, seed: LIVE_SEED }]);
  });

  it('setSite puts a fresh simulator for the new site in charge', () => {
    const before = getSimulator();
    const site = { name: 'scene' } as unknown as SiteConfig;
    const after = setSite(site, 7);
    expect(after).not.toBe(before);
    expect(getSimulator()).toBe(after);
    expect(getSimulator().site).toBe(site);
    expect(created.at(-1)).toEqual({ site, seed: 7 });
  });
});
