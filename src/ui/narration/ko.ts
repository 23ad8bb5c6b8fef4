/**
 * Korean narration: one sentence builder per event type (notes in
 * koNotes.ts). Particles after generated words come from `withJosa`; after
 * a path or an English name the sentence is built so the particle follows a
 * Korean noun ("GET /slow 요청을").
 */
import { term } from '../../i18n/glossary';
import { ordinal, withJosa } from '../../i18n/particle';
import { koNotes } from './koNotes';
import { isHttps, ms, pathOf, proxyWhy, requestOf, wordNote, type Language } from './types';

const note = (n: Parameters<typeof wordNote>[1]) => wordNote(koNotes, n);
const THREAD = term('thread', 'ko');
const QUEUE = term('listenQueue', 'ko');
const CHUNK = term('chunk', 'ko');
const LAYER = term('layer', 'ko');
const BACKLOG = term('backlog', 'ko');
const ROLE = { master: '마스터', worker: '워커', child: '자식' } as const;
const NO_PYTHON = '파이썬 코드는 실행되지 않습니다.';

const layers: Language['layers'] = {
  dispatcher: '디스패처',
  static: '정적 파일',
  gzip: 'gzip',
  xslt: 'XSLT',
  proxyfix: 'ProxyFix',
  auth: '인증',
  profiler: '프로파일러',
  errors: '오류 처리',
  python: '파이썬',
};

