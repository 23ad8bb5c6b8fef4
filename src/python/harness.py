"""The WSGI server side of "Your own Python", run inside CPython (Pyodide).

`load(code, validate)` runs the learner's module; `serve(request_json)` calls
their application once with a real environ and start_response, iterates what
it returns, calls close(), and returns a JSON recording of everything that
happened, in order. The simulated server in the page replays that recording.
"""

import gc
import io
import json
import sys
import traceback
import types
import wsgiref.util
import wsgiref.validate

_state = {"app": None, "names": [], "validate": True}
_unraisable = []
FILENAME = "<your code>"


def _hook(unraisable):
    exc = unraisable.exc_value
    _unraisable.append(exc)


sys.unraisablehook = _hook


def _line_of(exc):
    if isinstance(exc, SyntaxError) and exc.filename == FILENAME:
        return exc.lineno
    line = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename == FILENAME:
            line = frame.lineno
    return line


def _describe(exc):
    return {
        "type": type(exc).__name__,
        "message": str(exc) if not isinstance(exc, SyntaxError) else (exc.msg or ""),
        "line": _line_of(exc),
    }


def _name(obj):
    return getattr(obj, "__name__", None) or type(obj).__name__


def load(code, validate):
    """Run the learner's module. Returns a JSON text: {ok, layers} or {ok: false, error}."""
    _state["app"] = None
    module = types.ModuleType("learner")
    module.__file__ = FILENAME
    try:
        compiled = compile(code, FILENAME, "exec")
    except SyntaxError as exc:
        return json.dumps({"ok": False, "error": dict(_describe(exc), kind="syntax")})
    try:
        exec(compiled, module.__dict__)
    except BaseException as exc:  # SystemExit too: the learner's import must not end the worker
        return json.dumps({"ok": False, "error": dict(_describe(exc), kind="import")})
    app = module.__dict__.get("app")
    middleware = module.__dict__.get("middleware", [])
    if not callable(app):
        return json.dumps(
            {
                "ok": False,
                "error": {
                    "kind": "app",
                    "type": "NameError",
                    "message": "your code must define a callable named 'app'",
                    "line": None,
                },
            }
        )
    if not isinstance(middleware, (list, tuple)) or not all(callable(m) for m in middleware):
        return json.dumps(
            {
                "ok": False,
                "error": {
                    "kind": "app",
                    "type": "TypeError",
                    "message": "'middleware' must be a list of callables, outermost first",
                    "line": None,
                },
            }
        )
    _state["app"] = app
    _state["middleware"] = list(middleware)
    _state["names"] = [_name(m) for m in middleware]
    _state["validate"] = bool(validate)
    return json.dumps({"ok": True, "layers": _state["names"]})


def _text(data):
    """Bytes as a latin-1 string (every byte one code unit), for JSON."""
    if isinstance(data, (bytes, bytearray)):
        return bytes(data).decode("latin-1")
    return None


class _Log:
    def __init__(self):
        self.events = []

    def add(self, **event):
        self.events.append(event)


def _headers(headers):
    try:
        return [[str(k), str(v)] for k, v in headers]
    except Exception:
        return []


class _Shim:
    """Between two layers: records what `who` (a middleware index, or "app") does."""

    def __init__(self, who, inner, log):
        self.who = who
        self.inner = inner
        self.log = log

    def __call__(self, environ, start_response):
        log, who = self.log, self.who
        log.add(t="enter", who=who, environ=_snapshot(environ))

        def traced_start_response(status, headers, exc_info=None):
            log.add(
                t="respond",
                who=who,
                status=str(status),
                headers=_headers(headers),
                exc=None if not exc_info else repr(exc_info[1]),
            )
            return start_response(status, headers, exc_info) if exc_info else start_response(status, headers)

        try:
            result = self.inner(environ, traced_start_response)
        except BaseException as exc:
            log.add(t="raise", who=who, phase="call", **_describe(exc))
            raise
        log.add(t="return", who=who)
        return _TracedIterable(who, result, log)


