import { describe, expect, it } from 'vitest';
import { OPEN_MESSAGE, openFullExplainer, type OpenEnv } from './openLink';

const URL_ = 'https://u.github.io/wsgi-explained/?scene=wsgi&step=3&lang=en';

function env(opts: { tab: boolean; parent: boolean; hostAnswers: boolean }) {
  const posted: unknown[] = [];
  const navigated: string[] = [];
  const e: OpenEnv = {
    open: () => (opts.tab ? ({ opener: {} } as unknown as Window) : null),
    parent: opts.parent ? { postMessage: (m) => posted.push(m) } : null,
    waitForHost: () => Promise.resolve(opts.hostAnswers),
    navigate: (url) => navigated.push(url),
  };
  return { e, posted, navigated };
}

describe('Open the full explainer', () => {
  it('opens a tab where the frame may', async () => {
    const { e, posted, navigated } = env({ tab: true, parent: true, hostAnswers: true });
    expect(await openFullExplainer(URL_, { id: 'a', secret: null }, e)).toBe('tab');
    expect(posted).toEqual([]);
    expect(navigated).toEqual([]);
  });

  it('in a sandbox without allow-popups, asks the host (embed.js, and WordPress with its secret)', async () => {
    const { e, posted, navigated } = env({ tab: false, parent: true, hostAnswers: true });
    expect(await openFullExplainer(URL_, { id: 'a', secret: 's3cret' }, e)).toBe('host');
    expect(posted).toEqual([
      { type: OPEN_MESSAGE, id: 'a', url: URL_ },
      { message: 'link', value: URL_, secret: 's3cret' },
    ]);
    expect(navigated).toEqual([]);
  });

  it('with no host to answer, opens the explainer in the frame itself', async () => {
    const { e, navigated } = env({ tab: false, parent: true, hostAnswers: false });
    expect(await openFullExplainer(URL_, { id: null, secret: null }, e)).toBe('frame');
    expect(navigated).toEqual([URL_]);
  });
});
