/**
 * A request: a small pill (method + path, coloured by status once known) that
 * travels from box to box. The shared layoutId makes framer-motion animate it
 * from where it was to where it is now; with reduced motion it just moves.
 */
import { m } from 'framer-motion';
import type { RequestView } from '../../player/snapshot';
import { troubleText } from '../narrate';
import { useLang } from '../i18n';
import { capTokens, toneOf } from './placement';

const travel = { type: 'spring', stiffness: 320, damping: 32, mass: 0.8 } as const;

export function Token({
  r,
  current,
  compact,
}: {
  r: RequestView;
  current: boolean;
  compact: boolean;
}) {
  const tone = toneOf(r);
  const code = r.response?.status ?? (r.status ? parseInt(r.status, 10) : NaN);
  const failed = r.done && !r.response;
  const classes = ['stage-token', `stage-token--${tone}`];
  if (current) classes.push('is-current');
  if (compact) classes.push('is-compact');
  if (r.direction === 'out' && !r.done) classes.push('is-out');
  const lang = useLang();
  const title = `#${r.rid} ${r.method} ${r.path}${r.status ? ` — ${r.status}` : ''}${r.error ? ` — ${troubleText(r.error, lang)}` : ''}`;
  return (
    <m.div
      layoutId={`req-${r.rid}`}
      layout="position"
      transition={travel}
      className={classes.join(' ')}
      data-rid={r.rid}
      data-current={current || undefined}
      title={title}
    >
      {compact ? (
        <span className="stage-token-id">
          {failed ? '✕' : Number.isFinite(code) && r.done ? code : `#${r.rid}`}
        </span>
      ) : (
        <>
          <span className="stage-token-method">{r.method}</span>
          <span className="stage-token-path">{r.path || '/'}</span>
          {failed ? (
            <span className="stage-token-status">✕</span>
          ) : Number.isFinite(code) && code > 0 ? (
            <span className="stage-token-status">{code}</span>
          ) : null}
        </>
      )}
    </m.div>
  );
}

/** The tokens of one box: up to MAX_TOKENS drawn, the rest as "+N"; compact when crowded. */
export function Tokens({
  list,
  current,
  crowd = 3,
  alwaysCompact = false,
  max,
}: {
  list: RequestView[] | undefined;
  current: number | null;
  crowd?: number;
  alwaysCompact?: boolean;
  max?: number;
}) {
  if (!list || list.length === 0) return null;
  const { items, more } = capTokens(list, current, max);
  const crowded = alwaysCompact || list.length > crowd;
  return (
    <div className="stage-tokens">
      {items.map((r) => (
        <Token
          key={r.rid}
          r={r}
          current={r.rid === current}
          compact={crowded && r.rid !== current}
        />
      ))}
      {more > 0 ? <span className="stage-more">+{more}</span> : null}
    </div>
  );
}
