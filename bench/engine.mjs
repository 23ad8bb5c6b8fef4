// Engine throughput in Node: the simulator answering live requests one after
// another, next to the same loop with a handler that does nothing.
import { register } from 'tsx/esm/api';

const REQUESTS = 5_000;

function request(i) {
  return {
    method: 'GET',
    url: `https://demo.test/environ?i=${i}`,
    headers: [
      ['host', 'demo.test'],
      ['accept', 'application/json'],
    ],
    body: new Uint8Array(0),
  };
}

const trivial = {
  handle: () => ({
    response: { status: 200, reason: 'OK', headers: [], body: new Uint8Array(0) },
    events: [],
  }),
};

function timeLoop(simulator) {
  let events = 0;
  const started = performance.now();
  for (let i = 0; i < REQUESTS; i++) events += simulator.handle(request(i)).events.length;
  const seconds = (performance.now() - started) / 1000;
  return {
    seconds,
    requestsPerSecond: REQUESTS / seconds,
    eventsPerSecond: events / seconds,
    events,
  };
}

/** Runs both loops; the engine is loaded through tsx (TypeScript, no build step). */
export async function benchEngine() {
  const unregister = register();
  try {
    const { createSimulator, defaultSite } = await import('../src/sim/index.ts');
    timeLoop(trivial); // warm-up for the JIT
    const baseline = timeLoop(trivial);
    const engine = timeLoop(createSimulator(defaultSite, 1));
    return { requests: REQUESTS, engine, baseline };
  } finally {
    await unregister();
  }
}
