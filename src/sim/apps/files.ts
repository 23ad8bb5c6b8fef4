import { str } from '../wsgi/environ';
import { cpu } from '../wsgi/run';
import type { WsgiApp } from '../wsgi/types';
import { appEvents, HTML, respond, TEXT } from './base';

const PAGE = `<!doctype html>
<html><head><title>Files demo</title><link rel="stylesheet" href="/static/app.css"></head>
<body><h1>Files demo</h1>
<p><img src="/static/logo.svg" alt=""> The page comes from the app; the stylesheet, logo and script from the static-files layer.</p>
<script src="/static/app.js"></script>
</body></html>
`;

/** A tiny app whose page links files that the static-files middleware serves. */
export function createFiles(): WsgiApp {
  const ev = appEvents('files');
  return (environ, startResponse) => {
    ev.enter(environ);
    const path = str(environ, 'PATH_INFO') || '/';
    cpu(1, { code: 'work.render_page' });
    if (path === '/') {
      ev.step({ code: 'app.files_index' });
      return respond(startResponse, '200 OK', HTML, PAGE, ev.exit);
    }
    ev.step({ code: 'app.files_missing', path });
    return respond(
      startResponse,
      '404 Not Found',
      TEXT,
      `404 Not Found\n\nThe files app has no page at ${path}.\n`,
      ev.exit,
    );
  };
}
