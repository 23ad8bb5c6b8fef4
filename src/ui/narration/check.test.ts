import { describe, expect, it } from 'vitest';
import { latinRuns, numberEnding, particleErrors } from './check';

const words = (text: string) => particleErrors(text).map((e) => `${e.word}${e.particle}`);

describe('the Korean checks', () => {
  it('reads numbers in Sino-Korean', () => {
    expect(numberEnding('6016')).toEqual({ batchim: true, rieul: false }); // …육
    expect(numberEnding('2')).toEqual({ batchim: false, rieul: false }); // 이
    expect(numberEnding('200')).toEqual({ batchim: true, rieul: false }); // 이백
    expect(numberEnding('1')).toEqual({ batchim: true, rieul: true }); // 일
    expect(numberEnding('0.5')).toEqual({ batchim: false, rieul: false }); // 영점오
  });

  it('finds the faults the issue measured', () => {
    expect(words('프로세스 6016가 끝납니다.')).toEqual(['6016가']);
    expect(words('6876를 fork합니다.')).toEqual(['6876를']);
    expect(words('직접 200로 응답합니다.')).toEqual(['200로']);
    expect(words('GET /slow을 맡습니다.')).toEqual(['slow을']);
    expect(words('쓰레드 1가 GIL을 잡습니다.')).toEqual(['1가']);
    expect(words('413 Content Too Large(으)로 거부합니다.')).toEqual(['(으)로']);
    expect(words('XSLT을 거쳐')).toEqual(['XSLT을']);
    expect(words('프로세스을 보고 바으로 갑니다.')).toEqual(['프로세스을', '바으로']);
  });

  it('accepts what agrees, and words it cannot read', () => {
    const fine = [
      '프로세스 6016이 끝납니다.',
      '6876을 fork합니다.',
      '직접 200으로, 401로, 0.5로 응답합니다.',
      'GET /slow 요청을 맡습니다.',
      '스레드 1이 GIL을 잡습니다. 스레드 2가 놓습니다.',
      '“GET / HTTP/1.1”과 헤더를 읽습니다.',
      'gzip으로 압축하고 XSLT가 바꿉니다. 처음으로 돌아가는 것과 있는 것은 같은 평가입니다.',
      'Frobnicate를 부릅니다.',
      '버퍼에 모은 뒤 압축합니다.',
    ];
    for (const text of fine) expect(words(text), text).toEqual([]);
  });

  it('finds English prose outside code', () => {
    expect(
      latinRuns('들어갑니다. /admin/ is protected and there is no (valid) Authorization header'),
    ).toEqual(['is protected and there is no']);
    expect(latinRuns('상태 줄 404 Not Found와 헤더')).toEqual([]);
    expect(latinRuns('413 Request Entity Too Large 응답')).toEqual([]);
    expect(latinRuns('이 경우 Request Entity Too Large 응답')).toEqual([
      'Request Entity Too Large',
    ]);
    expect(latinRuns('요청 줄 “GET /a b c d HTTP/1.1”과 `one two three four`')).toEqual([]);
  });
});
