import { describe, expect, it, vi } from 'vitest';

vi.mock('../sim/index', () => ({ createSimulator: vi.fn(), defaultSite: {} }));

import { getResponse } from 'msw';
import { handlers } from './handlers';
import { setSimulator } from './siteRegistry';
import { fakeSimulator, textResponse } from './testing';

describe('msw handlers', () => {
  it('answer any path and the bare origin of demo.test, and nothing else', async () => {
    setSimulator(
      fakeSimulator((req) => ({ response: textResponse(200, 'OK', req.url), events: [] })),
    );
    const deep = await getResponse(
      handlers,
      new Request('https://demo.test/a/b?c=d', { method: 'DELETE' }),
    );
    expect(await deep?.text()).toBe('https://demo.test/a/b?c=d');
    const bare = await getResponse(handlers, new Request('https://demo.test'));
    expect(await bare?.text()).toBe('https://demo.test/');
    expect(await getResponse(handlers, new Request('https://other.test/'))).toBeUndefined();
  });

  it('hand malformed percent-escapes to the simulated server instead of failing in msw', async () => {
    setSimulator(
      fakeSimulator((req) => ({ response: textResponse(400, 'Bad Request', req.url), events: [] })),
    );
    for (const url of [
      'https://demo.test/%',
      'https://demo.test/%zz/%E0%A4%A',
      'https://demo.test/a%?b=%',
    ]) {
      const response = await getResponse(handlers, new Request(url));
      expect(response?.status).toBe(400);
      expect(await response?.text()).toBe(new Request(url).url);
    }
    expect(await getResponse(handlers, new Request('https://demo.testing/'))).toBeUndefined();
  });
});
