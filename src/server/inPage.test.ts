import { describe, expect, it, vi } from 'vitest';

import { createInPageFetch } from './inPage';
import { fakeSession, textResponse } from './testing';

describe('createInPageFetch', () => {
  it('answers demo.test from the simulator and sends everything else to the real fetch', async () => {
    const sim = fakeSession((req) => textResponse(200, 'OK', `sim:${req.url}`));
    const original = vi.fn(async () => new Response('network'));
    const wrapped = createInPageFetch(original, 'https://explainer.example/app/', sim);

    expect(await (await wrapped('https://demo.test/environ?x=1')).text()).toBe(
      'sim:https://demo.test/environ?x=1',
    );
    expect(await (await wrapped(new Request('https://demo.test/r'))).text()).toBe(
      'sim:https://demo.test/r',
    );
    expect(await (await wrapped(new URL('https://demo.test/u'))).text()).toBe(
      'sim:https://demo.test/u',
    );
    expect(original).not.toHaveBeenCalled();

    expect(await (await wrapped('assets/data.json')).text()).toBe('network');
    expect(await (await wrapped('https://demo.test.evil.example/')).text()).toBe('network');
    expect(original).toHaveBeenCalledTimes(2);
    expect(sim.seen).toHaveLength(3);
  });

  it('passes method, headers and body through init', async () => {
    const sim = fakeSession(() => textResponse(204, 'No Content', ''));
    const wrapped = createInPageFetch(vi.fn(), 'https://explainer.example/', sim);
    const response = await wrapped('https://demo.test/items/1', {
      method: 'PATCH',
      headers: { 'X-Test': '1' },
      body: 'patch',
    });
    expect(response.status).toBe(204);
    expect(sim.seen[0]!.method).toBe('PATCH');
    expect(sim.seen[0]!.headers).toContainEqual(['x-test', '1']);
    expect(new TextDecoder().decode(sim.seen[0]!.body)).toBe('patch');
  });

  it('rejects like the browser when the simulated network fails', async () => {
    const sim = fakeSession(() => ({
      status: 0,
      reason: '',
      headers: [],
      body: new Uint8Array(),
      networkError: { code: 'network.connect_timeout', ms: 127_000, syns: 7 },
    }));
    const wrapped = createInPageFetch(vi.fn(), 'https://explainer.example/', sim);
    await expect(wrapped('https://demo.test/')).rejects.toThrow(TypeError);
  });
});
