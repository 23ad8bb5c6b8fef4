/**
 * A thread pool in each worker process (gunicorn's gthread worker,
 * simplified), and the two kinds of view the scene calls: CPU-bound ones take
 * turns on the GIL, I/O-bound ones release it while they wait.
 */
import { defineListing, workerPick } from '../listing';

const source = String.raw`
# A worker process with a pool of threads (gunicorn's gthread).
# Threads share code, globals and heap; each has its own stack.
from concurrent.futures import ThreadPoolExecutor

def handle(conn):  # runs in one of the pool's threads
    serve(conn, app)                 # the WSGI part (WSGI scene)  «serve»
    conn.close()                     # the thread is free again  «release»

pool = ThreadPoolExecutor(max_workers=THREADS)
while True:
    conn, addr = sock.accept()                            «accept»
    pool.submit(handle, conn)        # a free thread takes it  «assign»

# Two views. One thread at a time runs Python (the GIL).
@app.route("/cpu")                                        «route:/cpu»
def cpu():                           # CPU-bound: holds the GIL  «view:cpu»
    total = sum(i * i for i in range(N))  # handed over every 5 ms  «work:work.compute»
    return f"{total}\n"

@app.route("/slow")                                       «route:/slow»
def slow():                          # I/O-bound                 «view:slow»
    db.execute("SELECT pg_sleep(0.2)")  # waits, GIL released  «work:work.db_query»
    return "waited\n"
`;

export const code = defineListing({
  lang: 'python',
  title: { en: 'A thread pool in each worker', ko: '워커마다 스레드 풀' },
  source,
  at: workerPick,
});
