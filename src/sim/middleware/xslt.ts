import type { MiddlewareSpec, RespondNote } from '../types';
import { fromUtf8, utf8 } from '../http/bytes';
import { getHeader, setHeader, withoutHeader } from '../http/headers';
import { closing } from '../wsgi/iterable';
import { cpu } from '../wsgi/run';
import type { WsgiApp } from '../wsgi/types';
import { runBuffered } from './buffering';
import { enter, exitEvent, respondEvent, type Layer } from './layer';
import { xmlToHtml } from './xmlToHtml';

type Spec = Extract<MiddlewareSpec, { kind: 'xslt' }>;

/**
 * PEP 3333's post-processing example: an XSL transform turns the app's
 * application/xml into text/html. The body changes length, so
 * Content-Length is dropped (the server then frames the body itself).
 */
export function xslt(_spec: Spec, inner: WsgiApp, layer: Layer): WsgiApp {
  return (environ, startResponse) => {
    enter(layer, environ, { code: 'xslt.down' });
    const res = runBuffered(layer, inner, environ);
    const type = getHeader(res.headers, 'Content-Type') ?? '';
    let { headers, body } = res;
    let note: RespondNote = { code: 'xslt.not_xml', type };
    if (/^(application|text)\/xml\b/i.test(type)) {
      cpu(1.5, { code: 'work.xslt' });
      body = utf8(xmlToHtml(fromUtf8(res.body)));
      headers = setHeader(
        withoutHeader(headers, 'Content-Length'),
        'Content-Type',
        'text/html; charset=utf-8',
      );
      note = { code: 'xslt.done', from: res.body.length, to: body.length };
    }
    respondEvent(layer, res.status, note, 'rewrite');
    startResponse(res.status, headers, res.excInfo ?? undefined);
    return closing([body], () => exitEvent(layer, { code: 'close.buffered' }));
  };
}
