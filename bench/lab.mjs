// The load lab's engine: a minute of virtual time at 1,000 closed-loop clients
// (think 1 s, default mix) through each lane in lean mode, next to the same
// lane in full-trace mode on a shorter run (the baseline), both per request.
import { register } from 'tsx/esm/api';

const LEAN_LOAD = { clients: 1000, thinkMs: 1000, durationMs: 60_000 };
const FULL_LOAD = { clients: 100, thinkMs: 1000, durationMs: 10_000 };

/** Runs each lane once to warm the JIT, then times it lean and full. */
export async function benchLab() {
  const unregister = register();
  try {
    const { runLab, defaultLanes, defaultSizes, defaultLoad } = await import('../src/lab/index.ts');
    const lanes = defaultLanes(defaultSizes);
    const lean = { ...defaultLoad, ...LEAN_LOAD };
    const full = { ...defaultLoad, ...FULL_LOAD };
    runLab({ ...lean, durationMs: 10_000 }, lanes); // warm-up
    return lanes.map((lane) => {
      const cpu0 = process.cpuUsage();
      const a = runLab(lean, [lane]).lanes[0];
      const cpu = process.cpuUsage(cpu0);
      const b = runLab(full, [lane], [], { record: 'full' }).lanes[0];
      return {
        id: lane.id,
        leanMs: a.wallMs,
        // CPU time of this process (user + system, GC threads included): steadier than wall time on a busy machine.
        leanCpuMs: (cpu.user + cpu.system) / 1000,
        leanRequests: a.figures.sent,
        leanUsPerRequest: (a.wallMs * 1000) / Math.max(1, a.figures.sent),
        fullUsPerRequest: (b.wallMs * 1000) / Math.max(1, b.figures.sent),
      };
    });
  } finally {
    await unregister();
  }
}
