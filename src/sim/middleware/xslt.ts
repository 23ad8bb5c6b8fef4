import type { HeaderList, MiddlewareSpec } from '../types';
import { concat, fromUtf8, utf8 } from '../http/bytes';
import { getHeader, setHeader, withoutHeader } from '../http/headers';
import { closing } from '../wsgi/iterable';
import { cpu } from '../wsgi/run';
import type { StartResponse, WsgiApp, WsgiIterable } from '../wsgi/types';
import { callBelow, enter, exitEvent, respondEvent, type Layer } from './layer';
import { xmlToHtml } from './xmlToHtml';

type Spec = Extract<MiddlewareSpec, { kind: 'xslt' }>;

const XML = /^(application|text)\/xml\b/i;

/**
 * PEP 3333's post-processing example: an XSL transform turns the app's
 * application/xml into text/html. Like the PEP's Latinator it decides in its
 * start_response: an XML response is collected (a stylesheet needs the whole
 * document), transformed, and sent up without Content-Length (its length
 * changed); any other response passes up chunk by chunk, never blocked
 * waiting for more data.
 */
export function xslt(_spec: Spec, inner: WsgiApp, layer: Layer): WsgiApp {
  return (environ, startResponse) => {
    enter(layer, environ, { code: 'xslt.down' });
    let stored: { status: string; headers: HeaderList; excInfo: unknown } | null = null;
    const collected: Uint8Array[] = [];
    const decide: StartResponse = (status, headers, excInfo) => {
      const type = getHeader(headers, 'Content-Type') ?? '';
      if (XML.test(type)) {
        stored = { status, headers: headers.map(([k, v]) => [k, v]), excInfo };
        return (data) => void collected.push(data);
      }
      stored = null;
      respondEvent(layer, status, { code: 'xslt.not_xml', type }, 'pass');
      return startResponse(status, headers, excInfo);
    };
    const below = callBelow(layer, () => inner(environ, decide));
    function* body(): Generator<Uint8Array> {
      for (const chunk of { [Symbol.iterator]: () => below[Symbol.iterator]() }) {
        if (stored === null) yield chunk;
        else {
          // PEP 3333: yield something for every value from below, b'' while collecting.
          collected.push(chunk);
          yield new Uint8Array(0);
        }
      }
      const xml = stored as { status: string; headers: HeaderList; excInfo: unknown } | null;
      if (xml === null) return;
      cpu(1.5, { code: 'work.xslt' });
      const source = concat(collected);
      const html = utf8(xmlToHtml(fromUtf8(source)));
      const headers = setHeader(
        withoutHeader(xml.headers, 'Content-Length'),
        'Content-Type',
        'text/html; charset=utf-8',
      );
      respondEvent(
        layer,
        xml.status,
        { code: 'xslt.done', from: source.length, to: html.length },
        'rewrite',
      );
      startResponse(xml.status, headers, xml.excInfo ?? undefined);
      yield html;
    }
    const wrapped: WsgiIterable = {
      [Symbol.iterator]: () => body(),
      close: () => below.close?.(),
    };
    return closing(wrapped, () => exitEvent(layer, { code: 'close.passed' }));
  };
}
