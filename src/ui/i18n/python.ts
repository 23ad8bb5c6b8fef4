/**
 * Strings of the Python editor panel (src/ui/python/), English and Korean.
 * The panel is driven by props (its `lang` among them), so it reads this
 * record through pyText() instead of the widget store's `useT()`.
 */
export const en = {
  'py.title': 'Your code',
  'py.code': 'Python code',
  'py.keys': 'Tab indents. To leave the editor with the keyboard, press Esc, then Tab.',
  'py.run': 'Run',
  'py.running': 'Running…',
  'py.example': 'Example',
  'py.example.custom': 'Your code',
  'py.example.confirm': 'Replace your code with the example “{title}”? Your changes will be lost.',
  'py.example.replace': 'Replace',
  'py.example.keep': 'Keep my code',
  'py.validate.desc': 'Checks every call against the WSGI rules (PEP\u00a03333)',
  'py.idle': 'CPython loads the first time you press Run.',
  'py.loading': 'Loading CPython',
  'py.loading.bytes': '{loaded} / {total} MB',
  'py.loading.some': '{loaded} MB',
  'py.ready': 'Running your code: requests to https://demo.test/ go through it.',
  'py.layers': 'Your middleware, outermost first: {layers}',
  'py.stale': 'You changed something since the last Run: press Run to use it.',
  'py.loadFailed': 'CPython could not be loaded. Press Run to try again.',
  'py.live.loading': 'Loading CPython…',
  'py.live.ready': 'CPython is ready; your code runs.',
  'py.live.error': 'Error: {summary}',
  'py.live.loadFailed': 'CPython could not be loaded.',
  'py.err.syntax': 'Python could not read your code: there is a syntax error on line {line}.',
  'py.err.syntax.noline': 'Python could not read your code: there is a syntax error.',
  'py.err.import': 'Your code raised an exception while it was loaded, on line {line}.',
  'py.err.import.noline': 'Your code raised an exception while it was loaded.',
  'py.err.app':
    'The server has nothing to call: define a callable named app (a function or an object with __call__).',
  'py.err.crash':
    'Python stopped and was restarted (it crashed, ran out of memory or called sys.exit()). Press Run to load your code again.',
  'py.err.line': 'Go to line {line}',
  'py.err.marker': 'Error on this line',
  'py.link': 'This code came with the link. Read it first: it runs only when you press Run.',
  'py.link.too-long': 'The code in the link is too long, so the example is shown instead.',
  'py.link.corrupt':
    'The code in the link is damaged and could not be read, so the example is shown instead.',
  'py.dismiss': 'Dismiss',
  'py.editorLoading': 'Loading the editor…',
} as const;

export type PyKey = keyof typeof en;

export const ko: Record<PyKey, string> = {
  'py.title': '내 코드',
  'py.code': '파이썬 코드',
  'py.keys':
    'Tab 키는 들여쓰기를 합니다. 키보드로 편집기를 벗어나려면 Esc를 누른 뒤 Tab을 누르세요.',
  'py.run': '실행',
  'py.running': '실행 중…',
  'py.example': '예제',
  'py.example.custom': '내 코드',
  'py.example.confirm': '지금 코드를 지우고 예제 {title|을/를} 불러올까요? 고친 내용은 사라집니다.',
  'py.example.replace': '불러오기',
  'py.example.keep': '내 코드 유지',
  'py.validate.desc': '모든 호출이 WSGI 규칙(PEP\u00a03333)을 지키는지 검사',
  'py.idle': '처음 실행을 누르면 CPython을 불러옵니다.',
  'py.loading': 'CPython 불러오는 중',
  'py.loading.bytes': '{loaded} / {total} MB',
  'py.loading.some': '{loaded} MB',
  'py.ready': '내 코드가 실행 중입니다. https://demo.test/로 가는 요청은 이 코드를 거칩니다.',
  'py.layers': '내 미들웨어(바깥부터): {layers}',
  'py.stale': '마지막 실행 뒤에 바뀐 내용이 있습니다. 반영하려면 실행을 누르세요.',
  'py.loadFailed': 'CPython을 불러오지 못했습니다. 실행을 눌러 다시 시도하세요.',
  'py.live.loading': 'CPython 불러오는 중…',
  'py.live.ready': 'CPython 준비 완료. 내 코드가 실행 중입니다.',
  'py.live.error': '오류: {summary}',
  'py.live.loadFailed': 'CPython을 불러오지 못했습니다.',
  'py.err.syntax': '파이썬이 코드를 읽지 못했습니다. {line}번째 줄에 문법 오류가 있습니다.',
  'py.err.syntax.noline': '파이썬이 코드를 읽지 못했습니다. 문법 오류가 있습니다.',
  'py.err.import': '코드를 불러오는 중에 {line}번째 줄에서 예외가 발생했습니다.',
  'py.err.import.noline': '코드를 불러오는 중에 예외가 발생했습니다.',
  'py.err.app':
    '서버가 호출할 대상이 없습니다. app이라는 이름의 호출 가능한 객체(함수 또는 __call__이 있는 객체)를 정의하세요.',
  'py.err.crash':
    '파이썬이 멈춰서 다시 시작했습니다(오류로 죽었거나, 메모리가 부족했거나, sys.exit()를 호출했습니다). 실행을 눌러 코드를 다시 불러오세요.',
  'py.err.line': '{line}번째 줄로 이동',
  'py.err.marker': '이 줄에서 오류',
  'py.link': '링크에 담겨 온 코드입니다. 먼저 읽어 보세요. 실행을 눌러야만 실행됩니다.',
  'py.link.too-long': '링크에 담긴 코드가 너무 길어서 대신 예제를 보여 줍니다.',
  'py.link.corrupt': '링크에 담긴 코드가 손상되어 읽을 수 없어서 대신 예제를 보여 줍니다.',
  'py.dismiss': '닫기',
  'py.editorLoading': '편집기를 불러오는 중…',
};
