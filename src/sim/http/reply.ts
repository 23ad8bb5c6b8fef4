import type { HeaderList, HttpResponse } from '../types';
import { utf8 } from './bytes';
import { SIM_EPOCH_MS, httpDate } from './date';

/** The Server header a web server sends, from its display name. */
export function webServerToken(name: string): string {
  const lower = name.toLowerCase();
  if (lower.includes('nginx')) return 'nginx/1.27.3';
  if (lower.includes('apache')) return 'Apache/2.4.62 (Debian)';
  return name;
}

/** A plain-text answer the web server writes itself (errors, rejections). */
export function textResponse(
  server: string,
  status: number,
  reason: string,
  text: string,
  extra: HeaderList = [],
  head = false,
): HttpResponse {
  const body = utf8(text.endsWith('\n') ? text : `${text}\n`);
  return {
    status,
    reason,
    headers: [
      ['Server', server],
      ['Date', httpDate(SIM_EPOCH_MS)],
      ['Content-Type', 'text/plain; charset=utf-8'],
      ['Content-Length', String(body.length)],
      ...extra,
    ],
    body: head ? new Uint8Array(0) : body,
  };
}
