/**
 * The lab's status line: what is happening now, from the run's state and the
 * playhead. Pure (the component only translates the message).
 */
import type { LabFault } from '../../lab/types';
import type { LabStatus } from './labState';

export type LabPhase =
  'idle' | 'running' | 'error' | 'ready' | 'playing' | 'draining' | 'paused' | 'done';

export interface PlaybackView {
  status: LabStatus;
  playing: boolean;
  /** Frame index of the playhead, and the timeline's length in frames. */
  step: number;
  length: number;
  frameMs: number;
  /** The load's duration in the settings the run was made with. */
  durationMs: number;
}

export function labPhase(v: PlaybackView): LabPhase {
  if (v.status !== 'ready') return v.status;
  const t = Math.max(0, v.step) * v.frameMs;
  const atEnd = v.length > 0 && v.step >= v.length - 1;
  if (v.playing) return t >= v.durationMs && !atEnd ? 'draining' : 'playing';
  if (atEnd) return 'done';
  return v.step > 0 ? 'paused' : 'ready';
}

export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

/** How long after a fault the line names it as what is happening now. */
export const FAULT_NOW_MS = 3000;

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const wholeSeconds = (ms: number) => String(Math.round(ms / 1000));

/**
 * The status line as messages to translate and join: the phase, then the
 * faults (the one that just struck, or how many are in the run).
 */
export function statusMessages(
  v: PlaybackView,
  extra: { done?: number; total?: number; error?: string; faults?: readonly LabFault[] } = {},
): Message[] {
  const phase = labPhase(v);
  const t = Math.max(0, v.step) * v.frameMs;
  const endMs = Math.max(0, v.length - 1) * v.frameMs;
  const of = { time: seconds(t), duration: wholeSeconds(v.durationMs) };
  const out: Message[] = [];
  switch (phase) {
    case 'idle':
      return [{ key: 'lab.status.idle' }];
    case 'running':
      return [{ key: 'lab.running', params: { done: extra.done ?? 0, total: extra.total ?? 5 } }];
    case 'error':
      return [{ key: 'lab.failed', params: { error: extra.error ?? '' } }];
    case 'ready':
      out.push({ key: 'lab.ready' });
      break;
    case 'playing':
      out.push({ key: 'lab.status.playing', params: of });
      break;
    case 'draining':
      out.push({ key: 'lab.status.draining', params: of });
      break;
    case 'paused':
      out.push({
        key: t > v.durationMs ? 'lab.status.pausedDrain' : 'lab.status.paused',
        params: of,
      });
      break;
    case 'done':
      out.push(
        endMs > v.durationMs
          ? { key: 'lab.status.doneDrain', params: { ...of, end: seconds(endMs) } }
          : { key: 'lab.status.done', params: of },
      );
      break;
  }
  const faults = extra.faults ?? [];
  const now = faults.filter((f) => t >= f.at && t < f.at + FAULT_NOW_MS && phase !== 'ready');
  if (now.length > 0) {
    const f = now[now.length - 1];
    out.push({
      key: 'lab.status.faultNow',
      params: { fault: f.kind, lane: f.lane, time: seconds(f.at) },
    });
  } else if (faults.length === 1) {
    const f = faults[0];
    out.push({
      key: 'lab.status.fault1',
      params: { fault: f.kind, lane: f.lane, time: seconds(f.at) },
    });
  } else if (faults.length > 1) {
    out.push({ key: 'lab.status.faults', params: { n: faults.length } });
  }
  return out;
}
