import { describe, expect, it } from 'vitest';
import { createHeightReporter, HEIGHT_MESSAGE, throttleToFrame } from './heightReporter';

function recorder() {
  const sent: unknown[] = [];
  return { sent, post: (m: unknown) => void sent.push(m) };
}

describe('createHeightReporter', () => {
  it('posts the rounded-up height with the id, only when it changes', () => {
    const r = recorder();
    const h = createHeightReporter({ id: 'a1', secret: null, post: r.post });
    h.report(300.2);
    h.report(300.9);
    h.report(512);
    expect(r.sent).toEqual([
      { type: HEIGHT_MESSAGE, id: 'a1', height: 301 },
      { type: HEIGHT_MESSAGE, id: 'a1', height: 512 },
    ]);
  });

  it('re-posts an unchanged height when forced', () => {
    const r = recorder();
    const h = createHeightReporter({ id: null, secret: null, post: r.post });
    h.report(200);
    h.report(200, true);
    expect(r.sent).toHaveLength(2);
  });

  it("speaks WordPress's protocol only when a secret was given", () => {
    const r = recorder();
    createHeightReporter({ id: null, secret: 'abc', post: r.post }).report(400);
    expect(r.sent).toEqual([
      { type: HEIGHT_MESSAGE, id: null, height: 400 },
      { message: 'height', value: 400, secret: 'abc' },
    ]);
  });

  it('ignores zero, negative and non-finite heights (a frame not laid out yet)', () => {
    const r = recorder();
    const h = createHeightReporter({ id: null, secret: null, post: r.post });
    for (const bad of [0, -5, Number.NaN, Infinity]) h.report(bad);
    expect(r.sent).toEqual([]);
    expect(h.last).toBeNull();
  });
});

describe('throttleToFrame', () => {
  it('runs once per frame with the latest argument', () => {
    const frames: (() => void)[] = [];
    const seen: number[] = [];
    const f = throttleToFrame<number>(
      (n) => seen.push(n),
      (cb) => frames.push(cb),
    );
    f(1);
    f(2);
    f(3);
    expect(frames).toHaveLength(1);
    frames.shift()!();
    f(4);
    frames.shift()!();
    expect(seen).toEqual([3, 4]);
  });
});
