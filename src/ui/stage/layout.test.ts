import { describe, expect, it } from 'vitest';
import { createPlayer } from '../../player/player';
import type { Recording, RecordedEvent } from '../../sim/apps/recording';
import { recordedProtocol, scenarios, scriptRecording, startScenario } from '../../sim/index';
import type { Environ, HttpRequest } from '../../sim/types';
import { layoutOf } from './layout';

/** What CPython records for code whose middleware is `layers` (outermost first) around an app. */
function recording(layers: string[], environ: Environ): Recording {
  const ok = { status: '200 OK', headers: [['Content-Type', 'text/plain']] as [string, string][] };
  const whos = [...layers.map((_, i) => i), 'app' as const];
  const events: RecordedEvent[] = [
    ...whos.map((who): RecordedEvent => ({ t: 'enter', who, environ })),
    ...[...whos].reverse().map((who): RecordedEvent => ({ t: 'respond', who, ...ok, exc: null })),
    { t: 'start_response', ...ok, exc: null },
    ...[...whos].reverse().map((who): RecordedEvent => ({ t: 'return', who })),
    { t: 'returned' },
    { t: 'chunk', data: 'hi\n' },
    { t: 'close' },
    ...whos.map((who): RecordedEvent => ({ t: 'exit', who, chunks: 1, bytes: 3 })),
  ];
  return { events, violations: [], errors: '', validate: false, layers };
}

const GET: HttpRequest = {
  method: 'GET',
  url: 'https://demo.test/',
  headers: [['Host', 'demo.test']],
  body: new Uint8Array(0),
};

/** The Python scene's world; each live request runs the code whose layers are given. */
function pythonScene() {
  let next: string[] | 'loop' | null = null;
  const world = startScenario(
    scenarios.python,
    recordedProtocol((environ) =>
      next === null
        ? scriptRecording(environ)
        : next === 'loop'
          ? { events: [], violations: [], errors: '', validate: false, timedOut: { ms: 10_000 } }
          : recording(next, environ as Environ),
    ),
  );
  let player = createPlayer(world.trace.events);
  return {
    send(layers: string[] | 'loop') {
      next = layers;
      player = player.append(world.handle(GET).events);
      return layoutOf(player, scenarios.python.site).layers.map((l) => l.name ?? l.kind);
    },
  };
}

describe("layoutOf: the learner's onion follows their code", () => {
  it('draws the layers of the code that served the last request, not of every earlier run', () => {
    const scene = pythonScene();
    expect(scene.send(['Timing', 'Latinator'])).toEqual(['Timing', 'Latinator']);
    // The learner removes a layer and sends again: one layer, not the two seen before.
    expect(scene.send(['Timing'])).toEqual(['Timing']);
    // No middleware at all: the app alone (not the scene's default Latinator).
    expect(scene.send([])).toEqual([]);
  });

  it('keeps the last known stack through a request CPython was stopped in (it says nothing of it)', () => {
    const scene = pythonScene();
    expect(scene.send(['Timing'])).toEqual(['Timing']);
    expect(scene.send('loop')).toEqual(['Timing']);
  });
});
