/**
 * Request tokens. A box holds a token area (in-flow, its height computed from
 * the tokens it holds); the tokens themselves are drawn in one overlay over
 * the stage, one element per request keyed by its id, and travel from area to
 * area by animating their x/y transform (a spring; with reduced motion they
 * jump). Their places come from tokenPlaces.ts: nothing here reads the DOM.
 */
import { m, useReducedMotion } from 'framer-motion';
import { createContext, useContext } from 'react';
import { troubleText } from '../narrate';
import { useLang } from '../i18n';
import { useRush } from '../../store/context';
import { toneOf } from './placement';
import { ridHue, tokenText, type AreaFlow, type More, type Placed } from './tokenPlaces';

const travel = { type: 'spring', stiffness: 320, damping: 32, mass: 0.8 } as const;
const jump = { duration: 0 } as const;

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

export function Token({ p }: { p: Placed }) {
  const { r, compact, current } = p;
  // Reduced motion, or live requests rushing in (the figure jumps to the newest): no travel.
  const reduce = useReducedMotion();
  const rush = useRush();
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
  // Not placed yet (its area appeared at this step and is measured before the next paint):
  // kept hidden; the moving element mounts where it first shows (initial={false}).
  if (!p.measured)
    return (
      <div {...attrs} style={{ width: p.w, height: p.h, visibility: 'hidden' }}>
        {body}
      </div>
    );
  return (
    <m.div
      {...attrs}
      // Inline opacity would override the stage's dimming of the other tokens: hide by visibility.
      style={{
        width: p.w,
        height: p.h,
        visibility: p.clipped ? 'hidden' : undefined,
        ['--rid-hue' as string]: ridHue(r.rid),
      }}
      initial={false}
      animate={{ x: p.x, y: p.y }}
      transition={reduce || rush ? jump : travel}
    >
      {body}
    </m.div>
  );
}

/** All tokens of the step, over the stage, and the "+N" of crowded areas. */
export function TokenLayer({ tokens, more }: { tokens: Placed[]; more: More[] }) {
  return (
    <div className="stage-overlay" aria-hidden="true">
      {tokens.map((p) => (
        <Token key={p.measured ? p.r.rid : `pending-${p.r.rid}`} p={p} />
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
