import { afterEach, describe, expect, it, vi } from 'vitest';

// The real engine is not needed here: every test installs a fake simulator.
vi.mock('../sim/index', () => ({ createSimulator: vi.fn(), defaultSite: {} }));

import { answerRequest } from './answer';
import { subscribe, type ServedRequest } from './bus';
import { setSimulator } from './siteRegistry';
import { fakeSimulator, textResponse } from './testing';

const unsubscribers: (() => void)[] = [];
afterEach(() => {
  unsubscribers.splice(0).forEach((off) => off());
  vi.restoreAllMocks();
});

describe('answerRequest', () => {
  it('answers with what the current simulator returned', async () => {
    const sim = fakeSimulator((req) => ({
      response: textResponse(201, 'Created', `you sent ${req.method} ${req.url}`),
      events: [],
    }));
    setSimulator(sim);
    const response = await answerRequest(
      new Request('https://demo.test/a?b=1', { method: 'POST', body: 'hi' }),
    );
    expect(response.status).toBe(201);
    expect(await response.text()).toBe('you sent POST https://demo.test/a?b=1');
    expect(new TextDecoder().decode(sim.seen[0]!.body)).toBe('hi');
  });

  it('publishes request, response and events to subscribers', async () => {
    const events = [
      {
        seq: 0,
        t: 0,
        rid: 1,
        type: 'client.error',
        actor: 'client:1',
        note: { code: 'network.refused' },
      },
    ] as const;
    setSimulator(
      fakeSimulator(() => ({ response: textResponse(200, 'OK', 'ok'), events: [...events] })),
    );
    const seen: ServedRequest[] = [];
    unsubscribers.push(subscribe((served) => seen.push(served)));
    await answerRequest(new Request('https://demo.test/x'));
    expect(seen).toHaveLength(1);
    expect(seen[0]!.request.url).toBe('https://demo.test/x');
    expect(seen[0]!.response.status).toBe(200);
    expect(seen[0]!.events).toEqual(events);
  });

  it('never throws: a simulator that throws gives a 500 explaining it', async () => {
    setSimulator(
      fakeSimulator(() => {
        throw new Error('engine exploded');
      }),
    );
    const response = await answerRequest(new Request('https://demo.test/'));
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toContain('engine exploded');
  });

  it('never throws: a response fetch cannot carry gives a 500, and the trace is still published', async () => {
    setSimulator(
      fakeSimulator(() => ({ response: textResponse(101, 'Switching Protocols', ''), events: [] })),
    );
    const seen: ServedRequest[] = [];
    unsubscribers.push(subscribe((served) => seen.push(served)));
    const response = await answerRequest(new Request('https://demo.test/ws'));
    expect(response.status).toBe(500);
    expect(await response.text()).toContain('101');
    expect(seen.map((s) => s.response.status)).toEqual([101]);
  });

  it('never throws: a subscriber that throws does not break the response', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    setSimulator(fakeSimulator(() => ({ response: textResponse(200, 'OK', 'fine'), events: [] })));
    unsubscribers.push(
      subscribe(() => {
        throw new Error('bad listener');
      }),
    );
    const later: number[] = [];
    unsubscribers.push(subscribe((served) => later.push(served.response.status)));
    const response = await answerRequest(new Request('https://demo.test/'));
    expect(await response.text()).toBe('fine');
    expect(later).toEqual([200]);
  });

  it('answers a simulated network error with Response.error()', async () => {
    setSimulator(
      fakeSimulator(() => ({
        response: {
          status: 0,
          reason: '',
          headers: [],
          body: new Uint8Array(),
          networkError: { code: 'network.refused' },
        },
        events: [],
      })),
    );
    const response = await answerRequest(new Request('https://demo.test/'));
    expect(response.type).toBe('error');
  });
});
