/**
 * A process's memory: code, data, heap and one stack per thread, widths by
 * the square root of their size (so a 136 KiB stack stays visible next to a
 * 22 MiB heap). The part still shared copy-on-write with the parent is hatched.
 */
import type { MemoryMap } from '../../sim/types';

const SEGMENTS = ['code', 'data', 'heap'] as const;

export function MemoryBar({ memory, threads }: { memory: MemoryMap; threads: number }) {
  const privateBase = memory.code + memory.data + memory.heap;
  const shared = privateBase > 0 ? Math.min(1, memory.shared / privateBase) : 0;
  const base = SEGMENTS.map((k) => Math.sqrt(Math.max(0, memory[k])));
  const stacks = Math.max(1, threads);
  const perStack = Math.sqrt(Math.max(0, memory.stack / stacks));
  const total = base.reduce((a, b) => a + b, 0) + perStack * stacks;
  const title = `code ${memory.code} KiB · data ${memory.data} KiB · heap ${memory.heap} KiB · stack ${memory.stack} KiB · shared ${memory.shared} KiB`;
  return (
    <div className="stage-mem" title={title} aria-hidden="true">
      <div className="stage-mem-base" style={{ flexGrow: base.reduce((a, b) => a + b, 0) / total }}>
        {SEGMENTS.map((k, i) => (
          <span
            key={k}
            className={`stage-mem-seg stage-mem-seg--${k}`}
            style={{ flexGrow: base[i] }}
          />
        ))}
        {shared > 0 ? (
          <span
            className="stage-mem-shared"
            data-shared={Math.round(shared * 100)}
            style={{ width: `${shared * 100}%` }}
          />
        ) : null}
      </div>
      {Array.from({ length: Math.min(stacks, 8) }, (_, i) => (
        <span
          key={i}
          className="stage-mem-seg stage-mem-seg--stack"
          style={{ flexGrow: (perStack * stacks) / Math.min(stacks, 8) / total }}
        />
      ))}
    </div>
  );
}

/** The colour key, drawn once per dispatch area. */
export function MemoryLegend({
  labels,
}: {
  labels: Record<'code' | 'data' | 'heap' | 'stack' | 'shared', string>;
}) {
  return (
    <ul className="stage-mem-legend" aria-hidden="true">
      {(['code', 'data', 'heap', 'stack', 'shared'] as const).map((k) => (
        <li key={k}>
          <span className={`stage-mem-swatch stage-mem-seg--${k === 'shared' ? 'sharedkey' : k}`} />
          {labels[k]}
        </li>
      ))}
    </ul>
  );
}
