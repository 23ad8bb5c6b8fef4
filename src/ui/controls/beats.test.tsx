// @vitest-environment happy-dom
// By beat: the slider is the beat, Play rests on each beat long enough to read
// its caption, and the caption (the live region) changes once per beat.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionProvider } from '../../session/context';
import { createSession, type Session } from '../../session/session';
import { Narration } from '../panels/Narration';
import { Controls } from './Controls';
import { DWELL_MS, dwellFor, usePlayback } from './usePlayback';
import { RUSH_END_MS } from '../../session/pace';

/** The widget's caption, controls and playback loop (the figure is left out: it animates). */
function Harness({ session }: { session: Session }) {
  usePlayback(session.store);
  return (
    <SessionProvider session={session}>
      <Narration />
      <Controls />
    </SessionProvider>
  );
}

afterEach(cleanup);
beforeEach(() => {
  // The playback loop falls back to timers without requestAnimationFrame.
  vi.stubGlobal('requestAnimationFrame', undefined);
  vi.stubGlobal('cancelAnimationFrame', undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

async function setup(): Promise<Session> {
  const session = createSession({ scene: 'wsgi', lang: 'en' });
  await session.ready();
  render(<Harness session={session} />);
  return session;
}

const timeline = () => screen.getByRole('slider', { name: 'Timeline' }) as HTMLInputElement;
const caption = () => screen.getByRole('region', { name: 'Narration' }).textContent ?? '';

describe('the widget by beat', () => {
  it('the slider counts beats, and Step forward shows the next beat’s sentence from the lesson', async () => {
    const session = await setup();
    const beats = session.store.getState().beats.length;
    expect(timeline().max).toBe(String(beats));
    expect(beats).toBeGreaterThanOrEqual(10);
    vi.useFakeTimers();
    fireEvent.click(screen.getByRole('button', { name: 'Step forward' }));
    await act(() => vi.advanceTimersByTimeAsync(2_000));
    expect(timeline().value).toBe('1');
    expect(caption()).toMatch(/A browser sends GET \/stream\?parts=3/);
    expect(caption()).not.toMatch(/client\.send|t = /); // no internal event names
    // Details: one event per step, with the event's name.
    fireEvent.click(screen.getByRole('switch', { name: 'Details' }));
    expect(timeline().max).toBe(String(session.store.getState().length - 1));
    expect(caption()).toMatch(/client\.send/);
  });

  it('Play rests on each beat long enough to read it (2.5 s at least at 1×), and the caption changes once per beat', async () => {
    const session = await setup();
    const beats = session.store.getState().beats;
    vi.useFakeTimers();
    const seen: string[] = [];
    const reached = new Map<number, number>(); // beat → when the slider got there
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    for (let t = 0; t < 40_000; t += 50) {
      await act(() => vi.advanceTimersByTimeAsync(50));
      const value = Number(timeline().value);
      if (!reached.has(value)) reached.set(value, t);
      const now = caption();
      if (seen[seen.length - 1] !== now) seen.push(now);
    }
    const last = Math.max(...reached.keys());
    expect(last).toBeGreaterThanOrEqual(3);
    for (let k = 1; k < Math.min(last, 4); k++) {
      // Beat k's walk (under a second) and its dwell, before beat k + 1 starts.
      const between = reached.get(k + 1)! - reached.get(k)!;
      const dwell = dwellFor(beats[k - 1]);
      expect(dwell).toBeGreaterThanOrEqual(DWELL_MS);
      expect(between).toBeGreaterThanOrEqual(dwell);
      expect(between).toBeLessThanOrEqual(dwell + 1_200);
    }
    // A longer caption rests longer.
    const [short, long] = [...beats.slice(0, 6)]
      .sort((a, b) => (a.chars ?? 0) - (b.chars ?? 0))
      .filter((_, i, a) => i === 0 || i === a.length - 1);
    expect(dwellFor(long)).toBeGreaterThan(dwellFor(short));
    // One caption per beat: what a screen reader hears when it steps (quiet while playing).
    expect(seen.length).toBe(last);
    expect(screen.getByRole('region', { name: 'Narration' }).getAttribute('aria-live')).toBe('off');
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByRole('region', { name: 'Narration' }).getAttribute('aria-live')).toBe(
      'polite',
    );
  });

  it('while live requests rush in the caption is quiet, and reads the newest request when they stop', async () => {
    const session = await setup();
    vi.useFakeTimers();
    const region = () => screen.getByRole('region', { name: 'Narration' });
    for (let i = 0; i < 20; i++) {
      void session.send({
        method: 'GET',
        url: `https://demo.test/environ?i=${i}`,
        headers: [['Host', 'demo.test']],
        body: new Uint8Array(),
      });
      await act(() => vi.advanceTimersByTimeAsync(20));
    }
    await act(() => vi.advanceTimersByTimeAsync(500));
    expect(session.store.getState().rush).toBe(true);
    expect(region().getAttribute('aria-live')).toBe('off');
    await act(() => vi.advanceTimersByTimeAsync(RUSH_END_MS));
    expect(region().getAttribute('aria-live')).toBe('polite');
    expect(caption()).toMatch(/^The client receives 200 OK/);
    expect(timeline().value).toBe(timeline().max);
  });
});
