/** The fork-per-connection loop (CGI/inetd style; socketserver.ForkingMixIn does the same). */
import { defineListing, workerPick } from '../listing';

const source = String.raw`
# Fork per connection: the CGI model (socketserver.ForkingMixIn)
import os, socket

sock = socket.create_server(("", 443), backlog=511)       «master»
while True:
    conn, addr = sock.accept()       # the parent waits here  «accept»
    pid = os.fork()                  # the child: a copy of it  «fork»
    if pid:                          # in the parent:
        conn.close()  #   drop its copy of the connection
        continue                     #   and accept the next one
    sock.close()  # in the child: this connection only  «assign»
    try:
        serve(conn, app)  # read it, call the app (WSGI scene)  «serve»
    finally:
        conn.close()                                      «release»
        os._exit(0)  # the child exits; the parent reaps it  «exit»
`;

export const code = defineListing({
  lang: 'python',
  title: { en: 'A server that forks per connection', ko: '연결마다 fork하는 서버' },
  source,
  at: workerPick,
});
