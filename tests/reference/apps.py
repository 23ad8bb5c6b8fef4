"""WSGI apps for the reference recordings (tests/reference/record.ts).

`echo` mirrors the simulated echo app (src/sim/apps/echo.ts): every path
answers 200 with the sorted environ as JSON. Values that JSON cannot carry
are described: bytes as their repr (b'...'), objects as "<object>". A path
ending in /boom raises, like the simulated Flask app's /boom.
"""

import json
import os
import sys

HERE = os.environ.get("REFERENCE_DIR", os.path.dirname(os.path.abspath(__file__)))


def _value(v):
    if isinstance(v, (str, bool, int)):
        return v
    if isinstance(v, tuple) and all(isinstance(x, int) for x in v):
        return list(v)
    if isinstance(v, bytes):
        return repr(v)
    return "<object>"


def echo(environ, start_response):
    if environ.get("PATH_INFO", "").endswith("/boom"):
        1 / 0
    data = {k: _value(v) for k, v in sorted(environ.items())}
    body = (json.dumps(data, indent=2) + "\n").encode()
    start_response(
        "200 OK",
        [("Content-Type", "application/json"), ("Content-Length", str(len(body)))],
    )
    return [body]


def _shared():
    from werkzeug.middleware.shared_data import SharedDataMiddleware

    return SharedDataMiddleware(echo, {"/assets": os.path.join(HERE, "assets")})


def _gzip():
    from paste.gzipper import middleware

    return middleware(echo, compress_level=6)


def _dispatch():
    from werkzeug.middleware.dispatcher import DispatcherMiddleware

    return DispatcherMiddleware(echo, {"/flask": echo})


shared = _shared() if os.environ.get("REFERENCE_APP") == "shared" else None
gzipped = _gzip() if os.environ.get("REFERENCE_APP") == "gzip" else None
dispatch = _dispatch() if os.environ.get("REFERENCE_APP") == "dispatch" else None

if __name__ == "__main__":
    # wsgiref: python3 apps.py PORT
    from wsgiref.simple_server import make_server

    make_server("127.0.0.1", int(sys.argv[1]), echo).serve_forever()
