/**
 * "Open the full explainer" from any frame. A plain `target="_blank"` link
 * does nothing in a frame sandboxed without `allow-popups` (and `_top` needs
 * `allow-top-navigation`: measured in Chromium, both are blocked). So a plain
 * click first tries a new tab; when the sandbox blocks it, the frame asks its
 * host: embed.js opens the tab for it (the reader's click activates the host
 * page too), and WordPress's own embed script follows its `link` message.
 * When no host answers, the frame opens the explainer in itself: the link
 * always leads somewhere.
 */

export const OPEN_MESSAGE = 'wsgi-explained:open';
export const OPENED_MESSAGE = 'wsgi-explained:opened';
/** How long the frame waits for its host to say it opened the tab. */
export const HOST_TIMEOUT_MS = 600;

export interface OpenEnv {
  open(url: string): Window | null;
  parent: { postMessage(message: unknown, target: string): void } | null;
  /** Resolves true when the host says it opened the tab, false after `ms`. */
  waitForHost(ms: number): Promise<boolean>;
  navigate(url: string): void;
}

export async function openFullExplainer(
  url: string,
  frame: { id: string | null; secret: string | null },
  env: OpenEnv = browserEnv(),
): Promise<'tab' | 'host' | 'frame'> {
  const tab = env.open(url);
  if (tab) {
    try {
      tab.opener = null;
    } catch {
      // A cross-origin tab: its opener is not ours to clear.
    }
    return 'tab';
  }
  if (env.parent) {
    const answered = env.waitForHost(HOST_TIMEOUT_MS);
    env.parent.postMessage({ type: OPEN_MESSAGE, id: frame.id, url }, '*');
    if (frame.secret)
      env.parent.postMessage({ message: 'link', value: url, secret: frame.secret }, '*');
    if (await answered) return 'host';
  }
  env.navigate(url);
  return 'frame';
}

function browserEnv(): OpenEnv {
  return {
    open: (url) => window.open(url, '_blank'),
    parent: window.parent !== window ? window.parent : null,
    waitForHost: (ms) =>
      new Promise((done) => {
        const onMessage = (e: MessageEvent) => {
          if (e.source !== window.parent || (e.data as { type?: unknown })?.type !== OPENED_MESSAGE)
            return;
          finish(true);
        };
        const timer = setTimeout(() => finish(false), ms);
        const finish = (ok: boolean) => {
          clearTimeout(timer);
          window.removeEventListener('message', onMessage);
          done(ok);
        };
        window.addEventListener('message', onMessage);
      }),
    navigate: (url) => window.location.assign(url),
  };
}
