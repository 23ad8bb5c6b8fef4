/**
 * The TCP handshake with a listening socket whose accept queue may be full.
 *
 * Linux (tcp_abort_on_overflow = 0) answers nothing when the queue is full:
 * it drops the SYN. The connecting side's kernel sends it again after its
 * retransmission timeout, which starts at 1 s and doubles: SYNs leave at 0,
 * 1, 3, 7, 15, 31 and 63 s (tcp_syn_retries = 6) and connect() fails with
 * ETIMEDOUT at 127 s, unless the caller gives up sooner (nginx's
 * proxy_connect_timeout). Linux 6.5+ first retries every second
 * (tcp_syn_linear_timeouts, LINEAR_SYN); the engine plays the classic
 * schedule the lessons describe, and tests/unit/overflow.test.ts checks
 * both against a recording of the real kernel. Nothing here is "connection refused": that is a
 * closed port (RST), which a listening socket never sends for a full queue.
 */
import { connect } from './pool';
import type { Req, World } from './world';

/** The first retransmission timeout (TCP_TIMEOUT_INIT). */
export const SYN_RTO_MS = 1000;
/** net.ipv4.tcp_syn_retries' default. */
export const SYN_RETRIES = 6;

/**
 * How a connecting kernel retransmits a SYN. `linear`: net.ipv4.tcp_syn_linear_timeouts
 * (Linux 6.5+, default 4): that many retransmissions wait one RTO each, on top of
 * tcp_syn_retries, before the wait starts doubling; 0 on older kernels.
 */
export interface SynSchedule {
  retries: number;
  linear: number;
}

/** Linux before 6.5 (and the textbook): SYNs at 0, 1, 3, 7, 15, 31, 63 s; ETIMEDOUT at 127 s. */
export const CLASSIC_SYN: SynSchedule = { retries: SYN_RETRIES, linear: 0 };
/** Linux 6.5 and later by default: SYNs at 0, 1, 2, 3, 4, 5, 7, 11, 19, 35, 67 s; ETIMEDOUT at 131 s. */
export const LINEAR_SYN: SynSchedule = { retries: SYN_RETRIES, linear: 4 };
/** The schedule the engine plays (the one the lessons describe). */
export const SYN_SCHEDULE = CLASSIC_SYN;

/** The wait after retransmission number k - 1 (k = 1: after the first SYN). */
function rto(k: number, s: SynSchedule): number {
  return (k <= s.linear + 1 ? 1 : 2 ** (k - s.linear - 1)) * SYN_RTO_MS;
}

/** When SYN number `attempt` (1 = the first) leaves, in ms after the first. */
export function synSentAfter(attempt: number, s: SynSchedule = SYN_SCHEDULE): number {
  let t = 0;
  for (let k = 1; k < attempt; k++) t += rto(k, s);
  return t;
}

/** SYNs sent before the kernel gives up. */
export function synCount(s: SynSchedule = SYN_SCHEDULE): number {
  return s.retries + s.linear + 1;
}

/** When the kernel itself fails connect() with ETIMEDOUT: one more RTO after the last SYN. */
export function kernelConnectTimeout(s: SynSchedule = SYN_SCHEDULE): number {
  return synSentAfter(synCount(s) + 1, s);
}

/** The engine's: 127 s. */
export const KERNEL_CONNECT_TIMEOUT_MS = kernelConnectTimeout();

export interface Dial {
  /** The caller's own connect timeout in ms (0 = none); the kernel's 127 s bounds it anyway. */
  timeoutMs: number;
  /** The connection is in the accept queue (and may already be accepted). */
  onConnected(): void;
  /** connect() gave up after `ms`, having sent `syns` SYNs. */
  onTimeout(ms: number, syns: number): void;
}

/** Connects `req` to the listener now, retrying dropped SYNs on the kernel's schedule. */
export function dial(w: World, req: Req, d: Dial): void {
  const started = w.now;
  const limit =
    d.timeoutMs > 0 ? Math.min(d.timeoutMs, KERNEL_CONNECT_TIMEOUT_MS) : KERNEL_CONNECT_TIMEOUT_MS;
  const attempt = (n: number) => {
    if (req.answered) return;
    const next = n < synCount() ? synSentAfter(n + 1) : Infinity;
    const retryInMs = next < limit ? started + next - w.now : null;
    if (connect(w, req, n, retryInMs)) {
      d.onConnected();
      return;
    }
    if (retryInMs !== null) w.at(started + next, () => attempt(n + 1), req.rid);
    else
      w.at(
        started + limit,
        () => {
          if (!req.answered) d.onTimeout(limit, n);
        },
        req.rid,
      );
  };
  attempt(1);
}
