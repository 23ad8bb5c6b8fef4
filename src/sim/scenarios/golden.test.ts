/**
 * Golden traces: one summarised trace per scene under __golden__/. A change in
 * the engine or the protocol layer that moves any event shows up here.
 * Regenerate after an intended change with UPDATE_GOLDEN=1 npx vitest run src/sim/scenarios
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../simulator';
import type { Trace } from '../types';
import { scenarios } from './scenes';

const DIR = join(import.meta.dirname, '__golden__');
const update = process.env.UPDATE_GOLDEN === '1';

function summarise(trace: Trace) {
  return {
    scenario: trace.scenario,
    statuses: trace.responses.map((r) => `${r.rid}:${r.response.status}`),
    events: trace.events.map((e) => `${e.t} ${e.rid ?? '-'} ${e.type} ${e.actor}`),
  };
}

describe('golden traces', () => {
  for (const sc of Object.values(scenarios)) {
    it(`${sc.id} matches its golden trace`, () => {
      const got = summarise(runScenario(sc));
      const file = join(DIR, `${sc.id}.json`);
      if (update || !existsSync(file)) {
        mkdirSync(DIR, { recursive: true });
        writeFileSync(file, JSON.stringify(got, null, 1) + '\n');
        if (!update) throw new Error(`wrote a new golden file ${file}: check it in and re-run`);
      }
      expect(got).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
