/**
 * One worker, one thread, one loop: a selector loop like the one gevent's
 * hub runs (on libev/libuv), with a task per connection. A task runs until
 * it waits on a socket; a call the loop can't see stops every connection.
 */
import type { TraceEvent } from '../../sim/types';
import {
  defineListing,
  flaskPick,
  runsPython,
  workerPick,
  type Around,
  type Pick,
} from '../listing';

const source = String.raw`
# One thread, one loop (what gevent's hub does, simplified)
import selectors
sel = selectors.DefaultSelector()
sel.register(sock, selectors.EVENT_READ)

while True:
    ready = sel.select()  # sleep until some socket is ready
    for key, events in ready:
        if key.fileobj is sock:      # a new connection
            conn, addr = sock.accept()                    «accept»
            spawn(serve, conn, app)  # a task per connection  «assign»
        else:
            key.data.switch()        # resume the task that waited  «resume»
    # a task runs until it waits on a socket; then the loop goes on

@app.route("/slow")                                       «route:/slow»
def slow():                                               «view:slow»
    db.execute("SELECT pg_sleep(0.2)")  # the loop runs others  «work:work.db_query»
    return "waited\n"

@app.route("/block")                                      «route:/block»
def block():                                              «view:block»
    time.sleep(0.2)  # not patched: the whole loop stops  «work:work.sleep»
    return "blocked\n"
`;

/** A task's code runs when the loop starts it (spawn) or resumes it after an I/O wait. */
function at(e: TraceEvent, around: Around): Pick {
  if (!runsPython(e)) return workerPick(e);
  const waited = around.seen((o) => o.type === 'work.io' && !o.blocking);
  return flaskPick(e, waited ? 'resume' : 'assign');
}

export const code = defineListing({
  lang: 'python',
  title: { en: 'The event loop', ko: '이벤트 루프' },
  source,
  at,
});
