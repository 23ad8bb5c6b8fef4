/**
 * The Python end of the whole path: a gunicorn sync worker's loop and the
 * Flask-like views the scene calls. nginx's part (the static file, the
 * proxying) is the reverse-proxy scene's configuration; no line runs here then.
 */
import { defineListing, workerPick } from '../listing';

const source = String.raw`
# nginx answers /index.html itself and passes the rest to gunicorn.
# Each gunicorn worker:
while True:
    conn, addr = sock.accept()                            «accept»
    serve(conn, app)                 # the WSGI part (WSGI scene)  «serve»
    conn.close()                                          «release»

@app.route("/environ")                                    «route:/environ»
def show_environ():                                       «view:environ»
    return jsonify(printable(request.environ))            «work:work.serialise_environ»

@app.route("/slow")                                       «route:/slow»
def slow():                                               «view:slow»
    db.execute("SELECT pg_sleep(0.2)")  # waits on I/O     «work:work.db_query»
    return "waited\n"

@app.route("/boom")                                       «route:/boom»
def boom():                                               «view:boom»
    return str(1 / 0)   # raises: the server answers 500  «work:work.divide»
`;

export const code = defineListing({
  lang: 'python',
  title: { en: 'The Python end of the path', ko: '경로의 파이썬 쪽 끝' },
  source,
  at: workerPick,
});
