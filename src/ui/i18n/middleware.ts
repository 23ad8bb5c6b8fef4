/**
 * Strings of the middleware editor (src/ui/middleware/), English and Korean.
 * Layer descriptions take the scene's own settings as {placeholders}.
 */
export const en = {
  'mw.title': 'Try your own stack',
  'mw.hint':
    'Outermost first: the WSGI server calls the top layer. Switch layers off or move them, and the five requests run again through your stack.',
  'mw.server': 'WSGI server calls ↓',
  'mw.app': '↓ app: {app}',
  'mw.count': '{on} of {n} on',
  'mw.layer': '{kind} layer',
  'mw.outward': 'Move {kind} outward',
  'mw.inward': 'Move {kind} inward',
  'mw.off': 'off',
  'mw.reset': 'Reset to default',
  'mw.edited':
    'You changed the stack: the lesson follows the default order, so its steps may not match what you see.',
  'mw.none': 'No layer is on: the server calls the app directly.',
  'mw.moved': '{kind} is now layer {n} of {total}',
  'mw.desc.auth':
    'Basic auth: answers 401 to {protect} without valid credentials and never calls inward',
  'mw.desc.static':
    'SharedDataMiddleware: answers files under {prefix} itself; the layers inside never run',
  'mw.desc.gzip':
    'gzip: compresses the body when the client accepts gzip (Content-Encoding; Paste adds no Vary)',
  'mw.desc.xslt': 'XSLT: post-processes XML responses into HTML and drops Content-Length',
  'mw.desc.dispatcher':
    'DispatcherMiddleware: mounts apps by path prefix ({mounts}), moving it from PATH_INFO to SCRIPT_NAME',
  'mw.desc.proxyfix': 'ProxyFix: trusts X-Forwarded-* headers from the proxy in front',
  'mw.desc.profiler': 'Profiler: times the call to the layers inside',
  'mw.desc.errors': 'Error handler: turns an exception inside into a 500 page',
} as const;

export type MiddlewareKey = keyof typeof en;

export const ko: Record<MiddlewareKey, string> = {
  'mw.title': '직접 스택 바꿔 보기',
  'mw.hint':
    '바깥 레이어부터 나열합니다. WSGI 서버는 맨 위 레이어를 호출합니다. 레이어를 끄거나 순서를 바꾸면 다섯 요청이 바뀐 스택으로 다시 실행됩니다.',
  'mw.server': 'WSGI 서버가 호출 ↓',
  'mw.app': '↓ 앱: {app}',
  'mw.count': '{n}개 중 {on}개 켜짐',
  'mw.layer': '{kind} 레이어',
  'mw.outward': '{kind} 바깥쪽으로 옮기기',
  'mw.inward': '{kind} 안쪽으로 옮기기',
  'mw.off': '꺼짐',
  'mw.reset': '기본값으로 되돌리기',
  'mw.edited':
    '스택을 바꿨습니다. 강의는 기본 순서를 기준으로 쓰였으므로 단계 설명이 화면과 다를 수 있습니다.',
  'mw.none': '켜진 레이어가 없습니다. 서버가 앱을 바로 호출합니다.',
  'mw.moved': '{kind}: 이제 전체 {total}개 중 {n|nth} 레이어',
  'mw.desc.auth':
    'Basic 인증: 올바른 자격 증명 없는 {protect} 요청에 401로 답하고 안쪽을 호출하지 않음',
  'mw.desc.static':
    'SharedDataMiddleware: {prefix} 아래 파일은 직접 답함. 안쪽 레이어는 실행되지 않음',
  'mw.desc.gzip':
    'gzip: 클라이언트가 gzip을 받아들이면(Accept-Encoding) 본문을 압축 (Content-Encoding; Paste는 Vary를 붙이지 않음)',
  'mw.desc.xslt': 'XSLT: XML 응답을 HTML로 후처리하고 Content-Length를 뺌',
  'mw.desc.dispatcher':
    'DispatcherMiddleware: 경로 접두어({mounts})로 앱을 마운트하고, 그 접두어를 PATH_INFO에서 SCRIPT_NAME으로 옮김',
  'mw.desc.proxyfix': 'ProxyFix: 앞단 프록시가 보낸 X-Forwarded-* 헤더를 믿음',
  'mw.desc.profiler': '프로파일러: 안쪽 레이어 호출에 걸린 시간을 잼',
  'mw.desc.errors': '오류 처리: 안쪽에서 난 예외를 500 페이지로 바꿈',
};
