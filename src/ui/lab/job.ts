/** One lab run as plain data (what the worker receives), and running it lane by lane. */
import { defaultLanes, runLab } from '../../lab/index';
import type { LabRun, LaneRun } from '../../lab/types';
import type { LabSettings } from './settings';

export const FRAME_MS = 100;
/** After the load stops, in-flight requests get this long to finish. */
export const DRAIN_MS = 15_000;

/** Runs every lane, reporting after each (the run is a pure function of the settings). */
export function runJob(
  settings: LabSettings,
  onLane?: (done: number, total: number) => void,
): LabRun {
  const lanes = defaultLanes({ ...settings.sizes, cores: 4 });
  const out: LaneRun[] = [];
  for (const lane of lanes) {
    const run = runLab(settings.load, [lane], settings.faults, {
      frameMs: FRAME_MS,
      drainMs: DRAIN_MS,
    });
    out.push(run.lanes[0]);
    onLane?.(out.length, lanes.length);
  }
  return { lanes: out, frameMs: FRAME_MS };
}

export type WorkerRequest = { id: number; settings: LabSettings };
export type WorkerReply =
  | { id: number; kind: 'progress'; done: number; total: number }
  | { id: number; kind: 'done'; run: LabRun }
  | { id: number; kind: 'error'; message: string };