class _TracedIterable:
    def __init__(self, who, result, log):
        self.who = who
        self.result = result
        self.log = log
        self.chunks = 0
        self.bytes = 0

    def __iter__(self):
        try:
            for chunk in self.result:
                self.chunks += 1
                self.bytes += len(chunk) if isinstance(chunk, (bytes, bytearray)) else 0
                yield chunk
        except BaseException as exc:
            self.log.add(t="raise", who=self.who, phase="iterate", **_describe(exc))
            raise

    def close(self):
        try:
            if hasattr(self.result, "close"):
                self.result.close()
        except BaseException as exc:
            self.log.add(t="raise", who=self.who, phase="close", **_describe(exc))
            raise
        finally:
            self.log.add(t="exit", who=self.who, chunks=self.chunks, bytes=self.bytes)


def _snapshot(environ):
    out = {}
    for key, value in environ.items():
        if isinstance(value, (str, bool, int)):
            out[key] = value
        elif key == "wsgi.version":
            out[key] = list(value)
    return out


def _wsgi_errors():
    return io.StringIO()


def _environ(request):
    environ = dict(request["environ"])
    environ.pop("wsgi.errors", None)
    environ["wsgi.version"] = tuple(environ.get("wsgi.version", (1, 0)))
    environ["wsgi.input"] = io.BytesIO(request["body"].encode("latin-1"))
    environ["wsgi.errors"] = _state["errors"] = _wsgi_errors()
    environ["wsgi.file_wrapper"] = wsgiref.util.FileWrapper
    return environ


def _stack(log):
    validate = _state["validate"]
    wrap = wsgiref.validate.validator if validate else (lambda a: a)
    app = _Shim("app", wrap(_state["app"]), log)
    for index in range(len(_state["middleware"]) - 1, -1, -1):
        layer = _state["middleware"][index](app)
        app = _Shim(index, wrap(layer) if index == 0 else layer, log)
    return app


def serve(request_json):
    """One request through the learner's stack; returns the recording as JSON text."""
    request = json.loads(request_json)
    log = _Log()
    _unraisable.clear()
    environ = _environ(request)
    app = _stack(log)
    headers_set = []

    def start_response(status, headers, exc_info=None):
        log.add(
            t="start_response",
            status=str(status),
            headers=_headers(headers),
            exc=None if not exc_info else repr(exc_info[1]),
        )
        if exc_info and headers_set:
            raise exc_info[1].with_traceback(exc_info[2])
        headers_set.append(status)

        def write(data):
            log.add(t="write", data=_text(data) or "")

        return write

    result = None
    try:
        result = app(environ, start_response)
    except BaseException as exc:
        log.add(t="server_raise", phase="call", **_describe(exc))
        return _finish(log, environ, fatal=exc)
    log.add(t="returned")
    error = None
    try:
        for chunk in result:
            log.add(t="chunk", data=_text(chunk) if _text(chunk) is not None else repr(chunk)[:200])
    except BaseException as exc:
        error = exc
    log.add(t="close")
    try:
        if hasattr(result, "close"):
            result.close()
    except BaseException as exc:
        log.add(t="server_raise", phase="close", **_describe(exc))
    if error is not None:
        log.add(t="server_raise", phase="iterate", **_describe(error))
    result = None
    return _finish(log, environ, fatal=error)


def _finish(log, environ, fatal):
    gc.collect()
    violations = [
        {"type": type(e).__name__, "message": str(e)}
        for e in _unraisable
        if isinstance(e, AssertionError)
    ]
    _unraisable.clear()
    errors = _state["errors"].getvalue()
    out = {
        "events": log.events,
        "violations": violations,
        "errors": errors[-2000:],
        "validate": _state["validate"],
        "layers": _state["names"],
    }
    text = json.dumps(out)
    if isinstance(fatal, (SystemExit, KeyboardInterrupt)):
        # The learner's sys.exit(): the worker restarts, like a server whose process exited.
        out["fatal"] = type(fatal).__name__
        text = json.dumps(out)
    return text
