# A broken middleware: it reads the body below it, but never calls close()
# on the iterable it got. wsgiref.validate notices (leave the switch on).


def app(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return iter([b"the app's body\n"])


class Shouting:
    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        result = self.application(environ, start_response)
        loud = [chunk.upper() for chunk in result]
        # Forgot: if hasattr(result, "close"): result.close()
        return loud


middleware = [Shouting]
