/**
 * Korean for every note code. Work notes are noun phrases (the event
 * sentence wraps them); every other note is a whole sentence. A path, a
 * header or a Python name is followed by a Korean noun (경로, 헤더, 함수)
 * before any particle.
 */
import { term } from '../../i18n/glossary';
import { ordinal, withJosa } from '../../i18n/particle';
import type { NoteSentences } from './types';

const LAYER = term('layer', 'ko');
const QUEUE = term('listenQueue', 'ko');
const CHUNK = term('chunk', 'ko');
const params = (p: Record<string, string>) =>
  Object.entries(p)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(', ');
const fate = (pid: number, f: 'crashed' | 'killed') =>
  `워커 ${withJosa(pid, '이/가')} ${f === 'crashed' ? '비정상 종료했습니다' : '강제 종료되었습니다'}.`;

export const koNotes: NoteSentences = {
  // 웹 서버가 거부한 이유 (http.reject)
  'reject.method': (n) =>
    `잘못된 메서드입니다: “${n.method}”. 메서드는 GET이나 POST처럼 대문자 토큰이어야 합니다.`,
  'reject.url': (n) => `서버가 해석할 수 있는 절대 URL이 아닙니다: “${n.url}”.`,
  'reject.scheme': (n) =>
    `HTTP가 아닌 스킴입니다: “${n.scheme}”. 웹 서버는 http와 https만 다룹니다.`,
  'reject.host': (n) => `올바른 호스트 이름이 아닙니다: “${n.host}”.`,
  'reject.uri_too_long': (n) =>
    `요청 줄이 CRLF까지 ${n.bytes}바이트입니다. 요청 줄은 ${n.max}바이트 버퍼 하나에 들어가야 합니다 (nginx: large_client_header_buffers).`,
  'reject.header_name': (n) => `헤더 이름에 쓸 수 없는 문자가 들어 있습니다: “${n.name}”.`,
  'reject.header_value': (n) =>
    `헤더 “${n.name}”의 값에 CR, LF 같은 제어 문자가 들어 있습니다. 헤더를 몰래 끼워 넣는 데 쓰일 수 있는 값입니다.`,
  'reject.header_buffers': (n) =>
    `요청 줄과 헤더가 ${n.max}바이트 버퍼 ${n.buffers}개에 다 들어가지 않습니다 (nginx: large_client_header_buffers). nginx는 RFC 6585의 431 대신 400 응답과 “Request Header Or Cookie Too Large” 페이지를 보냅니다.`,
  'reject.header_line': (n) =>
    `헤더 한 줄이 ${n.bytes}바이트입니다. 헤더 줄은 각각 ${n.max}바이트 버퍼 하나에 들어가야 합니다 (nginx: large_client_header_buffers). nginx는 RFC 6585의 431 대신 400 응답과 “Request Header Or Cookie Too Large” 페이지를 보냅니다.`,
  'reject.gunicorn_line': (n) =>
    `gunicorn은 요청 줄을 ${n.max}바이트까지만 읽는데(limit_request_line), 이 요청 줄은 ${n.bytes}바이트입니다. gunicorn이 직접 400으로 응답하고 앱은 호출되지 않습니다.`,
  'reject.gunicorn_fields': (n) =>
    `gunicorn은 헤더 필드를 ${n.max}개까지만 받는데(limit_request_fields), 이 요청에는 프록시가 붙인 것까지 ${n.count}개가 있습니다. gunicorn이 직접 400으로 응답하고 앱은 호출되지 않습니다.`,
  'reject.gunicorn_field_size': (n) =>
    `gunicorn은 헤더 필드 하나를 ${n.max}바이트까지만 받습니다(limit_request_field_size). gunicorn이 직접 400으로 응답하고 앱은 호출되지 않습니다.`,
  'reject.body_too_large': (n) =>
    `요청 본문이 ${n.bytes}바이트로, 이 서버가 받는 최대치 ${n.max}바이트를 넘습니다 (nginx: client_max_body_size). 요청은 애플리케이션까지 가지 않습니다.`,
  // 파싱
  'parse.dropped_headers': (n) =>
    `nginx는 헤더 ${n.names.join(', ')}를 버립니다. 이름에 “_”나 영문자, 숫자, “-” 말고 다른 문자가 있는 헤더는 거부하지 않고 무시합니다 (ignore_invalid_headers).`,
  'parse.get_body': (n) =>
    `${n.method} 요청에 본문을 붙이는 것은 HTTP에서 허용되지만 정해진 의미가 없습니다. 서버는 본문을 읽어 그대로 넘깁니다.`,
  // 프록시가 직접 내는 오류
  'upstream.closed': (n) =>
    `업스트림이 응답 헤더를 보내기 전에 연결을 닫았습니다. ${fate(n.pid, n.fate)}`,
  'upstream.timeout': (n) =>
    `업스트림이 proxy_read_timeout(${n.ms} ms) 안에 응답 헤더를 보내지 않았습니다. 워커는 요청을 계속 처리합니다.`,
  'upstream.empty_reply': () =>
    '업스트림이 아무 응답도 보내지 않고 연결을 닫았습니다 (upstream prematurely closed connection).',
  'upstream.connect_timeout': (n) =>
    `nginx가 proxy_connect_timeout(${n.ms / 1000}초) 안에 ${n.upstream} 주소로 연결하지 못했습니다. WSGI 서버의 ${withJosa(QUEUE, '이/가')} 계속 가득 차 있어서 SYN 패킷 ${n.syns}개가 모두 버려졌습니다 (upstream timed out … while connecting to upstream). 업스트림이 유닉스 도메인 소켓일 때만 곧바로 502로 실패합니다.`,
  // 네트워크 오류
  'network.client_closed': () => '클라이언트가 연결을 닫았습니다.',
  'network.reset': (n) => `연결이 재설정(reset)되었습니다. ${fate(n.pid, n.fate)}`,
  'network.connect_timeout': (n) =>
    `${n.ms / 1000}초를 기다린 끝에 connect()가 시간 초과로 실패했습니다. ${withJosa(QUEUE, '이/가')} 계속 가득 차 있어서 커널이 SYN 패킷 ${n.syns}개를 모두 버렸습니다. 연결 거부가 아니라, 기다리다 포기한 것입니다.`,
  'network.empty_reply': () => '서버가 응답을 보내지 않고 연결을 닫았습니다.',
  // CPU와 I/O 시간의 용도
  'work.render': (n) => `템플릿 ${n.template} 렌더링`,
  'work.resolve_url': () => 'URL 해석',
  'work.build_request': () => 'WSGIRequest 생성',
  'work.django_middleware': (n) => `미들웨어 ${n.name} 실행`,
  'work.serialise_environ': () => 'environ 직렬화',
  'work.render_page': () => '페이지 렌더링',
  'work.build_xml': () => 'XML 문서 생성',
  'work.compute': () => 'CPU를 쓰는 계산',
  'work.divide': () => '나눗셈',
  'work.parse_form': () => '폼 파싱',
  'work.push_context': () => '요청 컨텍스트 push',
  'work.match_url': () => 'URL 매칭',
  'work.format_part': (n) => `${ordinal(n.part)} 부분 만들기`,
  'work.gzip': () => '본문 gzip 압축',
  'work.xslt': () => 'XSL 스타일시트 적용',
  'work.stat_file': () => '파일 stat()',
  'work.db_query': (n) => (n.sql ? `데이터베이스 쿼리 “${n.sql}”` : '데이터베이스 쿼리'),
  'work.sleep': () => '협력형으로 바뀌지 않은 time.sleep()',
  'work.read_input': () => 'wsgi.input 읽기',
  'work.wait_part': (n) => `${ordinal(n.part)} 부분 기다리기`,
  'work.read_file': () => '파일 읽기',
  'work.slow_upload': () => '느린 클라이언트에게서 요청 본문 읽기',
  'work.slow_download': () => '느린 클라이언트에게 응답 쓰기',
  // 앱 안에서
  'app.template': (n) =>
    `템플릿을 렌더링합니다: ${n.call}(${n.call === 'render' ? 'request, ' : ''}"${n.template}").`,
  'app.django_request': (n) =>
    `environ으로 ${n.method} ${n.path} 요청의 WSGIRequest 객체를 만듭니다.`,
  'app.signal': (n) =>
    n.signal === 'request_started'
      ? 'request_started 시그널이 발생합니다.'
      : 'response.close()가 request_finished 시그널을 보냅니다.',
  'app.django_middleware': (n) =>
    `미들웨어 ${n.name}: ${n.phase === 'request' ? '들어오는 요청을 처리합니다' : '나가는 응답을 처리합니다'}.`,
  'app.resolve': (n) =>
    `URL 패턴 path("${n.route}")에 ${n.path} 경로가 맞습니다${n.args.length ? ` (인자 ${JSON.stringify(n.args)})` : ''}.`,
  'app.append_slash': (n) =>
    `${n.path} 경로에 맞는 패턴은 없지만 끝에 /를 붙이면 맞습니다. CommonMiddleware의 APPEND_SLASH 설정이 리디렉션합니다.`,
  'app.no_pattern': (n) => `${n.path} 경로에 맞는 URL 패턴이 없습니다: Http404.`,
  'app.environ_json': (n) => `environ 키 ${n.keys}개를 JSON으로 돌려줍니다.`,
  'app.files_index': () => '/static/* 파일을 링크하는 첫 페이지를 만듭니다.',
  'app.files_missing': (n) =>
    `${n.path} 페이지가 없어 404 응답을 보냅니다. 정적 파일 요청은 여기까지 오지 않습니다.`,
  'app.xml_catalog': () => 'application/xml 카탈로그로 응답합니다.',
  'app.form': (n) => `폼 본문 ${n.bytes}바이트: 필드 ${n.fields}개, 파일 ${n.files}개.`,
  'app.context_pushed': () =>
    '요청 컨텍스트를 push합니다. request, session, g 객체가 이 요청에 묶입니다.',
  'app.no_rule': (n) => `${n.path} 경로에 맞는 규칙이 없습니다: 404 Not Found.`,
  'app.wrong_method': (n) =>
    `${n.path} 경로는 규칙 ${n.rule}에 맞지만 ${n.method} 메서드는 받지 않습니다: 405.`,
  'app.options': (n) => `규칙 ${n.rule}에서 OPTIONS 요청에 자동으로 응답합니다.`,
  'app.route': (n) => `규칙 ${n.rule}에 맞습니다 → ${n.endpoint} ${JSON.stringify(n.params)}.`,
  'app.view': (n) => `뷰 함수를 실행합니다: ${n.endpoint}(${params(n.params)}).`,
  'app.propagate': () =>
    'PROPAGATE_EXCEPTIONS 설정이 켜져 있어(디버그, 테스트) 예외를 WSGI 서버로 다시 던집니다.',
  'app.teardown': (n) =>
    n.when === 'error'
      ? 'wsgi_app 함수의 finally 블록에서 오류와 함께 요청 컨텍스트를 정리합니다.'
      : n.when === 'before_stream'
        ? '요청 컨텍스트를 정리합니다. 서버가 제너레이터를 순회하기 전에 wsgi_app 함수가 반환하기 때문입니다 (stream_with_context 없음).'
        : '요청 컨텍스트를 정리합니다. wsgi_app 함수가 응답 이터러블을 반환합니다.',
  'python.start_response': (n) =>
    `직접 짠 앱이 start_response 함수를 호출합니다 (상태 "${n.status}").`,
  'python.not_loaded': () =>
    '아직 불러온 파이썬 코드가 없어 서버가 503 Service Unavailable로 응답합니다. 실행 버튼을 누르면 여러분의 코드를 불러옵니다.',
  'python.time_limit': (n) =>
    `코드가 ${n.ms} ms가 지나도 끝나지 않아 페이지가 CPython을 멈추고 새로 띄웠습니다. 여기 워커도 누군가 포기할 때까지 이 요청에 묶여 있습니다.`,
  'python.crashed': (n) =>
    `CPython 자체가 멈췄습니다 (${n.exception}). 페이지가 CPython을 다시 띄우고, 서버는 500으로 응답합니다.`,
  'python.validate': (n) =>
    `wsgiref.validate 검사기가 WSGI 규칙 위반을 찾았습니다: “${n.message}”. 서버는 500으로 응답합니다.`,
  // 미들웨어: 들어갈 때
  'mount.hit': (n) =>
    `${n.path} 경로가 마운트 ${n.mount}에 맞습니다. 이 부분이 PATH_INFO에서 SCRIPT_NAME으로 옮겨 가고 ${n.app} 앱이 응답합니다.`,
  'mount.miss': (n) =>
    `${n.path} 경로는 어느 마운트(${n.mounts.join(', ')})와도 세그먼트 단위로 맞지 않습니다. 기본 앱이 응답합니다.`,
  'auth.open': (n) => `${n.path} 경로는 보호 대상이 아닙니다. 그대로 통과합니다.`,
  'auth.ok': (n) =>
    `사용자 ${n.user}의 자격 증명이 맞습니다. REMOTE_USER 값을 설정하고 앱을 호출합니다.`,
  'auth.denied': (n) =>
    `${n.path} 경로는 보호 대상인데 ${n.user === null ? '올바른 Authorization 헤더가 없습니다' : `사용자 ${n.user}의 비밀번호가 틀렸습니다`}. 이 ${withJosa(LAYER, '이/가')} ${withJosa(401, '으로/로')} 응답하고 앱은 호출되지 않습니다.`,
  'errors.guard': () => '앱을 감쌉니다. 아래에서 난 예외는 500 페이지가 됩니다.',
  'gzip.not_accepted': () =>
    '클라이언트가 Accept-Encoding: gzip 헤더를 보내지 않았습니다. 응답은 건드리지 않습니다.',
  'gzip.accepted': () =>
    '클라이언트가 gzip을 받아들입니다. 응답 전체를 여기서 버퍼에 모은 뒤 압축할지 정합니다.',
  'profiler.start': () =>
    '프로파일링을 시작합니다. 앱과 본문 전체가 프로파일러 아래에서 실행됩니다.',
  'proxyfix.trusted': (n) =>
    `앞단 프록시가 보낸 ${n.headers.join(', ')} 헤더를 믿습니다. 원래 값은 werkzeug.proxy_fix.orig에 남겨 둡니다.`,
  'proxyfix.none': () =>
    '믿을 수 있는 X-Forwarded-* 헤더가 없습니다. environ은 클라이언트가 아니라 프록시를 가리킵니다.',
  'static.miss': (n) =>
    `${n.path} 경로는 공개 폴더 ${n.prefix} 안의 파일이 아닙니다. 앱으로 넘깁니다.`,
  'static.hit': (n) =>
    `${n.path} 경로는 공개 폴더 안의 파일입니다. 이 ${withJosa(LAYER, '이/가')} 응답하고 앱은 호출되지 않습니다.`,
  'xslt.down': () => '요청은 그대로 내려갑니다. XSLT 변환은 응답에만 적용됩니다.',
  'python.enter': (n) =>
    `직접 짠 ${n.name} 미들웨어가 environ과 자기 몫의 start_response를 받아 호출됩니다.`,
  // 미들웨어의 start_response
  // 그대로 올라간다는 것은 이벤트 문장이 이미 말합니다. exc_info만 덧붙입니다.
  pass: (n) => (n.excInfo ? 'exc_info 인자도 함께 올라갑니다.' : ''),
  'auth.challenge': () => 'WWW-Authenticate 헤더로 브라우저에 사용자 이름과 비밀번호를 요청합니다.',
  'errors.caught': (n) =>
    `${n.exception} 예외를 잡아 exc_info 인자와 함께 start_response를 호출합니다.`,
  'gzip.compressed': (n) =>
    `${n.from}바이트를 ${n.to}바이트로 압축했습니다. Content-Length 헤더를 새로 달고 Content-Encoding: gzip 헤더를 붙입니다 (Paste는 Vary를 붙이지 않습니다).`,
  'gzip.encoded': () => '압축하지 않습니다. 본문이 이미 인코딩되어 있습니다.',
  'gzip.type': (n) =>
    `압축하지 않습니다. 콘텐츠 타입이 text/* 또는 application/* 형식이 아닙니다 (${n.type || '없음'}).`,
  'gzip.no_body': () => '압축하지 않습니다. 본문이 없습니다.',
  'gzip.small': (n) => `압축하지 않습니다. 본문이 ${n.bytes}바이트뿐입니다 (최소 ${n.min}바이트).`,
  'profiler.result': (n) =>
    `${n.method} ${n.path} 요청에 ${n.total} ms 걸렸습니다 (CPU ${n.cpu} ms, I/O 대기 ${n.io} ms). X-Profile-Ms 헤더를 붙입니다.`,
  'static.304': () => '클라이언트가 가진 사본이 최신이므로 본문은 보내지 않습니다.',
  'static.200': (n) => `본문 ${n.bytes}바이트에 ETag, Cache-Control 헤더를 붙입니다.`,
  'xslt.not_xml': (n) =>
    `XML 응답이 아닙니다 (${n.type || '타입 없음'}). 응답을 청크 단위로 그대로 올려 보냅니다.`,
  'xslt.done': (n) =>
    `XML ${n.from}바이트를 HTML ${n.to}바이트로 바꾸고 Content-Length 헤더를 뺐습니다.`,
  'python.respond': (n) =>
    `${n.name} 미들웨어가 전달받은 start_response 함수를 호출합니다${n.excInfo ? ' (exc_info 인자와 함께)' : ''}.`,
  // 미들웨어: 나갈 때
  propagates: (n) => `${n.exception} 예외가 이 ${withJosa(LAYER, '을/를')} 지나 위로 전파됩니다.`,
  'close.passed': () => `close() 호출을 아래 ${withJosa(LAYER, '으로/로')} 전달합니다.`,
  'close.buffered': () => '아래 앱은 버퍼링을 마칠 때 이미 닫혔습니다.',
  'close.nothing_below': () => '앱 없이 응답했으므로 아래에 닫을 것이 없습니다.',
  'errors.page_sent': () => '오류 페이지를 보냈습니다.',
  'static.served': () =>
    `파일로 응답했습니다. close() 호출을 넘길 아래 ${withJosa(LAYER, '이/가')} 없습니다.`,
  'python.exit': (n) =>
    `${n.name} 미들웨어가 ${CHUNK} ${n.chunks}개(${n.bytes}바이트)를 넘긴 뒤 닫힙니다.`,
  // WSGI 서버의 오류
  'wsgi.before_headers': (n) =>
    `앱이 아무것도 보내기 전에 예외를 냈습니다: ${n.exception}. 서버는 아직 500 응답을 보낼 수 있습니다.`,
  'wsgi.after_headers': (n) =>
    `헤더를 보낸 뒤에 예외가 났습니다: ${n.exception}. 서버는 연결을 끊을 수밖에 없고, 클라이언트는 잘린 응답을 받습니다.`,
  'wsgi.close_raised': (n) =>
    `close()에서 예외가 났습니다: ${n.exception}. 서버는 로그에 남기고 넘어갑니다.`,
  'wsgi.server_failure': (n) => `WSGI 서버 자체가 실패했습니다: ${n.exception}.`,
  'wsgi.uwsgi_closes': (n) =>
    `헤더를 보내기 전에 예외가 났습니다: ${n.exception}. uWSGI는 트레이스백을 로그에 남기고 응답 없이 연결을 닫습니다.`,
  // 플레이어가 보는 문제
  'trouble.gone': (n) => `클라이언트가 ${CHUNK} ${n.afterChunks}개를 받고 떠났습니다.`,
  'trouble.raised': (n) => `앱이 예외를 냈습니다: ${n.exception}.`,
  'trouble.stuck': (n) =>
    n.readTimeoutMs === null
      ? `워커가 여러분의 코드에 묶여 ${n.ms / 1000}초가 지나도 끝나지 않습니다.`
      : `워커가 여러분의 코드에 묶여 있어서 nginx가 proxy_read_timeout(${n.readTimeoutMs / 1000}초)만큼 기다리다 포기했습니다.`,
};
