/**
 * What a widget's store holds and can do (ExplainerState), what creates one
 * (StoreInit), and the small types around them. The store itself:
 * explainerStore.ts.
 */
import type { Player } from '../player/player';
import type { MiddlewareKind, SceneId, SiteConfig, TraceEvent } from '../sim/types';
import type { Beat } from './beats';
import type { LiveMode } from './live';

export type Lang = 'en' | 'ko';
export type Theme = 'light' | 'dark' | 'auto';

export const SPEEDS = [0.25, 0.5, 1, 1.5, 2, 3, 4] as const;

/** One layer of a learner-edited middleware stack, outermost first; `on: false` keeps its place in the list. */
export interface StackLayer {
  kind: MiddlewareKind;
  on: boolean;
}

/** A learner's edit of the scene's site: the site the trace was run on, and the editor's list. */
export interface SiteEdit {
  site: SiteConfig;
  stack: StackLayer[];
}

export interface Range {
  from: number;
  to: number;
}

export interface ExplainerState {
  scene: SceneId;
  lang: Lang;
  theme: Theme;
  speed: number;
  /** Index of the current event; -1 is the empty stage before the first. */
  step: number;
  /** Number of events in the timeline. */
  length: number;
  playing: boolean;
  /** Embeds may lock the timeline to a range of steps (beat positions when there are beats). */
  range: Range | null;
  /** Where each beat ends (see beats.ts); empty: the timeline steps by event. */
  beats: Beat[];
  /** The "Details" switch: step through the engine's events one by one instead of beats. */
  details: boolean;
  /** While a beat plays: the event it ends on (the cursor walks there event by event). */
  goal: number | null;
  /** Bumped whenever the timeline's events change (scene switch, live request). */
  version: number;
  /** How many live requests (form, console) joined this timeline. */
  live: number;
  /**
   * Live requests come faster than they can be shown (see session/pace.ts): the
   * figure rests on the newest, tokens jump, the caption is quiet until it ends.
   */
  rush: boolean;
  /** Requests answered in the rush so far while the figure holds still (0: none waiting; see session/pace.ts). */
  waiting: number;
  /** Requests whose events were let go to keep memory bounded (shown as a notice). */
  dropped: number;
  player: Player;
  /** False while the scene's trace is still being computed (the engine loads after the first frame). */
  ready: boolean;
  /** The site the timeline was run on when the learner edited it (null: the scene's own). Reset by setScene. */
  siteOverride: SiteConfig | null;
  /** The middleware editor's list behind siteOverride (null: the scene's default stack). */
  stack: StackLayer[] | null;

  /** `edit`: the timeline was run on a learner-edited site (omitted: the scene's own); `beats`: where its beats end. */
  setScene(
    scene: SceneId,
    events: TraceEvent[],
    step?: number,
    edit?: SiteEdit | null,
    beats?: Beat[],
  ): void;
  setDetails(on: boolean): void;
  /** Jump to beat position `p` (0: the empty stage). */
  seekBeat(p: number): void;
  /** Switch to a scene whose trace is still being computed (an empty timeline, `ready` false). */
  setPending(scene: SceneId): void;
  setLang(lang: Lang): void;
  setTheme(theme: Theme): void;
  setSpeed(speed: number): void;
  setRange(range: Range | null): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  seek(step: number): void;
  stepBy(delta: number): void;
  restart(): void;
  toEnd(): void;
  /**
   * Advance one event while playing or while a beat plays (toward `goal`);
   * stops at the end. Returns false when it stopped.
   */
  tick(): boolean;
  /**
   * Live requests' events join the timeline (`requests`: how many requests they
   * are, default 1). `play` (default): the cursor jumps to the first of them and
   * plays; `rush`: to the end of the newest, paused (see live.ts).
   */
  appendLive(events: TraceEvent[], requests?: number, mode?: LiveMode): void;
  /** Live requests rush in: the figure holds still where it is (paused, tokens jump) until they join. */
  holdRush(): void;
  /** How many requests of the rush were answered (the badge's count; 0 hides it). */
  setWaiting(n: number): void;
  /** The rush of live requests is over: the figure animates again. */
  endRush(): void;
  /**
   * A timeline of `n` frames without trace events (the load lab: step = frame
   * index). Keeps the cursor where it was when it still fits.
   */
  setFrames(n: number): void;
}

export interface StoreInit {
  scene: SceneId;
  events: TraceEvent[];
  lang: Lang;
  theme?: Theme;
  speed?: number;
  step?: number;
  range?: Range | null;
  /** False when `events` is a placeholder until the scene's trace arrives (default true). */
  ready?: boolean;
}

export function clampSpeed(speed: number): number {
  if (!Number.isFinite(speed)) return 1;
  return Math.min(4, Math.max(0.25, speed));
}
