/** A prefork master and its sync workers, after gunicorn's arbiter and SyncWorker. */
import { defineListing, workerPick } from '../listing';

const source = String.raw`
# Prefork: gunicorn's arbiter and sync workers, simplified
import os, socket

def worker():  # forked in advance; serves many requests
    for _ in range(MAX_REQUESTS):  # then exit, to be replaced
        conn, addr = sock.accept()  # all workers, one socket  «accept»
        serve(conn, app)  # one request at a time (WSGI scene)  «serve»
        conn.close()                                      «release»
    os._exit(0)                                           «exit»

def spawn():
    pid = os.fork()                                       «fork»
    if pid == 0:
        worker()  # the child never returns from here
    return pid

sock = socket.create_server(("127.0.0.1", 8000), backlog=2048)  «master»
workers = {spawn() for _ in range(WORKERS)}
while True:                          # the master serves no requests
    pid, status = os.wait()  # a worker exited: recycled or crashed  «reap»
    workers.discard(pid)
    workers.add(spawn())             # keep WORKERS of them running
`;

export const code = defineListing({
  lang: 'python',
  title: { en: 'A prefork master and its workers', ko: '프리포크 마스터와 워커' },
  source,
  at: workerPick,
});
