import { describe, expect, it } from 'vitest';
import { ordinal, readingOf, withJosa } from './particle';

describe('withJosa', () => {
  it('reads numbers in Sino-Korean before choosing', () => {
    expect(withJosa(6016, '이/가')).toBe('6016이'); // …육
    expect(withJosa(6876, '을/를')).toBe('6876을'); // …육
    expect(withJosa(2, '이/가')).toBe('2가'); // 이
    expect(withJosa(1, '이/가')).toBe('1이'); // 일
    expect(withJosa(200, '으로/로')).toBe('200으로'); // 이백
    expect(withJosa(401, '으로/로')).toBe('401로'); // 사백일: ㄹ takes 로
    expect(withJosa(405, '으로/로')).toBe('405로'); // 사백오
    expect(withJosa(10, '와/과')).toBe('10과'); // 십
    expect(withJosa(1000, '은/는')).toBe('1000은'); // 천
    expect(withJosa(10000, '이/가')).toBe('10000이'); // 만
    expect(withJosa(0, '이/가')).toBe('0이'); // 영
    expect(withJosa('0.5', '으로/로')).toBe('0.5로'); // 영점오
    expect(withJosa('1.1', '와/과')).toBe('1.1과'); // 일점일
  });

  it('uses es-hangul for Hangul words', () => {
    expect(withJosa('프로세스', '이/가')).toBe('프로세스가');
    expect(withJosa('요청', '을/를')).toBe('요청을');
    expect(withJosa('마스터', '으로/로')).toBe('마스터로');
    expect(withJosa('자식', '으로/로')).toBe('자식으로');
    expect(withJosa('스레드 2', '이/가')).toBe('스레드 2가');
  });

  it('knows a few Latin words, and writes both forms for the rest', () => {
    expect(withJosa('GIL', '을/를')).toBe('GIL을');
    expect(withJosa('gzip', '으로/로')).toBe('gzip으로');
    expect(withJosa('XSLT', '이/가')).toBe('XSLT가');
    expect(readingOf('/slow')).toBeNull();
    expect(withJosa('/slow', '을/를')).toBe('/slow(을)를');
    expect(withJosa('/slow', '으로/로')).toBe('/slow(으)로');
  });
});

describe('ordinal', () => {
  it('writes Korean ordinals', () => {
    expect([1, 2, 3, 4, 10, 11, 12].map(ordinal)).toEqual([
      '첫 번째',
      '두 번째',
      '세 번째',
      '네 번째',
      '열 번째',
      '열한 번째',
      '열두 번째',
    ]);
  });
});
