/**
 * The frame → host sizing protocol. Pure: the caller supplies `post`
 * (window.parent.postMessage) and calls `report(height)` once per animation
 * frame at most; a height is posted only when it changed (or when forced,
 * e.g. the host script asked after loading late).
 *
 * Messages:
 *   { type: 'wsgi-explained:height', id, height }    read by public/embed.js
 *   { message: 'height', value, secret }             WordPress's embed protocol,
 *                                                     only when the fragment had a secret
 */
export const HEIGHT_MESSAGE = 'wsgi-explained:height';
/** Sent by the host script to ask every frame for its height again. */
export const HELLO_MESSAGE = 'wsgi-explained:hello';

export type Post = (message: unknown) => void;

export interface HeightReporter {
  report(height: number, force?: boolean): void;
  readonly last: number | null;
}

export function createHeightReporter(opts: {
  id: string | null;
  secret: string | null;
  post: Post;
}): HeightReporter {
  let last: number | null = null;
  return {
    report(height, force = false) {
      if (!Number.isFinite(height) || height <= 0) return;
      const h = Math.ceil(height);
      if (h === last && !force) return;
      last = h;
      opts.post({ type: HEIGHT_MESSAGE, id: opts.id, height: h });
      if (opts.secret !== null) opts.post({ message: 'height', value: h, secret: opts.secret });
    },
    get last() {
      return last;
    },
  };
}

/** Runs `fn` at most once per animation frame with the latest argument. */
export function throttleToFrame<A>(
  fn: (a: A) => void,
  raf: (cb: () => void) => unknown,
): (a: A) => void {
  let pending = false;
  let latest: A;
  return (a: A) => {
    latest = a;
    if (pending) return;
    pending = true;
    raf(() => {
      pending = false;
      fn(latest);
    });
  };
}
