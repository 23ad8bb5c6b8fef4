# A tiny router: one function per path, 404 for the rest.


def hello(environ):
    return "200 OK", "hello from /hello\n"


def environ_keys(environ):
    keys = "\n".join(sorted(k for k in environ if k.isupper()))
    return "200 OK", keys + "\n"


ROUTES = {"/": hello, "/hello": hello, "/environ": environ_keys}


def app(environ, start_response):
    view = ROUTES.get(environ["PATH_INFO"])
    if view is None:
        status, text = "404 Not Found", f"no route for {environ['PATH_INFO']}\n"
    else:
        status, text = view(environ)
    body = text.encode("utf-8")
    start_response(status, [
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Length", str(len(body))),
    ])
    return [body]
