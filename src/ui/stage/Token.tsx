/**
 * Request tokens. A box holds a token area (in-flow, its height computed from
 * the tokens it holds); the tokens themselves are drawn in one overlay over
 * the stage, one element per request keyed by its id, and travel from area to
 * area by animating their x/y transform: along the drawn wire when it joins
 * the two areas (keyframes from tokenRoute.ts), else straight (a spring); with
 * reduced motion or in a rush they jump. Their places come from
 * tokenPlaces.ts: nothing here reads the DOM.
 */
import { m, useReducedMotion } from 'framer-motion';
import { createContext, useContext, useState } from 'react';
import { troubleText } from '../narrate';
import { useLang } from '../i18n';
import { useRush } from '../../store/context';
import { toneOf } from './placement';
import { ridHue, tokenText, type AreaFlow, type More, type Placed } from './tokenPlaces';
import { SPRING, tripTo, type RoutePath, type Spot, type Trip } from './tokenRoute';

/** Each token area's flow at this step (the stage computes them). */
export const AreaFlows = createContext<Map<string, AreaFlow>>(new Map());

/** Where a box's tokens go: room kept in the box, as tall as its rows of tokens. */
export function TokenArea({ id }: { id: string }) {
  const flow = useContext(AreaFlows).get(id);
  const height = flow?.height ?? 0;
  // An empty area keeps its element (out of flow, 0×0): its growing back is a resize the stage sees.
  return (
    <div
      className={height > 0 ? 'stage-token-area' : 'stage-token-area is-empty'}
      data-area={id}
      style={height > 0 ? { height } : undefined}
    />
  );
}

/** Where a token was last placed, and the trip it is on (kept until it has a new place). */
interface Held {
  key: string | null;
  spot: Spot | null;
  trip: Trip;
  /** On a trip along the wires (its keyframes not played out yet). */
  along: boolean;
}

const spotOf = (p: Placed): Spot => ({ area: p.area, x: p.x, y: p.y, w: p.w, h: p.h });
const keyOf = (s: Spot) => `${s.area} ${s.x} ${s.y} ${s.w} ${s.h}`;

export function Token({ p, path }: { p: Placed; path: RoutePath }) {
  const { r, compact, current } = p;
  // Reduced motion, or live requests rushing in (the figure jumps to the newest): no travel.
  const reduce = useReducedMotion();
  const rush = useRush();
  const [held, setHeld] = useState<Held>(() => ({
    key: p.measured ? keyOf(spotOf(p)) : null,
    spot: p.measured ? spotOf(p) : null,
    trip: tripTo(null, spotOf(p), null),
    along: false,
  }));
  // A new place (measured): plan the trip there from the last one, once.
  let now = held;
  const spot = spotOf(p);
  if (p.measured && keyOf(spot) !== held.key) {
    if (held.along && held.spot?.area === p.area) {
      // Its area settled by a pixel or two while it travels: the trip goes on; set right on arrival.
      now = { ...held, key: keyOf(spot), spot };
    } else {
      const trip = tripTo(held.spot, spot, reduce || rush ? null : path);
      now = { key: keyOf(spot), spot, trip, along: Array.isArray(trip.x) };
    }
    setHeld(now);
  }
  const classes = ['stage-token', `stage-token--${toneOf(r)}`];
  if (current) classes.push('is-current');
  if (compact) classes.push('is-compact');
  if (p.wrapped) classes.push('is-wrapped');
  if (r.direction === 'out' && !r.done) classes.push('is-out');
  const lang = useLang();
  const title = `#${r.rid} ${r.method} ${r.path}${r.status ? ` — ${r.status}` : ''}${r.error ? ` — ${troubleText(r.error, lang)}` : ''}`;
  const text = tokenText(r, compact);
  const body =
    text.id !== undefined ? (
      <span className="stage-token-id">{text.id}</span>
    ) : (
      <>
        <span className="stage-token-num">{text.num}</span>
        <span className="stage-token-method">{text.method}</span>
        <span className="stage-token-path">{text.path}</span>
        {text.status ? <span className="stage-token-status">{text.status}</span> : null}
      </>
    );
  const attrs = {
    className: classes.join(' '),
    'data-rid': r.rid,
    'data-current': current || undefined,
    'data-in': p.area,
    title,
  };
  const arrived = () =>
    setHeld((h) => {
      if (!h.along || !h.spot) return h;
      const [x, y] = [h.trip.x, h.trip.y].map((v) => (Array.isArray(v) ? v[v.length - 1] : v));
      const fix = x !== h.spot.x || y !== h.spot.y;
      return {
        ...h,
        along: false,
        trip: fix ? { x: h.spot.x, y: h.spot.y, scale: 1, transition: SPRING } : h.trip,
      };
    });
  // Not placed yet (its area appeared at this step and is measured before the next paint): kept
  // hidden where it was, the same element, so that it travels from there once its place is known.
  return (
    <m.div
      {...attrs}
      // Inline opacity would override the stage's dimming of the other tokens: hide by visibility.
      style={{
        width: p.w,
        height: p.h,
        visibility: p.clipped || !p.measured ? 'hidden' : undefined,
        ['--rid-hue' as string]: ridHue(r.rid),
      }}
      initial={false}
      animate={{ x: now.trip.x, y: now.trip.y, scale: now.trip.scale }}
      transition={now.trip.transition}
      onAnimationComplete={arrived}
    >
      {body}
    </m.div>
  );
}

/** All tokens of the step, over the stage, and the "+N" of crowded areas. */
export function TokenLayer({
  tokens,
  more,
  path,
}: {
  tokens: Placed[];
  more: More[];
  /** The wires drawn at this step, for tokens to travel along. */
  path: RoutePath;
}) {
  return (
    <div className="stage-overlay" aria-hidden="true">
      {tokens.map((p) => (
        <Token key={p.r.rid} p={p} path={path} />
      ))}
      {more.map((x) => (
        <span
          key={`more-${x.area}`}
          className="stage-more stage-more--placed"
          style={{
            transform: `translate(${x.x}px, ${x.y}px)`,
            visibility: x.measured ? undefined : 'hidden',
          }}
        >
          +{x.n}
        </span>
      ))}
    </div>
  );
}
