import { describe, expect, it } from 'vitest';

import { getResponse } from 'msw';
import { createHandlers } from './handlers';
import { fakeSession, textResponse } from './testing';

describe('msw handlers', () => {
  it('answer any path and the bare origin of demo.test, and nothing else', async () => {
    const sim = fakeSession((req) => textResponse(200, 'OK', req.url));
    const deep = await getResponse(
      createHandlers(sim),
      new Request('https://demo.test/a/b?c=d', { method: 'DELETE' }),
    );
    expect(await deep?.text()).toBe('https://demo.test/a/b?c=d');
    const bare = await getResponse(createHandlers(sim), new Request('https://demo.test'));
    expect(await bare?.text()).toBe('https://demo.test/');
    expect(
      await getResponse(createHandlers(sim), new Request('https://other.test/')),
    ).toBeUndefined();
  });

  it('hand malformed percent-escapes to the simulated server instead of failing in msw', async () => {
    const sim = fakeSession((req) => textResponse(400, 'Bad Request', req.url));
    for (const url of [
      'https://demo.test/%',
      'https://demo.test/%zz/%E0%A4%A',
      'https://demo.test/a%?b=%',
    ]) {
      const response = await getResponse(createHandlers(sim), new Request(url));
      expect(response?.status).toBe(400);
      expect(await response?.text()).toBe(new Request(url).url);
    }
    expect(
      await getResponse(createHandlers(sim), new Request('https://demo.testing/')),
    ).toBeUndefined();
  });
});
