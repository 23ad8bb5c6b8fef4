/**
 * One term per concept: the Korean narration, the UI strings and the Korean
 * lessons use the glossary's words, never a rejected variant.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENES } from '../ui/i18n/scenes';
import { narrate } from '../ui/narrate';
import { ko } from '../ui/narration/ko';
import { NOTE_SAMPLES } from '../ui/narration/samples';
import { wordNote } from '../ui/narration/types';
import { liveSteps, sceneSteps, troubleSteps } from '../ui/narration/walk';
import { GLOSSARY, glossaryFaults, term } from './glossary';

const ROOT = join(import.meta.dirname, '..', '..');
const HANGUL = /[\uac00-\ud7a3]/;

/** The Korean string literals of a UI strings module (keys and English values left out). */
function koreanLiterals(source: string): string[] {
  return [...source.matchAll(/'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)]
    .map((m) => m[1] ?? m[2])
    .filter((s) => HANGUL.test(s));
}

/** A lesson's prose: frontmatter values a reader sees (title, summary), and the body without step anchors. */
function lessonProse(source: string): string {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const front = m
    ? m[1]
        .split('\n')
        .filter((l) => /^(title|summary):/.test(l))
        .join('\n')
    : '';
  const body = m ? source.slice(m[0].length) : source;
  return `${front}\n${body.replace(/<!--[\s\S]*?-->/g, ' ')}`;
}

describe('glossary', () => {
  it('flags every rejected variant (the check can fail)', () => {
    const samples = [
      '쓰레드 2개',
      '대기 큐에 넣습니다',
      'accept 큐',
      '연결을 거절합니다',
      'prefork 모델',
      '마스터(arbiter)',
      '싱글 스레드 루프',
      '아래 층 대신',
      '미들웨어 계층',
      '다음 레슨',
      '원문은 이렇게',
      '본문 조각',
      'listen backlog',
      '기본 5ms 간격',
    ];
    for (const s of samples) expect(glossaryFaults(s), s).not.toEqual([]);
    expect(glossaryFaults('`prefork` 모델, `--backlog 2048`, 5 ms, 리슨 큐, 레이어')).toEqual([]);
  });

  it('the Korean narration uses only the chosen terms', () => {
    const texts = new Set<string>();
    for (const s of [...sceneSteps(), ...liveSteps(), ...troubleSteps()])
      texts.add(narrate(s.event, s.snapshot, 'ko'));
    for (const n of Object.values(NOTE_SAMPLES)) texts.add(wordNote(ko.notes, n));
    const faults = [...texts].flatMap((t) => glossaryFaults(t));
    expect([...new Set(faults)]).toEqual([]);
  });

  it('the UI strings use only the chosen terms', () => {
    const dir = join(ROOT, 'src/ui/i18n');
    const faults = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .flatMap((f) =>
        koreanLiterals(readFileSync(join(dir, f), 'utf8')).flatMap((s) =>
          glossaryFaults(s).map((x) => `${f}: ${x}`),
        ),
      );
    expect(faults).toEqual([]);
  });

  it('the Korean lessons use only the chosen terms', () => {
    const dir = join(ROOT, 'content/ko');
    const faults = readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .flatMap((f) =>
        glossaryFaults(lessonProse(readFileSync(join(dir, f), 'utf8'))).map((x) => `${f}: ${x}`),
      );
    expect(faults).toEqual([]);
  });

  it('the fork scene has one title everywhere', () => {
    const fork = SCENES.find((s) => s.id === 'fork')!;
    expect(fork.title).toEqual({ en: term('forkScene', 'en'), ko: term('forkScene', 'ko') });
    const lesson = readFileSync(join(ROOT, 'content/ko/fork.md'), 'utf8');
    expect(/^title: (.*)$/m.exec(lesson)?.[1]).toBe(term('forkScene', 'ko'));
    const ui = readdirSync(join(ROOT, 'src/ui/i18n'))
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => koreanLiterals(readFileSync(join(ROOT, 'src/ui/i18n', f), 'utf8')))
      .filter((s) => /요청마다 ?fork/.test(s));
    expect(ui).toEqual([]);
  });

  it('every term has both languages', () => {
    for (const t of Object.values(GLOSSARY)) {
      expect(t.en).toMatch(/\S/);
      expect(t.ko).toMatch(/\S/);
    }
  });
});
