import { describe, expect, it } from 'vitest';
import { fill } from './fill';

describe('fill', () => {
  it('fills plain placeholders and leaves unknown ones', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('adds agreeing particles and ordinals', () => {
    expect(fill('프로세스 {pid|이/가} 끝납니다', { pid: 6016 })).toBe('프로세스 6016이 끝납니다');
    expect(fill('프로세스 {pid|이/가} 끝납니다', { pid: 6012 })).toBe('프로세스 6012가 끝납니다');
    expect(fill('{n|nth} 줄', { n: 1 })).toBe('첫 번째 줄');
    expect(fill('{n|nth} 청크', { n: 2 })).toBe('두 번째 청크');
  });
});
