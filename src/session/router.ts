/**
 * Which session answers a request to https://demo.test on this page. The
 * page's entry creates one router and hands it to the Service Worker path or
 * the in-page path; each widget attaches its session. With several widgets on
 * a page, the one the learner last used (focus, pointer, the form) answers.
 */
import type { Session } from './session';

export interface SessionRouter {
  /** Adds a session; the first one attached answers until another is used. Returns detach. */
  attach(session: Session): () => void;
  /** The learner used this widget: its session answers from now on. */
  use(session: Session): void;
  /** The session that answers now (null when no widget is attached). */
  current(): Session | null;
}

export function createRouter(): SessionRouter {
  const attached: Session[] = [];
  let active: Session | null = null;
  return {
    attach(session) {
      if (!attached.includes(session)) attached.push(session);
      active ??= session;
      return () => {
        const i = attached.indexOf(session);
        if (i >= 0) attached.splice(i, 1);
        if (active === session) active = attached[0] ?? null;
      };
    },
    use(session) {
      if (attached.includes(session)) active = session;
    },
    current: () => active,
  };
}
