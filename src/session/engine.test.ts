import { describe, expect, it, vi } from 'vitest';

describe('a widget created before the engine has loaded', () => {
  it('paints an empty timeline first, then gets its trace with the step and playback asked for', async () => {
    vi.resetModules(); // a fresh module graph: the engine is not loaded in it yet
    const engine = await import('./engine');
    expect(engine.engineNow()).toBeNull();
    const { createSession } = await import('./session');
    const store = createSession({ scene: 'wsgi', step: 5, lang: 'en' }).store;
    expect(store.getState().ready).toBe(false);
    expect(store.getState().length).toBe(0);
    store.getState().play(); // autoplay asked before the trace is there
    await engine.loadEngine();
    await vi.waitFor(() => expect(store.getState().ready).toBe(true));
    const s = store.getState();
    expect(s.scene).toBe('wsgi');
    expect(s.length).toBeGreaterThan(20);
    // A link's step is a beat: the cursor is at the end of the fifth.
    expect(s.beats.length).toBeGreaterThanOrEqual(10);
    expect(s.step).toBe(s.beats[4].end);
    expect(s.playing).toBe(true);
  });

  it('a scene switched to meanwhile wins over the first one', async () => {
    vi.resetModules();
    const engine = await import('./engine');
    const { createSession } = await import('./session');
    const session = createSession({ scene: 'wsgi', lang: 'en' });
    const store = session.store;
    session.setScene('static', 3);
    await engine.loadEngine();
    await vi.waitFor(() => expect(store.getState().ready).toBe(true));
    expect(store.getState().scene).toBe('static');
    expect(store.getState().step).toBe(store.getState().beats[2].end);
  });
});
