import { afterEach, describe, expect, it, vi } from 'vitest';

import { answerRequest } from './answer';
import { fakeSession, textResponse } from './testing';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('answerRequest', () => {
  it('answers with what the current simulator returned', async () => {
    const sim = fakeSession((req) =>
      textResponse(201, 'Created', `you sent ${req.method} ${req.url}`),
    );
    const response = await answerRequest(
      sim,
      new Request('https://demo.test/a?b=1', { method: 'POST', body: 'hi' }),
    );
    expect(response.status).toBe(201);
    expect(await response.text()).toBe('you sent POST https://demo.test/a?b=1');
    expect(new TextDecoder().decode(sim.seen[0]!.body)).toBe('hi');
  });

  it('never throws: a simulator that throws gives a 500 explaining it', async () => {
    const sim = fakeSession(() => {
      throw new Error('engine exploded');
    });
    const response = await answerRequest(sim, new Request('https://demo.test/'));
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toContain('engine exploded');
  });

  it('never throws: a response fetch cannot carry gives a 500', async () => {
    const sim = fakeSession(() => textResponse(101, 'Switching Protocols', ''));
    const response = await answerRequest(sim, new Request('https://demo.test/ws'));
    expect(response.status).toBe(500);
    expect(await response.text()).toContain('101');
    expect(sim.seen).toHaveLength(1);
  });

  it('answers a simulated network error with Response.error()', async () => {
    const sim = fakeSession(() => ({
      status: 0,
      reason: '',
      headers: [],
      body: new Uint8Array(),
      networkError: { code: 'network.connect_timeout', ms: 127_000, syns: 7 },
    }));
    const response = await answerRequest(sim, new Request('https://demo.test/'));
    expect(response.type).toBe('error');
  });
});

describe('answerRequest without a session', () => {
  it('answers 503 when no widget on the page runs a session', async () => {
    const response = await answerRequest(
      { current: () => null },
      new Request('https://demo.test/'),
    );
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/No explainer/);
  });
});
