/**
 * A full listen queue, the engine against the real thing
 * (tests/reference/overflow.json, `npm run reference:overflow`): nginx with a
 * TCP upstream whose accept queue is full answers 504 after
 * proxy_connect_timeout, and a plain client's connect() times out after the
 * kernel's SYN retries, with the same number of SYNs dropped.
 *
 * Differences on purpose:
 * - Linux queues backlog + 1 connections (listen(1) held 2); the simulated
 *   backlog is the number it holds, so the mirror uses 2.
 * - The recording kernel (6.18) retries SYNs every second at first
 *   (tcp_syn_linear_timeouts = 4, Linux 6.5+): SYNs at 0, 1, 2, 3, 4, 5, 7,
 *   11, 19, 35, 67 s and ETIMEDOUT at 131 s (135 s measured: long kernel
 *   timers run a little late). The engine plays the classic schedule the
 *   lessons describe (Linux before 6.5: 0, 1, 3, 7, 15, 31, 63 s, 127 s);
 *   both schedules come from the same function, checked here against the
 *   recorded drops.
 */
import { describe, expect, it } from 'vitest';
import {
  CLASSIC_SYN,
  KERNEL_CONNECT_TIMEOUT_MS,
  LINEAR_SYN,
  SYN_RETRIES,
  kernelConnectTimeout,
  synCount,
  synSentAfter,
} from '../../src/sim/engine/handshake';
import { answerOf, ofType, play } from '../../src/sim/engine/testing';
import recorded from '../reference/overflow.json';

/** One busy worker, a queue holding as many as the real one did, then the request under test. */
function full(web: Record<string, unknown>) {
  return play(
    {
      dispatch: { model: 'prefork', processes: 1, timeoutMs: 0 },
      listener: { backlog: recorded.queued },
      web,
    },
    [
      { path: '/io/300000' },
      ...Array.from({ length: recorded.queued }, () => ({ path: '/io/300000' })),
      { at: 10, path: '/' },
    ],
  );
}
const probe = recorded.queued + 2;
const versionless = (s: string) => s.replace(/nginx\/[\d.]+/g, 'nginx/N');

describe('a full listen queue, as recorded', () => {
  it('was recorded with the kernel settings the engine models', () => {
    expect(recorded.sysctl['net.ipv4.tcp_abort_on_overflow']).toBe(0);
    expect(recorded.sysctl['net.ipv4.tcp_syn_retries']).toBe(SYN_RETRIES);
    expect(recorded.sysctl['net.ipv4.tcp_syn_linear_timeouts']).toBe(LINEAR_SYN.linear);
  });

  it('the SYN schedule function matches the kernel’s drops, SYN by SYN', () => {
    const real = recorded.client.synDroppedAtMs;
    expect(real).toHaveLength(synCount(LINEAR_SYN));
    real.forEach((t, i) => {
      const model = synSentAfter(i + 1, LINEAR_SYN);
      expect(Math.abs(t - model)).toBeLessThanOrEqual(Math.max(150, model * 0.06));
    });
    const giveUp = kernelConnectTimeout(LINEAR_SYN);
    expect(Math.abs(recorded.client.elapsedMs - giveUp)).toBeLessThan(giveUp * 0.04);
    // The classic schedule the engine plays.
    expect(
      Array.from({ length: synCount(CLASSIC_SYN) }, (_, i) => synSentAfter(i + 1, CLASSIC_SYN)),
    ).toEqual([0, 1000, 3000, 7000, 15_000, 31_000, 63_000]);
    expect(KERNEL_CONNECT_TIMEOUT_MS).toBe(kernelConnectTimeout(CLASSIC_SYN));
  });

  it('behind nginx: a 504 after proxy_connect_timeout, with as many SYNs dropped', () => {
    const real = recorded.nginx;
    const trace = full({ mode: 'proxy', connectTimeoutMs: real.connectTimeoutMs });
    const sim = trace.responses.find((r) => r.rid === probe)!.response;
    expect([sim.status, sim.reason]).toEqual([real.status, real.reason]);
    expect(versionless(new TextDecoder().decode(sim.body))).toBe(versionless(real.body));
    const type = (h: [string, string][]) =>
      h.find(([k]) => k.toLowerCase() === 'content-type')?.[1];
    expect(type(sim.headers)).toBe(type(real.headers as [string, string][]));
    const forwarded = trace.events.find((e) => e.rid === probe && e.type === 'proxy.forward')!.t;
    const simMs = answerOf(trace, probe).t - forwarded;
    expect(Math.abs(simMs - real.elapsedMs)).toBeLessThan(150);
    const err = ofType(trace, 'proxy.upstream_error').find((e) => e.rid === probe)!;
    expect(err.note).toMatchObject({ code: 'upstream.connect_timeout', ms: real.connectTimeoutMs });
    // The SYNs nginx's kernel sent before proxy_connect_timeout: as the schedule predicts.
    const before = (s: typeof LINEAR_SYN) =>
      Array.from({ length: synCount(s) }, (_, i) => synSentAfter(i + 1, s)).filter(
        (t) => t < real.connectTimeoutMs,
      ).length;
    expect(real.synDroppedAtMs).toHaveLength(before(LINEAR_SYN));
    expect(err.note).toMatchObject({ syns: before(CLASSIC_SYN) });
    expect(real.errorLog.join('\n')).toMatch(/upstream timed out .* while connecting to upstream/);
  });

  it('without a proxy: connect() fails with ETIMEDOUT after the kernel’s retries, not ECONNREFUSED', () => {
    expect(recorded.client.error).toBe('Connection timed out');
    const trace = full({ mode: 'embedded' });
    const answer = answerOf(trace, probe);
    expect(answer).toMatchObject({
      type: 'client.error',
      note: { code: 'network.connect_timeout', ms: 127_000, syns: synCount(CLASSIC_SYN) },
    });
    expect(answer.t - 10).toBe(KERNEL_CONNECT_TIMEOUT_MS);
  });
});
