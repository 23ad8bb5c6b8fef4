import { cpu } from '../wsgi/run';
import type { WsgiApp } from '../wsgi/types';
import { appEvents, respond } from './base';

export const CATALOG_XML = `<?xml version="1.0" encoding="utf-8"?>
<catalog>
  <book id="pep-333"><title>Python Web Server Gateway Interface</title><year>2003</year></book>
  <book id="pep-3333"><title>Python Web Server Gateway Interface v1.0.1</title><year>2010</year></book>
</catalog>
`;

/** An app that answers XML, for the XSLT post-processing demo (PEP 3333's own example). */
export function createXml(): WsgiApp {
  const ev = appEvents('xml');
  return (environ, startResponse) => {
    ev.enter(environ);
    cpu(1, { code: 'work.build_xml' });
    ev.step({ code: 'app.xml_catalog' });
    return respond(startResponse, '200 OK', 'application/xml; charset=utf-8', CATALOG_XML, ev.exit);
  };
}
