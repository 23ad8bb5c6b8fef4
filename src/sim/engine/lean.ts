/**
 * Lean mode's step lists. Consecutive `event` steps behave as one for timing
 * (the first acquires the GIL or the loop, the rest are instantaneous), and in
 * lean mode the protocol layer's events are not recorded, so a run of them
 * becomes one marker step with a payload lean mode drops.
 */
import type { Step } from '../steps';

const MARK: Step = {
  kind: 'event',
  payload: { type: 'app.step', actor: 'lean', app: 'echo', note: { code: 'app.context_pushed' } },
};

export function leanSteps(steps: readonly Step[]): Step[] {
  const out: Step[] = [];
  for (const s of steps) {
    if (s.kind !== 'event') out.push(s);
    else if (out.length === 0 || out[out.length - 1] !== MARK) out.push(MARK);
  }
  return out;
}
