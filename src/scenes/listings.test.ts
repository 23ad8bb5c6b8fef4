/** What each scene's code listing shows, and the WSGI server's listing against PEP 3333. */
import { describe, expect, it } from 'vitest';
import { listingOf } from './code';
import { SCENE_ORDER } from './index';

describe('what each listing shows', () => {
  it('the static scene shows nginx, not a WSGI loop', () => {
    const listing = listingOf('static');
    expect(listing.lang).toBe('nginx');
    const text = listing.lines.join('\n');
    expect(text).not.toMatch(/start_response|app\(environ|\.accept\(\)|while True|def /);
    expect(text).toMatch(/root |try_files/);
  });

  it('the event loop shows its own loop; prefork and fork show theirs', () => {
    expect(listingOf('event-loop').lines.join('\n')).toMatch(
      /sel\.select\(\)[\s\S]*for key, events in ready/,
    );
    expect(listingOf('fork').lines.join('\n')).toMatch(
      /accept\(\)[\s\S]*os\.fork\(\)[\s\S]*os\._exit/,
    );
    expect(listingOf('prefork').lines.join('\n')).toMatch(/os\.fork\(\)[\s\S]*os\.wait\(\)/);
  });

  it('no two scenes of different ideas share a listing', () => {
    const ids = [
      'static',
      'fork',
      'prefork',
      'threads',
      'event-loop',
      'reverse-proxy',
      'wsgi',
      'middleware',
      'container',
      'framework',
      'big-picture',
    ] as const;
    const texts = ids.map((id) => listingOf(id).lines.join('\n'));
    expect(new Set(texts).size).toBe(ids.length);
  });

  it('listings stay short and every line fits the panel', () => {
    for (const scene of SCENE_ORDER) {
      const { lines } = listingOf(scene);
      expect(lines.length, scene).toBeLessThanOrEqual(55);
      for (const l of lines) expect(l.length, `${scene}: ${l}`).toBeLessThanOrEqual(72);
    }
  });
});

describe("the WSGI server's code keeps PEP 3333's rules", () => {
  const lines = listingOf('wsgi').lines;
  const find = (r: RegExp) => {
    const i = lines.findIndex((l) => r.test(l));
    expect(i, String(r)).toBeGreaterThanOrEqual(0);
    return i;
  };

  it('marks the headers sent, once, when the first data goes out', () => {
    const check = find(/if not state\["sent"\]:/);
    const send = find(/send_head\(/);
    const mark = find(/state\["sent"\] = True/);
    expect(check < send && send < mark).toBe(true);
  });

  it('sends the headers even when the body ends without a non-empty chunk', () => {
    const loop = find(/for data in result:/);
    const after = lines.findIndex((l, i) => i > loop && /if not state\["sent"\]:/.test(l));
    expect(after).toBeGreaterThan(loop);
    expect(lines[after + 1]).toMatch(/write\(b""\)/);
    expect(lines[find(/if data:/) + 1]).toMatch(/write\(data\)/);
  });

  it('start_response re-raises after the headers went out and replaces them only with exc_info', () => {
    const def = find(/def start_response\(status, headers, exc_info=None\)/);
    const reraise = find(/raise exc_info\[1\]\.with_traceback\(exc_info\[2\]\)/);
    const twice = find(/elif state\["status"\]:/);
    expect(def < reraise && reraise < twice).toBe(true);
    expect(lines[twice + 1]).toMatch(/raise AssertionError/);
  });

  it('closes only a result it got, in a finally, and answers an early error with exc_info', () => {
    const call = find(/result = app\(environ, start_response\)/);
    const inner = lines.findIndex((l, i) => i > call && /^\s+finally:/.test(l));
    const close = find(/result\.close\(\)/);
    expect(call < inner && inner < close).toBe(true);
    expect(lines[close - 1]).toMatch(/if hasattr\(result, "close"\):/);
    // The outer handler comes after the finally that closes: `result` is bound there.
    const handler = find(/except Exception:/);
    expect(handler).toBeGreaterThan(close);
    expect(lines[handler + 1]).toMatch(/start_response\(.*sys\.exc_info\(\)\)/);
  });
});
