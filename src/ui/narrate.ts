/**
 * One or two sentences per trace event, in English and Korean. The switch is
 * exhaustive over the TraceEvent union: adding an event type to the contract
 * fails compilation here until it is narrated.
 */
import type { Snapshot } from '../player/snapshot';
import type { TraceEvent } from '../sim/types';
import type { Lang } from '../store/explainerStore';

type Pair = [en: string, ko: string];

function reqLabel(e: TraceEvent, s: Snapshot): string {
  if (e.rid === null) return '';
  const r = s.requests[e.rid];
  return r ? `${r.method} ${r.path}` : `#${e.rid}`;
}

function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return url;
  }
}

const LAYER: Record<string, Pair> = {
  dispatcher: ['dispatcher', '디스패처'],
  static: ['static-files', '정적 파일'],
  gzip: ['gzip', 'gzip'],
  xslt: ['XSLT', 'XSLT'],
  proxyfix: ['ProxyFix', 'ProxyFix'],
  auth: ['auth', '인증'],
  profiler: ['profiler', '프로파일러'],
  errors: ['error-catching', '오류 처리'],
};

function layer(kind: string, lang: Lang): string {
  const pair = LAYER[kind];
  return pair ? pair[lang === 'ko' ? 1 : 0] : kind;
}

function pair(e: TraceEvent, s: Snapshot): Pair {
  const req = reqLabel(e, s);
  switch (e.type) {
    case 'client.send':
      return [
        `A client sends ${e.method} ${pathOf(e.url)}${e.bodyBytes ? ` with a ${e.bodyBytes}-byte body` : ''}. On the wire it is plain HTTP text.`,
        `클라이언트가 ${e.method} ${pathOf(e.url)} 요청을 보냅니다${e.bodyBytes ? ` (본문 ${e.bodyBytes}바이트)` : ''}. 회선 위에서는 그냥 HTTP 텍스트입니다.`,
      ];
    case 'client.receive':
      return [
        `The client receives ${e.status} ${e.reason} and ${e.bodyBytes} bytes of body. The request is over.`,
        `클라이언트가 ${e.status} ${e.reason} 응답과 본문 ${e.bodyBytes}바이트를 받습니다. 요청이 끝났습니다.`,
      ];
    case 'client.error':
      return [
        `The client gets no HTTP response: ${e.message}. fetch() rejects.`,
        `클라이언트는 HTTP 응답을 받지 못합니다: ${e.message}. fetch()가 실패합니다.`,
      ];
    case 'client.gone':
      return [
        `The client disconnects after ${e.afterChunks} chunk(s). The server notices when it next writes.`,
        `클라이언트가 본문 조각 ${e.afterChunks}개를 받고 연결을 끊습니다. 서버는 다음에 쓸 때 알아챕니다.`,
      ];
    case 'http.parse':
      return [
        `The web server reads the request line “${e.requestLine}” and ${e.headerBytes} bytes of headers.${e.note ? ` ${e.note}` : ''}`,
        `웹 서버가 요청 줄 “${e.requestLine}”과 헤더 ${e.headerBytes}바이트를 읽습니다.${e.note ? ` ${e.note}` : ''}`,
      ];
    case 'http.reject':
      return [
        `The web server refuses the request with ${e.status} ${e.reason}: ${e.explanation} No Python runs.`,
        `웹 서버가 ${e.status} ${e.reason}(으)로 요청을 거절합니다: ${e.explanation} 파이썬은 돌지 않습니다.`,
      ];
    case 'web.static':
      return [
        `The web server maps ${e.path} to a file and answers ${e.status} itself (${e.contentType}, ${e.bytes} bytes). No Python runs.`,
        `웹 서버가 ${e.path}를 파일에 대응시켜 직접 ${e.status}로 응답합니다 (${e.contentType}, ${e.bytes}바이트). 파이썬은 돌지 않습니다.`,
      ];
    case 'proxy.forward':
      return [
        `The reverse proxy passes the dynamic request to the WSGI server at ${e.upstream}.`,
        `리버스 프록시가 동적 요청을 ${e.upstream}의 WSGI 서버로 넘깁니다.`,
      ];
    case 'proxy.upstream_error':
      return [
        `The proxy answers ${e.status} itself: ${e.explanation}`,
        `프록시가 직접 ${e.status}로 응답합니다: ${e.explanation}`,
      ];
    case 'proxy.buffer':
      return [
        `The proxy buffers ${e.bytes} bytes of the response, so the worker is free before a slow client has read it all.`,
        `프록시가 응답 ${e.bytes}바이트를 버퍼에 담습니다. 느린 클라이언트가 다 읽기 전에 워커는 풀려납니다.`,
      ];
    case 'listener.enqueue':
      return [
        `The kernel completes the connection and puts it in the listen queue (${e.queue} of ${e.backlog}). It waits for accept().`,
        `커널이 연결을 맺고 대기 큐에 넣습니다 (${e.backlog}개 중 ${e.queue}개). accept()를 기다립니다.`,
      ];
    case 'listener.refuse':
      return [
        `The listen queue is full (${e.queue} of ${e.backlog}): the new connection is refused.`,
        `대기 큐가 가득 찼습니다 (${e.backlog}개 중 ${e.queue}개). 새 연결은 거부됩니다.`,
      ];
    case 'listener.accept':
      return [
        `Process ${e.pid} calls accept() and takes the connection off the queue (${e.queue} left waiting).`,
        `프로세스 ${e.pid}가 accept()로 큐에서 연결을 꺼냅니다 (남은 대기 ${e.queue}개).`,
      ];
    case 'process.spawn':
      return e.parent === null
        ? [
            `Process ${e.pid} starts as the ${e.role}.`,
            `프로세스 ${e.pid}가 ${e.role === 'master' ? '마스터' : e.role === 'worker' ? '워커' : '자식'}로 시작합니다.`,
          ]
        : [
            `Process ${e.parent} forks ${e.pid} (${e.role}). The child shares the parent's memory pages copy-on-write.`,
            `프로세스 ${e.parent}가 ${e.pid}를 fork합니다 (${e.role === 'worker' ? '워커' : '자식'}). 자식은 부모의 메모리 페이지를 copy-on-write로 공유합니다.`,
          ];
    case 'process.exit': {
      const why: Record<typeof e.reason, Pair> = {
        done: ['it has served its request', '요청을 다 처리했습니다'],
        recycled: ['it reached its request limit and is recycled', '요청 한도에 닿아 교체됩니다'],
        crashed: ['it crashed', '비정상 종료했습니다'],
        killed: [
          'it was killed for being silent too long',
          '너무 오래 응답이 없어 강제 종료됩니다',
        ],
      };
      return [
        `Process ${e.pid} exits: ${why[e.reason][0]}.`,
        `프로세스 ${e.pid}가 끝납니다: ${why[e.reason][1]}.`,
      ];
    }
    case 'thread.assign':
      return [
        `Thread ${e.tid} of process ${e.pid} takes ${req || 'the request'}.`,
        `프로세스 ${e.pid}의 쓰레드 ${e.tid}가 ${req || '요청'}을 맡습니다.`,
      ];
    case 'thread.release':
      return [
        `Thread ${e.tid} of process ${e.pid} is free again.`,
        `프로세스 ${e.pid}의 쓰레드 ${e.tid}가 다시 한가해집니다.`,
      ];
    case 'gil.acquire':
      return [
        `Thread ${e.tid} takes the GIL of process ${e.pid}: only it runs Python bytecode in this process now.`,
        `쓰레드 ${e.tid}가 프로세스 ${e.pid}의 GIL을 잡습니다. 이제 이 프로세스에서 파이썬 바이트코드는 이 쓰레드만 실행합니다.`,
      ];
    case 'gil.release':
      return [
        `Thread ${e.tid} releases the GIL; another thread of process ${e.pid} may run.`,
        `쓰레드 ${e.tid}가 GIL을 놓습니다. 프로세스 ${e.pid}의 다른 쓰레드가 돌 수 있습니다.`,
      ];
    case 'work.cpu':
      return [
        `Python code runs on the CPU for ${e.ms} ms: ${e.label}.`,
        `파이썬 코드가 CPU에서 ${e.ms}ms 동안 돕니다: ${e.label}.`,
      ];
    case 'work.io':
      return e.blocking
        ? [
            `A blocking wait of ${e.ms} ms: ${e.label}. The GIL is released, but this thread can do nothing else.`,
            `${e.ms}ms 동안 블로킹 대기: ${e.label}. GIL은 놓지만 이 쓰레드는 다른 일을 못 합니다.`,
          ]
        : [
            `Waiting ${e.ms} ms on I/O: ${e.label}. The GIL is released meanwhile.`,
            `${e.ms}ms 동안 I/O를 기다립니다: ${e.label}. 그동안 GIL은 풀려 있습니다.`,
          ];
    case 'loop.stall':
      return [
        `A blocking call freezes the event loop of process ${e.pid} for ${e.ms} ms: ${e.waiting} other connection(s) wait.`,
        `블로킹 호출이 프로세스 ${e.pid}의 이벤트 루프를 ${e.ms}ms 동안 멈춥니다. 다른 연결 ${e.waiting}개가 기다립니다.`,
      ];
    case 'wsgi.environ':
      return [
        `The WSGI server builds environ, a plain dict with ${Object.keys(e.environ).length} keys: CGI-style variables, HTTP_* headers and wsgi.* keys.`,
        `WSGI 서버가 environ을 만듭니다. 키 ${Object.keys(e.environ).length}개짜리 평범한 dict로, CGI식 변수와 HTTP_* 헤더, wsgi.* 키가 들어 있습니다.`,
      ];
    case 'wsgi.call':
      return [
        `The server calls ${e.app}(environ, start_response): an ordinary Python function call.`,
        `서버가 ${e.app}(environ, start_response)를 호출합니다. 평범한 파이썬 함수 호출입니다.`,
      ];
    case 'wsgi.start_response':
      return e.excInfo
        ? [
            `start_response("${e.status}", …, exc_info) replaces the stored headers after ${e.excInfo}; nothing was sent yet, so that is allowed.`,
            `start_response("${e.status}", …, exc_info)가 ${e.excInfo} 뒤에 저장된 헤더를 바꿉니다. 아직 보낸 것이 없으니 허용됩니다.`,
          ]
        : [
            `start_response("${e.status}", headers) only stores the status and ${e.headers.length} header(s). Nothing is sent yet.`,
            `start_response("${e.status}", headers)는 상태와 헤더 ${e.headers.length}개를 저장만 합니다. 아직 아무것도 보내지 않습니다.`,
          ];
    case 'wsgi.chunk':
      return e.bytes === 0
        ? [
            `The iterable yields an empty chunk: nothing is sent.`,
            `이터러블이 빈 조각을 내놓습니다. 아무것도 보내지 않습니다.`,
          ]
        : [
            `The iterable yields chunk ${e.index + 1} (${e.bytes} bytes); the server sends it right away.`,
            `이터러블이 ${e.index + 1}번째 조각(${e.bytes}바이트)을 내놓고, 서버는 바로 보냅니다.`,
          ];
    case 'wsgi.headers_sent':
      return [
        `At the first non-empty chunk the server sends the status line ${e.status} and ${e.headers.length} header(s), adding its own such as Date.`,
        `비어 있지 않은 첫 조각에서 서버가 상태 줄 ${e.status}와 헤더 ${e.headers.length}개를 보냅니다. Date 같은 자기 헤더도 붙입니다.`,
      ];
    case 'wsgi.write':
      return [
        `The app calls the legacy write() with ${e.bytes} bytes; they go out unbuffered.`,
        `앱이 옛 방식인 write()로 ${e.bytes}바이트를 씁니다. 버퍼 없이 바로 나갑니다.`,
      ];
    case 'wsgi.close': {
      const why: Record<typeof e.reason, Pair> = {
        done: ['after the last chunk', '마지막 조각 다음에'],
        error: ['after an error', '오류가 난 뒤에'],
        client_gone: ['because the client went away', '클라이언트가 떠났기 때문에'],
      };
      return [
        `The server calls the iterable's close() ${why[e.reason][0]}, as PEP 3333 requires.`,
        `서버가 ${why[e.reason][1]} 이터러블의 close()를 부릅니다. PEP 3333이 요구하는 일입니다.`,
      ];
    }
    case 'wsgi.error':
      return e.phase === 'call'
        ? [
            `The app raised before sending anything: ${e.message}. The server can still answer 500.`,
            `앱이 아무것도 보내기 전에 예외를 냈습니다: ${e.message}. 서버는 아직 500으로 응답할 수 있습니다.`,
          ]
        : [
            `An exception while iterating the body: ${e.message}.`,
            `본문을 순회하다 예외가 났습니다: ${e.message}.`,
          ];
    case 'middleware.enter':
      return [
        `The request enters the ${layer(e.layer, 'en')} middleware (layer ${e.index + 1})${e.changes.length ? `, which changes ${e.changes.map((c) => c.key).join(', ')}` : ''}. ${e.note}`.trim(),
        `요청이 ${layer(e.layer, 'ko')} 미들웨어(${e.index + 1}번째 층)에 들어갑니다${e.changes.length ? `. ${e.changes.map((c) => c.key).join(', ')}를 바꿉니다` : ''}. ${e.note}`.trim(),
      ];
    case 'middleware.respond':
      if (e.how === 'pass')
        return [
          `${e.status} passes up through the ${layer(e.layer, 'en')} middleware's start_response, unchanged. ${e.note}`.trim(),
          `${e.status} 상태가 ${layer(e.layer, 'ko')} 미들웨어의 start_response를 그대로 거쳐 위로 올라갑니다. ${e.note}`.trim(),
        ];
      if (e.how === 'rewrite')
        return [
          `The ${layer(e.layer, 'en')} middleware has post-processed the response and calls start_response with ${e.status} and its new headers. ${e.note}`.trim(),
          `${layer(e.layer, 'ko')} 미들웨어가 응답을 후처리한 뒤 새 헤더와 함께 ${e.status}로 start_response를 부릅니다. ${e.note}`.trim(),
        ];
      return [
        `The ${layer(e.layer, 'en')} middleware answers ${e.status} itself, in place of the layers below. ${e.note}`.trim(),
        `${layer(e.layer, 'ko')} 미들웨어가 아래 층 대신 직접 ${e.status}로 응답합니다. ${e.note}`.trim(),
      ];
    case 'middleware.exit':
      return [
        `The response passes back out through the ${layer(e.layer, 'en')} middleware. ${e.note}`.trim(),
        `응답이 ${layer(e.layer, 'ko')} 미들웨어를 거쳐 다시 나갑니다. ${e.note}`.trim(),
      ];
    case 'app.enter':
      return [
        `The ${e.app} app gets the request${e.mount ? ` (mounted at ${e.mount})` : ''}.`,
        `${e.app} 앱이 요청을 받습니다${e.mount ? ` (${e.mount}에 마운트됨)` : ''}.`,
      ];
    case 'app.step':
      return [
        `Inside the ${e.app} app: ${e.what}${e.detail ? ` (${e.detail})` : ''}.`,
        `${e.app} 앱 안에서: ${e.what}${e.detail ? ` (${e.detail})` : ''}.`,
      ];
    case 'app.raise':
      return [`The app raises ${e.exception}.`, `앱이 ${e.exception} 예외를 냅니다.`];
    case 'app.exit':
      return [
        `The ${e.app} app returns its iterable to the layer that called it.`,
        `${e.app} 앱이 자신을 부른 층에 이터러블을 돌려줍니다.`,
      ];
    default:
      return assertNever(e);
  }
}

function assertNever(x: never): never {
  throw new Error(`Unnarrated event: ${JSON.stringify(x)}`);
}

/** The narration for `event` at snapshot `s` (the state after the event). */
export function narrate(event: TraceEvent, s: Snapshot, lang: Lang): string {
  const [en, ko] = pair(event, s);
  return lang === 'ko' ? ko : en;
}
