/**
 * The wires under the tokens: every segment of the path drawn quietly, the
 * stretch the current request is on lit (blue on its way in, green on its way
 * back, an arrow at its head), and a dot (or a body chunk) travelling along
 * it once per step. The travel is SVG's own animateMotion in a small SVG that
 * is new each step (its timeline starts when it is inserted): no per-frame
 * work in React. With reduced motion nothing travels; the lit wire says where.
 */
import { useId } from 'react';
import { pathOf, type Segment } from './wirePlaces';
import { litParts, travelPoints, type Travel } from './wireTravel';
import './Wires.css';

export function Wires({
  segments,
  travel,
  holder,
  step,
  reduce,
  chunkLabel,
}: {
  segments: Segment[];
  travel: Travel | null;
  /** The box the worker's wire goes to (a process or thread), for tests and styling. */
  holder: string;
  step: number;
  reduce: boolean;
  chunkLabel: string | null;
}) {
  const arrow = useId().replace(/:/g, '');
  const lit = new Set(travel?.lit ?? []);
  const route = travel && lit.size > 0 ? travelPoints(segments, travel) : [];
  const parts = travel && lit.size > 0 ? litParts(segments, travel) : [];
  const dir = travel?.dir ?? 'in';
  return (
    <>
      <svg className="stage-wires" aria-hidden="true" data-holder={holder}>
        <defs>
          <marker
            id={arrow}
            viewBox="0 0 8 8"
            refX="6"
            refY="4"
            markerWidth="5"
            markerHeight="5"
            orient="auto-start-reverse"
          >
            <path d="M0 0 L8 4 L0 8 z" className={`stage-wire-arrow is-${dir}`} />
          </marker>
        </defs>
        {segments.map((s) => (
          <path
            key={s.id}
            className={lit.has(s.id) ? `stage-wire is-lit is-${dir}` : 'stage-wire'}
            d={pathOf(s.points)}
            data-wire={s.id}
            data-lit={lit.has(s.id) ? dir : undefined}
          />
        ))}
        {parts.length > 0 ? (
          <path
            className={`stage-wire-route is-${dir}`}
            d={parts.map(pathOf).join(' ')}
            markerEnd={`url(#${arrow})`}
          />
        ) : null}
      </svg>
      {travel?.moved && route.length > 1 ? (
        <Traveller
          key={step}
          d={pathOf(route)}
          end={route[route.length - 1]}
          dir={dir}
          reduce={reduce}
          chunk={travel.chunk ? { label: chunkLabel ?? '', empty: travel.chunk.bytes === 0 } : null}
        />
      ) : null}
    </>
  );
}

function Traveller({
  d,
  end,
  dir,
  reduce,
  chunk,
}: {
  d: string;
  end: [number, number];
  dir: 'in' | 'out';
  reduce: boolean;
  chunk: { label: string; empty: boolean } | null;
}) {
  const dur = chunk ? '0.9s' : '0.55s';
  const motion = reduce ? null : (
    <animateMotion dur={dur} path={d} fill="freeze" calcMode="paced" />
  );
  // Reduced motion: drawn where it arrives. Otherwise it starts at the path's origin.
  const at = reduce ? `translate(${end[0]} ${end[1]})` : undefined;
  if (chunk) {
    const w = Math.max(22, chunk.label.length * 6.2 + 10);
    return (
      <svg className="stage-wires stage-wires-travel" aria-hidden="true" data-travel="chunk">
        <g
          transform={at}
          className={chunk.empty ? 'stage-wire-chunk is-empty' : 'stage-wire-chunk'}
        >
          {motion}
          <rect x={-w / 2} y={-8} width={w} height={16} rx={8} />
          <text x={0} y={4} textAnchor="middle">
            {chunk.label}
          </text>
        </g>
      </svg>
    );
  }
  if (reduce) return null;
  return (
    <svg className="stage-wires stage-wires-travel" aria-hidden="true" data-travel={dir}>
      <circle r={4.5} className={`stage-wire-dot is-${dir}`}>
        {motion}
      </circle>
    </svg>
  );
}
