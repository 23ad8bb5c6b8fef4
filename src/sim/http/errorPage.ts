/**
 * The error pages a web server writes itself (4xx from the front door, 502 and
 * 504 from the proxy), shaped like the real ones: nginx's built-in
 * `<html>…<center><h1>404 Not Found</h1></center><hr><center>nginx/…</center>…`,
 * or Apache's `<!DOCTYPE HTML PUBLIC …><h1>Not Found</h1><p>…</p><address>…`.
 * They carry no explanation for the learner: that lives in the trace event.
 */
import type { HeaderList, HttpResponse } from '../types';
import { utf8 } from './bytes';
import { SIM_EPOCH_MS, httpDate } from './date';

/** nginx's status lines (ngx_http_status_lines) for the errors the simulation makes. */
const NGINX_REASON: Record<number, string> = {
  301: 'Moved Permanently',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Not Allowed',
  413: 'Request Entity Too Large',
  414: 'Request-URI Too Large',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  504: 'Gateway Time-out',
};

const APACHE_REASON: Record<number, string> = {
  301: 'Moved Permanently',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Request Entity Too Large',
  414: 'Request-URI Too Long',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  504: 'Gateway Timeout',
};

/** The sentence Apache's built-in page says for each status. */
const APACHE_TEXT: Record<number, string> = {
  301: 'The document has moved.',
  403: "You don't have permission to access this resource.",
  400: 'Your browser sent a request that this server could not understand.',
  404: 'The requested URL was not found on this server.',
  405: 'The requested method is not allowed for this URL.',
  413: 'The requested resource does not allow request data with this method, or the amount of data exceeds the limit.',
  414: "The requested URL's length exceeds the capacity limit for this server.",
  500: 'The server encountered an internal error or misconfiguration and was unable to complete your request.',
  502: 'The proxy server received an invalid response from an upstream server.',
  504: 'The gateway did not receive a timely response from the upstream server or application.',
};

/** Statuses after which nginx closes the connection (ngx_http_special_response_handler). */
const CLOSES = new Set([400, 413, 414, 500]);

export interface ErrorPageOptions {
  /** nginx's "Request Header Or Cookie Too Large": a 400 with its own title and line. */
  headerTooLarge?: boolean;
  /** Extra headers (e.g. `Allow`). */
  extra?: HeaderList;
  /** HEAD: the same headers, no body. */
  head?: boolean;
  /** Host and port for Apache's `<address>` line. */
  host?: string;
}

/** The reason phrase the server puts in the status line for `status`. */
export function errorReason(server: string, status: number): string {
  const table = isApache(server) ? APACHE_REASON : NGINX_REASON;
  return table[status] ?? 'Error';
}

/** A built-in error page from the web server whose Server header is `server` (e.g. `nginx/1.27.3`). */
export function errorPage(
  server: string,
  status: number,
  opts: ErrorPageOptions = {},
): HttpResponse {
  const reason = errorReason(server, status);
  const apache = isApache(server);
  const html = apache
    ? apachePage(server, status, reason, opts)
    : nginxPage(server, status, reason, opts);
  const body = utf8(html);
  const headers: HeaderList = [
    ['Server', server],
    ['Date', httpDate(SIM_EPOCH_MS)],
    ['Content-Type', apache ? 'text/html; charset=iso-8859-1' : 'text/html'],
    ['Content-Length', String(body.length)],
    ['Connection', CLOSES.has(status) ? 'close' : 'keep-alive'],
    ...(opts.extra ?? []),
  ];
  return { status, reason, headers, body: opts.head ? new Uint8Array(0) : body };
}

function nginxPage(server: string, status: number, reason: string, opts: ErrorPageOptions): string {
  const title = opts.headerTooLarge
    ? `${status} Request Header Or Cookie Too Large`
    : `${status} ${reason}`;
  const line = opts.headerTooLarge ? '<center>Request Header Or Cookie Too Large</center>\r\n' : '';
  return (
    `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${status} ${reason}</h1></center>\r\n` +
    `${line}<hr><center>${server}</center>\r\n</body>\r\n</html>\r\n`
  );
}

function apachePage(
  server: string,
  status: number,
  reason: string,
  opts: ErrorPageOptions,
): string {
  const text = opts.headerTooLarge
    ? `${APACHE_TEXT[400]}<br />\nSize of a request header field exceeds server limit.`
    : (APACHE_TEXT[status] ?? '');
  const address = opts.host ? `\n<address>${server} Server at ${opts.host}</address>` : '';
  return (
    '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n' +
    `<title>${status} ${reason}</title>\n</head><body>\n<h1>${reason}</h1>\n<p>${text}</p>\n<hr>${address}\n</body></html>\n`
  );
}

function isApache(server: string): boolean {
  return server.toLowerCase().startsWith('apache');
}
