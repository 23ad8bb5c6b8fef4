/** Node-only: reads content/<lang>/<scene>.md under a project root. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LessonFile } from './validate';

export function readLessonFiles(root: string): LessonFile[] {
  const dir = join(root, 'content');
  const out: LessonFile[] = [];
  for (const lang of readdirSync(dir).sort()) {
    if (!statSync(join(dir, lang)).isDirectory()) continue;
    for (const name of readdirSync(join(dir, lang)).sort()) {
      if (!name.endsWith('.md')) continue;
      out.push({
        path: `content/${lang}/${name}`,
        text: readFileSync(join(dir, lang, name), 'utf8'),
      });
    }
  }
  return out;
}
