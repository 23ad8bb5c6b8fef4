# A streaming app: a generator yields the body piece by piece.
# No Content-Length: the server cannot know the size in advance.


def app(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8")])
    return countdown(3)


def countdown(n):
    yield b""  # nothing yet: the headers may still wait
    try:
        for i in range(n, 0, -1):
            yield f"{i}...\n".encode()
        yield b"liftoff\n"
    finally:
        # Runs when the server calls close(), even if it stopped early.
        print("countdown closed")
