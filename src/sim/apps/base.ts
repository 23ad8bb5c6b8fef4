import type { AppId, AppNote, HeaderList } from '../types';
import { utf8 } from '../http/bytes';
import { describeError } from '../wsgi/errors';
import { str } from '../wsgi/environ';
import { closing } from '../wsgi/iterable';
import { emit } from '../wsgi/run';
import type { StartResponse, WsgiEnviron, WsgiIterable } from '../wsgi/types';

/** The app.* events one application emits, with its actor (`app:flask`). */
export function appEvents(app: AppId) {
  const actor = `app:${app}`;
  return {
    enter: (environ: WsgiEnviron) =>
      emit({ type: 'app.enter', actor, app, mount: str(environ, 'SCRIPT_NAME') }),
    step: (note: AppNote) => emit({ type: 'app.step', actor, app, note }),
    raise: (e: unknown) => emit({ type: 'app.raise', actor, app, exception: describeError(e) }),
    exit: () => emit({ type: 'app.exit', actor, app }),
  };
}

export type Body = string | Uint8Array;

export function bytesOf(body: Body): Uint8Array {
  return typeof body === 'string' ? utf8(body) : body;
}

/** Call start_response with Content-Length and return the body as one chunk; `onClose` runs at close(). */
export function respond(
  startResponse: StartResponse,
  status: string,
  contentType: string,
  body: Body,
  onClose: () => void,
  extra: HeaderList = [],
): WsgiIterable {
  const bytes = bytesOf(body);
  startResponse(status, [
    ['Content-Type', contentType],
    ['Content-Length', String(bytes.length)],
    ...extra,
  ]);
  return closing([bytes], onClose);
}

export const HTML = 'text/html; charset=utf-8';
export const TEXT = 'text/plain; charset=utf-8';
export const JSON_TYPE = 'application/json';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Parse `a=1&b=x%20y` (form-urlencoded, `+` is a space). */
export function parseQuery(qs: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of qs.split('&')) {
    if (!part) continue;
    const [k, v = ''] = part.split('=');
    const dec = (s: string) => {
      try {
        return decodeURIComponent(s.replace(/\+/g, ' '));
      } catch {
        return s;
      }
    };
    out[dec(k)] = dec(v);
  }
  return out;
}

/** `?ms=N` as a bounded number, with a default. */
export function msParam(environ: WsgiEnviron, fallback: number): number {
  const raw = Number(parseQuery(str(environ, 'QUERY_STRING')).ms);
  return Number.isFinite(raw) && raw >= 0 ? Math.min(raw, 120_000) : fallback;
}
