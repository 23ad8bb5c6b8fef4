/**
 * The Korean test: every step of every scene and of a set of live requests,
 * narrated in Korean, has no English prose (a run of four Latin words outside
 * code) and no particle that disagrees with the word before it; the English
 * narration has no Hangul. See check.ts for what counts as code.
 */
import { describe, expect, it } from 'vitest';
import { createPlayer } from '../../player/player';
import { runScenario } from '../../sim/simulator';
import { scenarios } from '../../sim/scenarios/scenes';
import { narrate } from '../narrate';
import { layoutOf } from '../stage/layout';
import { describe as describeStage } from '../stage/summary';
import { latinRuns, particleErrors } from './check';
import { liveSteps, sceneLiveSteps, sceneSteps, troubleSteps, type Step } from './walk';

const HANGUL = /[\uac00-\ud7a3]/;

function koreanFaults(step: Step): string[] {
  const ko = narrate(step.event, step.snapshot, 'ko');
  return [
    ...latinRuns(ko).map((run) => `English prose "${run}"`),
    ...particleErrors(ko).map(
      (e) => `particle "${e.word}${e.particle}" (wants ${e.expected}): …${e.context}…`,
    ),
  ];
}

function report(steps: Step[]): string[] {
  const failing = steps
    .map((s) => ({ s, faults: koreanFaults(s) }))
    .filter((x) => x.faults.length > 0);
  if (failing.length) {
    const bySource = new Map<string, number>();
    for (const x of failing) bySource.set(x.s.source, (bySource.get(x.s.source) ?? 0) + 1);
    console.log(
      `Korean narration: ${failing.length} of ${steps.length} steps fail ` +
        `(${[...bySource].map(([k, n]) => `${k} ${n}`).join(', ')})\n` +
        failing
          .slice(0, 40)
          .map((x) => `  ${x.s.source} #${x.s.index} ${x.s.event.type}: ${x.faults.join('; ')}`)
          .join('\n'),
    );
  }
  return failing.map((x) => `${x.s.source} #${x.s.index} ${x.s.event.type}`);
}

describe('Korean narration of every step', () => {
  const scenes = sceneSteps();
  const live = [...liveSteps(), ...sceneLiveSteps(), ...troubleSteps()];

  it('walks a real amount of narration', () => {
    expect(scenes.length).toBeGreaterThan(1500);
    expect(live.length).toBeGreaterThan(500);
  });

  it('scene steps: no English prose, every particle agrees', () => {
    expect(report(scenes), 'failing scene steps').toHaveLength(0);
  });

  it('live requests: no English prose, every particle agrees', () => {
    expect(report(live), 'failing live steps').toHaveLength(0);
  });

  it("the stage's spoken summary (its aria-label) passes the same checks", () => {
    const bad: string[] = [];
    let checked = 0;
    for (const sc of Object.values(scenarios)) {
      const player = createPlayer(runScenario(sc).events);
      const layout = layoutOf(player, sc.site);
      for (let i = 0; i < player.length; i++) {
        const text = describeStage(player.at(i), layout, 'ko');
        checked++;
        const faults = [
          ...latinRuns(text),
          ...particleErrors(text).map((e) => `${e.word}${e.particle}`),
        ];
        if (faults.length) bad.push(`${sc.id} #${i}: ${faults.join('; ')} in "${text}"`);
      }
    }
    expect(checked).toBeGreaterThan(1500);
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it('English narration has no Hangul', () => {
    const bad = [...scenes, ...live]
      .map((s) => ({ s, en: narrate(s.event, s.snapshot, 'en') }))
      .filter((x) => HANGUL.test(x.en))
      .map((x) => `${x.s.source} #${x.s.index}: ${x.en}`);
    expect(bad).toEqual([]);
  });
});
