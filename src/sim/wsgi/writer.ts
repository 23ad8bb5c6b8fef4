/**
 * The server side of one response: what start_response stores, when headers
 * go out, the chunks written, and the HttpResponse finally sent.
 */
import type { HeaderList, HttpResponse } from '../types';
import { concat, preview, utf8 } from '../http/bytes';
import { SIM_EPOCH_MS, httpDate } from '../http/date';
import { hasHeader } from '../http/headers';
import { assertionError, describeError, PyError } from './errors';
import type { AddedHeaders } from './environ';
import { emit } from './run';
import type { StartResponse, WriteFn } from './types';
import { checkChunk, checkHeaders, checkStatus, statusCode } from './validate';

/**
 * How a server writes. `headersOnEmpty`: PEP 3333 says headers wait for the
 * first non-empty chunk, but gunicorn (Response.write → send_headers) and
 * wsgiref send them on the first item even when it is b''. `protocol`: the
 * request's; an HTTP/1.0 client (nginx's proxy) cannot read chunked
 * framing, so a body of unknown length ends when the server closes.
 */
export interface WriterOptions {
  headersOnEmpty: boolean;
  protocol: string;
}

export class ResponseWriter {
  status: string | null = null;
  headers: HeaderList = [];
  sent = false;
  /** Headers as they went on the wire (may include Transfer-Encoding). */
  private wire: HeaderList = [];
  private readonly body: Uint8Array[] = [];
  /** Non-empty chunks sent so far. */
  chunks = 0;
  /** Items taken from the iterable so far, empty ones included. */
  private items = 0;

  constructor(
    private readonly actor: string,
    private readonly method: string,
    private readonly added: AddedHeaders,
    private readonly how: WriterOptions = { headersOnEmpty: false, protocol: 'HTTP/1.1' },
  ) {}

  readonly startResponse: StartResponse = (status, headers, excInfo) => {
    const hasExc = excInfo !== undefined && excInfo !== null;
    emit({
      type: 'wsgi.start_response',
      actor: this.actor,
      status: String(status),
      headers: Array.isArray(headers) ? headers.map(([k, v]) => [String(k), String(v)]) : [],
      excInfo: hasExc ? describeError(excInfo) : null,
    });
    if (hasExc) {
      // PEP 3333: too late to change anything once headers are out: re-raise.
      if (this.sent) throw excInfo;
    } else if (this.status !== null) {
      throw assertionError(
        'Headers already set! (start_response called a second time without exc_info)',
      );
    }
    checkStatus(status);
    checkHeaders(status, headers);
    this.status = status;
    this.headers = headers.map(([k, v]) => [k, v]);
    return this.write;
  };

  /** The legacy write() callable: sends headers first, then the data, unbuffered. */
  readonly write: WriteFn = (data) => {
    if (this.status === null) throw assertionError('write() before start_response()');
    checkChunk(data);
    if (!this.sent) this.sendHeaders();
    emit({ type: 'wsgi.write', actor: this.actor, bytes: data.length, preview: preview(data) });
    this.body.push(data);
  };

  /**
   * One item from the app's iterable; `index` is its position in the iterable.
   * An empty chunk (b'') is recorded with 0 bytes and sends no data; under
   * the PEP's rule not even the headers (they wait for the first non-empty
   * chunk), under gunicorn's and wsgiref's the headers go out with it.
   */
  chunk(data: unknown): void {
    checkChunk(data);
    const index = this.items++;
    if (data.length === 0) {
      if (this.how.headersOnEmpty && !this.sent && this.status !== null) this.sendHeaders();
      emit({ type: 'wsgi.chunk', actor: this.actor, index, bytes: 0, preview: '' });
      return;
    }
    if (this.status === null)
      throw assertionError(
        'write() before start_response(): the iterable yielded before start_response was called',
      );
    if (!this.sent) this.sendHeaders();
    emit({
      type: 'wsgi.chunk',
      actor: this.actor,
      index,
      bytes: data.length,
      preview: preview(data),
    });
    this.body.push(data);
    this.chunks++;
  }

  bodyless(): boolean {
    const code = this.status ? statusCode(this.status) : 0;
    return this.method === 'HEAD' || code === 204 || code === 304 || code < 200;
  }

  /** `addOwn`: false for a page the server writes raw, without its Date and Server (gunicorn's errors). */
  sendHeaders(addOwn = true): void {
    if (this.status === null)
      throw assertionError('The application returned without calling start_response()');
    const out: HeaderList = [...this.headers];
    if (addOwn && this.added.date && !hasHeader(out, 'Date'))
      out.push(['Date', httpDate(SIM_EPOCH_MS)]);
    if (addOwn && this.added.server !== null && !hasHeader(out, 'Server'))
      out.push(['Server', this.added.server]);
    this.headers = out;
    // No length known: the server (only the server) frames the body with chunked
    // encoding, which needs an HTTP/1.1 request; for HTTP/1.0 it closes the connection instead.
    const framing: HeaderList =
      this.how.protocol === 'HTTP/1.0'
        ? [['Connection', 'close']]
        : [['Transfer-Encoding', 'chunked']];
    this.wire =
      !hasHeader(out, 'Content-Length') && !this.bodyless() && !hasHeader(out, 'Connection')
        ? [...out, ...framing]
        : out;
    this.sent = true;
    emit({ type: 'wsgi.headers_sent', actor: this.actor, status: this.status, headers: this.wire });
  }

  /**
   * Replace everything with a server-made 500 (only possible before headers
   * are sent). Like wsgiref's `handle_error` → `error_output`, the server
   * calls its own start_response with `exc_info`, which is what allows a
   * second call after the app already stored a status.
   */
  internalError(
    page: { contentType: string; body: string; close: boolean; addOwn: boolean },
    excInfo: unknown,
  ): void {
    const text = utf8(page.body);
    const exc =
      excInfo === undefined || excInfo === null
        ? new PyError('Exception', String(excInfo))
        : excInfo;
    this.startResponse(
      '500 Internal Server Error',
      [
        ['Content-Type', page.contentType],
        ['Content-Length', String(text.length)],
      ],
      exc,
    );
    // Connection is hop-by-hop: the server may send it, an app's start_response may not.
    if (page.close) this.headers.unshift(['Connection', 'close']);
    this.body.length = 0;
    this.sendHeaders(page.addOwn);
    this.body.push(text);
  }

  response(): HttpResponse {
    const status = this.status ?? '500 Internal Server Error';
    return {
      status: statusCode(status),
      reason: status.slice(4),
      headers: this.headers,
      body: this.bodyless() ? new Uint8Array(0) : concat(this.body),
    };
  }
}
