/**
 * What the app is doing at an `app.step`, as the line of framework code it
 * stands for (the same in both languages): the app box shows it, so each
 * step inside the app (push the context, match the URL, run the view,
 * render, tear down) is visible in the figure, not only in the caption.
 */
import type { AppNote } from '../../sim/notes';

const args = (params: Record<string, string>) =>
  Object.entries(params)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(', ');

export function appDoing(note: AppNote): string {
  switch (note.code) {
    case 'app.template':
      return `${note.call}("${note.template}")`;
    case 'app.django_request':
      return `WSGIRequest(environ)  # ${note.method} ${note.path}`;
    case 'app.signal':
      return `${note.signal}.send()`;
    case 'app.django_middleware':
      return `${note.name}.${note.phase === 'request' ? '__call__' : 'process_response'}()`;
    case 'app.resolve':
      return `resolve("${note.path}") → ${note.route}`;
    case 'app.append_slash':
      return `APPEND_SLASH → "${note.path}/"`;
    case 'app.no_pattern':
      return `resolve("${note.path}") → Resolver404`;
    case 'app.environ_json':
      return `json.dumps(environ)  # ${note.keys}`;
    case 'app.files_index':
      return 'os.listdir(root)';
    case 'app.files_missing':
      return `open("${note.path}") → 404`;
    case 'app.xml_catalog':
      return 'catalog.xml';
    case 'app.form':
      return `request.form  # ${note.fields} + ${note.files}`;
    case 'app.context_pushed':
      return 'ctx.push()';
    case 'app.no_rule':
      return `url_map.match("${note.path}") → NotFound`;
    case 'app.wrong_method':
      return `url_map.match("${note.path}") → MethodNotAllowed`;
    case 'app.options':
      return `OPTIONS ${note.rule}`;
    case 'app.route':
      return `url_map.match() → ${note.endpoint}`;
    case 'app.view':
      return `${note.endpoint}(${args(note.params)})`;
    case 'app.propagate':
      return 'raise  # PROPAGATE_EXCEPTIONS';
    case 'app.teardown':
      return 'ctx.pop()';
    case 'python.start_response':
      return `start_response("${note.status}", headers)`;
    case 'python.not_loaded':
      return '503  # Run';
    case 'python.time_limit':
      return `while True: ...  # ${note.ms} ms`;
    case 'python.crashed':
      return note.exception;
    case 'python.validate':
      return `validator(app)  # AssertionError`;
  }
}