export const ko: Language = {
  layers,
  notes: koNotes,
  events: {
    'client.send': (e) =>
      `클라이언트가 ${e.method} ${pathOf(e.url)} 요청을 보냅니다${e.bodyBytes ? ` (본문 ${e.bodyBytes}바이트)` : ''}. ` +
      (isHttps(e.url)
        ? '네트워크에서는 TLS로 감싼 HTTP 메시지가 오갑니다.'
        : '네트워크에서는 HTTP 메시지가 평문 그대로 오갑니다.'),
    'client.receive': (e, s) => {
      const why = proxyWhy(e, s);
      return `클라이언트가 ${e.status} ${e.reason} 응답과 본문 ${e.bodyBytes}바이트를 받습니다. ${why ? `${note(why)} ` : ''}요청이 끝났습니다.`;
    },
    'client.error': (e) =>
      `클라이언트는 HTTP 응답을 받지 못합니다. ${note(e.note)} fetch()는 실패합니다.`,
    'client.gone': (e) =>
      `클라이언트가 ${CHUNK} ${e.afterChunks}개를 받고 연결을 끊습니다. 서버는 다음에 쓸 때 알아챕니다.`,
    'http.parse': (e) =>
      `웹 서버가 요청 줄과 헤더 ${e.headerBytes}바이트를 읽습니다: “${e.requestLine}”.` +
      (e.note ? ` ${note(e.note)}` : ''),
    'http.reject': (e) =>
      e.actor.startsWith('proc:')
        ? `WSGI 서버가 ${e.status} ${e.reason} 응답으로 요청을 거부합니다. ${note(e.note)}`
        : `웹 서버가 ${e.status} ${e.reason} 응답으로 요청을 거부합니다. ${note(e.note)} ${NO_PYTHON}`,
    'web.static': (e) =>
      e.status === 404
        ? `문서 루트에 ${e.path} 파일이 없어 웹 서버가 직접 404 응답을 보냅니다. ${NO_PYTHON}`
        : e.status === 405
          ? `정적 파일 ${e.path}에는 GET과 HEAD만 쓸 수 있어 웹 서버가 직접 405 응답을 보냅니다. ${NO_PYTHON}`
          : `웹 서버가 ${e.path}에 해당하는 파일을 찾아 직접 ${withJosa(e.status, '으로/로')} 응답합니다 (${e.contentType}, ${e.bytes}바이트). ${NO_PYTHON}`,
    'proxy.forward': (e) => `리버스 프록시가 동적 요청을 ${e.upstream}의 WSGI 서버로 넘깁니다.`,
    'proxy.upstream_error': (e) => `프록시가 직접 ${e.status} 응답을 보냅니다. ${note(e.note)}`,
    'proxy.buffer': (e) =>
      e.body === 'response'
        ? `프록시가 응답 ${e.bytes}바이트를 버퍼에 모두 받아 둡니다. 느린 클라이언트가 다 읽기 전에 워커는 풀려납니다.`
        : `프록시가 느린 클라이언트의 요청 본문 ${e.bytes}바이트를 끝까지 받은 뒤에야 요청을 넘깁니다.`,
    'listener.enqueue': (e) =>
      `${e.attempt ? `${e.attempt}번째 SYN 패킷에서 자리가 났습니다. ` : ''}커널이 연결을 맺고 ${QUEUE}에 넣습니다 (대기 ${e.queue}개, ${BACKLOG} ${e.backlog}). accept()를 기다립니다.`,
    'listener.drop': (e) =>
      `${withJosa(QUEUE, '이/가')} 가득 찼습니다 (대기 ${e.queue}개, ${BACKLOG} ${e.backlog}). 커널은 ${e.attempt > 1 ? `${e.attempt}번째 ` : ''}SYN 패킷을 아무 응답 없이 버립니다. 연결이 거부되는 것은 아닙니다. ${
        e.retryInMs === null
          ? '연결하는 쪽은 다시 보내기 전에 포기합니다.'
          : `연결하는 쪽 커널이 ${e.retryInMs / 1000}초 뒤에 SYN 패킷을 다시 보냅니다.`
      }`,
    'worker.queue': (e) =>
      `프로세스 ${e.pid}의 스레드 ${e.threads}개가 모두 바쁘지만, 이 워커는 연결을 일단 accept합니다. gthread 워커는 연결을 자기 안의 큐에 넣어 두고(대기 ${e.waiting}개) 스레드가 빌 때까지 기다리게 합니다. 그래서 이 연결은 ${QUEUE}에서 기다리지 않습니다.`,
    'listener.accept': (e) =>
      `프로세스 ${withJosa(e.pid, '이/가')} accept()로 큐에서 연결을 꺼냅니다 (남은 대기 ${e.queue}개).`,
    'process.spawn': (e) =>
      e.parent === null
        ? `프로세스 ${withJosa(e.pid, '이/가')} ${withJosa(ROLE[e.role], '으로/로')} 시작합니다.`
        : `프로세스 ${withJosa(e.parent, '이/가')} ${withJosa(e.pid, '을/를')} fork합니다 (${ROLE[e.role]}). 자식은 부모의 메모리 페이지를 copy-on-write로 공유합니다.`,
    'process.exit': (e) =>
      `프로세스 ${withJosa(e.pid, '이/가')} 끝납니다: ${
        {
          done: '요청을 다 처리했습니다',
          recycled: '요청 한도에 닿아 교체됩니다',
          crashed: '비정상 종료했습니다',
          killed: '너무 오래 응답이 없어 강제 종료됩니다',
        }[e.reason]
      }.`,
    'thread.assign': (e, s) => {
      const req = requestOf(e, s);
      return `프로세스 ${e.pid}의 ${THREAD} ${withJosa(e.tid, '이/가')} ${req ? `${req} 요청을` : '요청을'} 맡습니다.`;
    },
    'thread.release': (e) =>
      `프로세스 ${e.pid}의 ${THREAD} ${withJosa(e.tid, '이/가')} 다시 비었습니다.`,
    'gil.acquire': (e) =>
      `${THREAD} ${withJosa(e.tid, '이/가')} 프로세스 ${e.pid}의 GIL을 잡습니다. 이제 이 프로세스에서 파이썬 바이트코드는 이 ${THREAD}만 실행합니다.`,
    'gil.release': (e) =>
      `${THREAD} ${withJosa(e.tid, '이/가')} GIL을 놓습니다. 프로세스 ${e.pid}의 다른 ${withJosa(THREAD, '이/가')} 실행될 수 있습니다.`,
    'work.cpu': (e) => `파이썬 코드가 ${ms(e.ms)} ms 동안 실행됩니다: ${note(e.work)}.`,
    'work.io': (e) =>
      e.blocking
        ? `${ms(e.ms)} ms 동안 블로킹 대기합니다: ${note(e.work)}. GIL은 놓지만 이 ${withJosa(THREAD, '은/는')} 다른 일을 못 합니다.`
        : `${ms(e.ms)} ms 동안 I/O를 기다립니다: ${note(e.work)}. 그동안 GIL은 풀려 있습니다.`,
    'loop.stall': (e) =>
      `블로킹 호출이 프로세스 ${e.pid}의 이벤트 루프를 ${ms(e.ms)} ms 동안 멈춥니다. 다른 연결 ${e.waiting}개가 기다립니다.`,
    'wsgi.environ': (e) =>
      `WSGI 서버가 environ을 만듭니다. 키 ${Object.keys(e.environ).length}개짜리 평범한 dict로, CGI식 변수와 HTTP_* 헤더, wsgi.* 키가 들어 있습니다.`,
    'wsgi.call': (e) =>
      `서버가 ${e.app}(environ, start_response)를 호출합니다. 평범한 파이썬 함수 호출입니다.`,
    'wsgi.start_response': (e) =>
      e.excInfo
        ? `start_response("${e.status}", …, exc_info)가 ${e.excInfo} 뒤에 저장된 헤더를 바꿉니다. 아직 보낸 것이 없으니 허용됩니다.`
        : `start_response("${e.status}", headers)는 상태와 헤더 ${e.headers.length}개를 저장만 합니다. 아직 아무것도 보내지 않습니다.`,
    'wsgi.chunk': (e) =>
      e.bytes === 0
        ? `이터러블이 빈 ${withJosa(CHUNK, '을/를')} 내놓습니다. 아무것도 보내지 않습니다.`
        : `이터러블이 ${ordinal(e.index + 1)} ${CHUNK}(${e.bytes}바이트)를 내놓고, 서버는 바로 보냅니다.`,
    'wsgi.headers_sent': (e) =>
      `서버가 상태 줄 ${e.status}, 헤더 ${e.headers.length}개를 보냅니다. Date 같은 자체 헤더도 붙입니다. 이제 상태는 바꿀 수 없습니다.`,
    'wsgi.write': (e) =>
      `앱이 옛 방식인 write()로 ${e.bytes}바이트를 씁니다. 버퍼 없이 바로 나갑니다.`,
    'wsgi.close': (e) =>
      `서버가 ${
        {
          done: `마지막 ${CHUNK} 다음에`,
          error: '오류가 난 뒤에',
          client_gone: '클라이언트가 떠났으므로',
        }[e.reason]
      } 이터러블의 close()를 호출합니다. PEP 3333이 요구하는 일입니다.`,
    'wsgi.error': (e) => note(e.note),
    'middleware.enter': (e) =>
      `요청이 ${layers[e.layer]} 미들웨어(${ordinal(e.index + 1)} ${LAYER})에 들어갑니다. ` +
      (e.changes.length
        ? `이 ${withJosa(LAYER, '이/가')} ${e.changes.map((c) => c.key).join(', ')} 값을 바꿉니다. `
        : '') +
      note(e.note),
    'middleware.respond': (e) =>
      (e.how === 'pass'
        ? `${e.status} 상태가 ${layers[e.layer]} 미들웨어의 start_response를 거쳐 위로 올라갑니다.`
        : e.how === 'rewrite'
          ? `${layers[e.layer]} 미들웨어가 버퍼에 모은 응답을 살펴본 뒤 start_response를 호출합니다 (${e.status}).`
          : `${layers[e.layer]} 미들웨어가 아래 ${LAYER} 대신 직접 ${e.status} 응답을 보냅니다.`) +
      (note(e.note) ? ` ${note(e.note)}` : ''),
    'middleware.exit': (e) =>
      e.note.code === 'propagates'
        ? `${e.note.exception} 예외가 ${layers[e.layer]} 미들웨어를 지나 위로 전파됩니다. 이 ${withJosa(LAYER, '을/를')} 지나는 응답은 없습니다.`
        : `응답이 ${layers[e.layer]} 미들웨어를 거쳐 다시 나갑니다. ${note(e.note)}`,
    'app.enter': (e) =>
      `${e.app} 앱이 요청을 받습니다${e.mount ? ` (마운트 위치 ${e.mount})` : ''}.`,
    'app.step': (e) => `${e.app} 앱 안에서: ${note(e.note)}`,
    'app.raise': (e) => `앱이 ${e.exception} 예외를 냅니다.`,
    'app.exit': (e) => `${e.app} 앱이 자신을 호출한 쪽에 이터러블을 돌려줍니다.`,
  },
};
