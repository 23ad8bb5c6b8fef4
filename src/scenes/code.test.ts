/**
 * The code panel's line map, checked against real traces: every event of
 * every scene's script (plus a few live requests sent into the scene) must
 * highlight a line whose text fits what the event is, or no line where none
 * of the listing runs. The expectations are patterns on the line's *text*,
 * so a map pointing one line off fails.
 */
import { describe, expect, it } from 'vitest';
import { startScenario } from '../sim/simulator';
import type { HttpRequest, SceneId, TraceEvent } from '../sim/types';
import { arraySource, codeLine, listingOf } from './code';
import { SCENE_ORDER, scenes } from './index';
import { nginxRule, pythonRule, strictRule } from './lineRules';

/** A few live requests too: the learner can send them into any scene. */
const LIVE = ['/stream?parts=2', '/boom', '/hello/ada', '/environ', '/index.html', '/nope'];

function traceOf(scene: SceneId): TraceEvent[] {
  const world = startScenario(scenes[scene].scenario);
  const events = [...world.trace.events];
  for (const path of LIVE) {
    const request: HttpRequest = {
      method: 'GET',
      url: `https://demo.test${path}`,
      headers: [['Host', 'demo.test']],
      body: new Uint8Array(0),
    };
    events.push(...world.handle(request).events);
  }
  return events;
}

const show = (e: TraceEvent) => {
  const { seq, type, actor, ...rest } = e as TraceEvent & Record<string, unknown>;
  return `#${seq} ${type} ${actor} ${JSON.stringify({ ...rest, environ: undefined }).slice(0, 140)}`;
};

describe('the code panel highlights the line that runs', () => {
  for (const scene of SCENE_ORDER) {
    it(`${scene}: every event's line fits the event`, () => {
      const listing = listingOf(scene);
      const events = traceOf(scene);
      const source = arraySource(events);
      const wrong: string[] = [];
      events.forEach((e, i) => {
        const n = codeLine(scene, source, i);
        if (n !== null && (n < 1 || n > listing.lines.length || !Number.isInteger(n))) {
          wrong.push(`${show(e)}\n    → line ${n} does not exist`);
          return;
        }
        const text = n === null ? null : listing.lines[n - 1];
        if (text !== null && /^\s*(#.*)?$/.test(text)) {
          wrong.push(`${show(e)}\n    → line ${n} is blank or a comment`);
          return;
        }
        const rule = listing.lang === 'nginx' ? nginxRule(e) : pythonRule(e);
        if (rule === null) {
          if (text !== null) wrong.push(`${show(e)}\n    → line ${n} "${text}", expected none`);
          return;
        }
        // Where the listing has no line of that kind at all, no line is right.
        const listed = listing.lines.some((l) => !/^\s*#/.test(l) && rule.test(l));
        if (text === null) {
          if (listed) wrong.push(`${show(e)}\n    → no line, expected one like ${rule}`);
          return;
        }
        if (!rule.test(text)) wrong.push(`${show(e)}\n    → line ${n} "${text}", expected ${rule}`);
        // The gateway's own lines count only where the listing is the gateway.
        const gateway = listing.lines.some((l) => /def start_response\(/.test(l));
        const strict =
          listing.lang === 'python' && (gateway || !e.type.startsWith('wsgi.'))
            ? strictRule(e)
            : null;
        const own = strict && listing.lines.some((l) => !/^\s*#/.test(l) && strict.test(l));
        if (strict && own && !strict.test(text))
          wrong.push(`${show(e)}\n    → line ${n} "${text}", expected its own line ${strict}`);
      });
      expect(wrong.slice(0, 12).join('\n')).toBe('');
    });
  }

  it('some line runs at most steps of every scene where Python runs', () => {
    for (const scene of SCENE_ORDER) {
      if (listingOf(scene).lang !== 'python') continue;
      const events = traceOf(scene);
      const source = arraySource(events);
      const python = events
        .map((e, i) => ({ e, i }))
        .filter(({ e }) => /^(wsgi|app|work|middleware)\./.test(e.type));
      const lit = python.filter(({ i }) => codeLine(scene, source, i) !== null);
      expect(lit.length, scene).toBe(python.length);
    }
  });
});
