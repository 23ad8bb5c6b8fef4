/**
 * The TCP handshake with a listening socket whose accept queue may be full.
 *
 * Linux (tcp_abort_on_overflow = 0) answers nothing when the queue is full:
 * it drops the SYN. The connecting side's kernel sends it again after its
 * retransmission timeout, which starts at 1 s and doubles: SYNs leave at 0,
 * 1, 3, 7, 15, 31 and 63 s (tcp_syn_retries = 6) and connect() fails with
 * ETIMEDOUT at 127 s, unless the caller gives up sooner (nginx's
 * proxy_connect_timeout). Nothing here is "connection refused": that is a
 * closed port (RST), which a listening socket never sends for a full queue.
 */
import { connect } from './pool';
import type { Req, World } from './world';

/** The first retransmission timeout (TCP_TIMEOUT_INIT). */
export const SYN_RTO_MS = 1000;
/** net.ipv4.tcp_syn_retries' default. */
export const SYN_RETRIES = 6;
/** When the kernel itself gives up on connect(): 1 + 2 + … + 64 s. */
export const KERNEL_CONNECT_TIMEOUT_MS = (2 ** (SYN_RETRIES + 1) - 1) * SYN_RTO_MS;

/** When SYN number `attempt` (1 = the first) leaves, in ms after the first. */
export function synSentAfter(attempt: number): number {
  return (2 ** (attempt - 1) - 1) * SYN_RTO_MS;
}

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
    const next = n <= SYN_RETRIES ? synSentAfter(n + 1) : Infinity;
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
