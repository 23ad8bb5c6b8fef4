# An application, and PEP 3333's Latinator middleware around it.
# The server calls `app`, wrapped in `middleware` (outermost first).


def app(environ, start_response):
    name = environ["QUERY_STRING"].removeprefix("name=") or "world"
    body = f"hello {name} from your own python\n".encode("utf-8")
    start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8")])
    return [body]


def piglatin(text):
    def word(w):
        for i, c in enumerate(w):
            if c in "aeiouAEIOU":
                return w[i:] + w[:i] + "ay" if i else w + "way"
        return w

    return "\n".join(" ".join(map(word, line.split(" "))) for line in text.split("\n"))


class LatinIter:
    """Translates each chunk, if the response is plain text."""

    def __init__(self, result, transform_ok):
        self._next = iter(result).__next__
        self._result = result
        self.transform_ok = transform_ok

    def __iter__(self):
        return self

    def __next__(self):
        data = self._next()
        if self.transform_ok:
            return piglatin(data.decode("utf-8")).encode("utf-8")
        return data

    def close(self):
        if hasattr(self._result, "close"):
            self._result.close()


class Latinator:
    """Translates text/plain bodies into Pig Latin."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        transform_ok = []

        def start_latin(status, response_headers, exc_info=None):
            del transform_ok[:]
            for name, value in response_headers:
                if name.lower() == "content-type" and value.startswith("text/plain"):
                    transform_ok.append(True)
                    # The length changes: drop Content-Length.
                    response_headers = [
                        (n, v) for n, v in response_headers if n.lower() != "content-length"
                    ]
                    break
            return start_response(status, response_headers, exc_info)

        result = self.application(environ, start_latin)
        return LatinIter(result, bool(transform_ok))


middleware = [Latinator]
