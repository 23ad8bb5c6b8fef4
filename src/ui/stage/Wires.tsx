/**
 * The wires under the tokens: every segment of the path drawn quietly, the
 * stretch the current request is on lit (blue on its way in, green on its way
 * back, an arrow at its head), and a dot (or a body chunk) travelling along
 * it once per step. The travel is a transform animation (Web Animations, run
 * by the compositor) on an element that is new each step: no per-frame work
 * in React or on the main thread. With reduced motion nothing travels (a
 * chunk is drawn where it arrives); the lit wire says where.
 */
import { useId, useLayoutEffect, useRef } from 'react';
import { pathOf, type Point, type Segment } from './wirePlaces';
import { litParts, travelFrames, travelPoints, type Travel } from './wireTravel';
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
          points={route}
          dir={dir}
          reduce={reduce}
          chunk={travel.chunk ? { label: chunkLabel ?? '', empty: travel.chunk.bytes === 0 } : null}
        />
      ) : null}
    </>
  );
}

function Traveller({
  points,
  dir,
  reduce,
  chunk,
}: {
  points: Point[];
  dir: 'in' | 'out';
  reduce: boolean;
  chunk: { label: string; empty: boolean } | null;
}) {
  const ref = useRef<HTMLSpanElement>(null);
  const d = pathOf(points);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || reduce || typeof el.animate !== 'function') return;
    // A dot is gone once it has arrived; a chunk stays at the client until the next step.
    const frames: Keyframe[] = travelFrames(points).map((f, i, all) =>
      chunk ? f : { ...f, opacity: i === all.length - 1 ? 0 : 1 },
    );
    const run = el.animate(frames, {
      duration: chunk ? 900 : 550,
      easing: 'ease-in-out',
      fill: 'forwards',
    });
    return () => run.cancel();
    // One run per path (the element is new each step): d stands for points.
  }, [d, reduce, chunk === null]); // eslint-disable-line react-hooks/exhaustive-deps
  const [x, y] = points[points.length - 1];
  // Drawn where it arrives; the animation (a transform, on the compositor) starts it at the origin.
  const style = { transform: `translate(${x}px, ${y}px) translate(-50%, -50%)` };
  if (chunk)
    return (
      <span
        ref={ref}
        className={chunk.empty ? 'stage-wire-chunk is-empty' : 'stage-wire-chunk'}
        style={style}
        data-travel="chunk"
        aria-hidden="true"
      >
        {chunk.label}
      </span>
    );
  if (reduce) return null;
  return (
    <span
      ref={ref}
      className={`stage-wire-dot is-${dir}`}
      style={{ ...style, opacity: 0 }}
      data-travel={dir}
      aria-hidden="true"
    />
  );
}
