import { describe, expect, it, vi } from 'vitest';
import { fixtureTrace } from './narrate.fixture';
import { createPlayer } from '../player/player';

describe('narration sentences load after the first frame', () => {
  it('narrate() is empty until the language has loaded, then says the sentence', async () => {
    vi.resetModules(); // a fresh module graph: no language loaded in it yet
    const { narrate, loadNarration, troubleText } = await import('./narrate');
    const events = fixtureTrace();
    const snap = createPlayer(events).at(0);
    expect(narrate(events[0], snap, 'ko')).toBe('');
    expect(troubleText({ code: 'network.connect_timeout', ms: 127_000, syns: 7 }, 'ko')).toBe('');
    await loadNarration('ko');
    expect(narrate(events[0], snap, 'ko')).toMatch(/프로세스/);
    expect(troubleText({ code: 'network.connect_timeout', ms: 127_000, syns: 7 }, 'ko')).toMatch(
      /시간 초과/,
    );
  });
});
