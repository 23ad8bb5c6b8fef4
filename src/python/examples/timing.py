# A timing middleware: adds X-Elapsed to every response.
import time


def app(environ, start_response):
    total = sum(i * i for i in range(200_000))
    body = f"sum of squares: {total}\n".encode()
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [body]


class Timing:
    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        started = time.perf_counter()
        captured = []
        result = self.application(environ, lambda s, h, e=None: captured.append((s, h, e)))
        body = b"".join(result)
        if hasattr(result, "close"):
            result.close()
        status, headers, exc_info = captured[0]
        elapsed = f"{(time.perf_counter() - started) * 1000:.1f} ms"
        start_response(status, headers + [("X-Elapsed", elapsed)], exc_info)
        return [body]


middleware = [Timing]
