// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { createPlayer, type Player } from '../../player/player';
import { recordedProtocol, scenarios, scriptRecording, startScenario } from '../../sim/index';
import { liveBeats, type Beat } from '../../store/beats';
import type { Lang } from '../../store/explainerStore';
import { loadNarration, narrate } from '../narrate';

/** The Python scene, then a live request whose code never returns (CPython was stopped). */
function loopRequest(): { player: Player; beats: Beat[]; first: number } {
  let loop = false;
  const world = startScenario(
    scenarios.python,
    recordedProtocol((environ) =>
      loop
        ? { events: [], violations: [], errors: '', validate: true, timedOut: { ms: 3000 } }
        : scriptRecording(environ),
    ),
  );
  const player = createPlayer(world.trace.events);
  const first = player.length;
  loop = true;
  const { events } = world.handle({
    method: 'GET',
    url: 'https://demo.test/loop',
    headers: [['Host', 'demo.test']],
    body: new Uint8Array(0),
  });
  return { player: player.append(events), beats: liveBeats(events, first), first };
}

const caption = (player: Player, beat: Beat, lang: Lang) =>
  narrate(player.event(beat.end), player.at(beat.end), lang);

describe('a request stuck in the learner’s code: its story ends on the 504, with the why', () => {
  beforeAll(() => Promise.all([loadNarration('en'), loadNarration('ko')]));
  const { player, beats, first } = loopRequest();
  const types = (b: Beat, i: number) => {
    const from = i === 0 ? first : beats[i - 1].end + 1;
    return Array.from({ length: b.end - from + 1 }, (_, k) => player.event(from + k).type);
  };
  const at504 = beats.findIndex((b) => player.event(b.end).type === 'client.receive');

  it('the beat where the client gets the 504 says nginx gave up on a worker stuck in the code', () => {
    expect(at504).toBeGreaterThan(0);
    expect(caption(player, beats[at504], 'en')).toMatch(
      /^The client receives 504 Gateway Time-out/,
    );
    expect(caption(player, beats[at504], 'en')).toMatch(
      /nginx waited proxy_read_timeout \(10 s\) for the worker, which is stuck in your code/,
    );
    expect(caption(player, beats[at504], 'ko')).toMatch(/504 Gateway Time-out/);
    expect(caption(player, beats[at504], 'ko')).toMatch(/proxy_read_timeout\(10초\)/);
    expect(caption(player, beats[at504], 'ko')).toMatch(/여러분의 코드/);
  });

  it('the replacement worker is a beat of its own, after the 504', () => {
    const after = beats.slice(at504 + 1);
    expect(after.length).toBeGreaterThan(0);
    const rest = after.flatMap((b, i) => types(b, at504 + 1 + i));
    expect(rest).toContain('process.exit');
    expect(rest).toContain('process.spawn');
    expect(rest.filter((t) => t.startsWith('client.') || t.startsWith('proxy.'))).toEqual([]);
  });
});
