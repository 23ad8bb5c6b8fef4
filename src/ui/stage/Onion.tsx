/**
 * The middleware onion with the application at its core: each layer is an
 * app to the layer outside it and a server to the layer inside it. A layer
 * lights up while the current request is in it, with the direction of travel.
 */
import type { RequestView } from '../../player/snapshot';
import type { StageKey } from '../i18n/stage';
import type { LayerInfo } from './layout';
import { TokenArea } from './Token';

type T = (key: StageKey, vars?: Record<string, string | number>) => string;

interface OnionProps {
  layers: LayerInfo[];
  appName: string;
  boxes: Map<string, RequestView[]>;
  current: number | null;
  /** Box id holding the current request, e.g. `layer:1` or `app`. */
  currentBox: string | null;
  direction: 'in' | 'out' | null;
  /** The framework code the app runs at this step (an `app.step`), shown in the app box. */
  doing: string | null;
  /** The layer (`layer:I`) that answers the request itself at this step: it turns around there. */
  turn?: string | null;
  t: T;
}

export function Onion(props: OnionProps) {
  const { layers, t, currentBox } = props;
  const active = currentBox === 'app' || (currentBox?.startsWith('layer:') ?? false);
  if (layers.length === 0) {
    // No middleware: the app is the box itself.
    return (
      <section
        className={
          active ? 'stage-station stage-station--app is-active' : 'stage-station stage-station--app'
        }
        data-box="app"
      >
        <header className="stage-station-head">
          <h3 className="stage-station-title">{t('stage.app')}</h3>
          <div className="stage-station-sub stage-mono">{props.appName}</div>
        </header>
        <div className="stage-station-body">
          <TokenArea id="app" />
          {props.doing && <code className="stage-app-doing">{props.doing}</code>}
        </div>
      </section>
    );
  }
  return (
    <section
      className={
        active
          ? 'stage-station stage-station--onion is-active'
          : 'stage-station stage-station--onion'
      }
      data-box="onion"
    >
      <header className="stage-station-head">
        <h3 className="stage-station-title">{t('stage.middleware')}</h3>
        <div className="stage-station-sub">{layers.length}</div>
      </header>
      <div className="stage-station-body">
        <Ring {...props} at={0} />
      </div>
    </section>
  );
}

function Ring(props: OnionProps & { at: number }) {
  const { layers, at, currentBox, direction, appName, t } = props;
  if (at >= layers.length) {
    const here = currentBox === 'app';
    return (
      <div className={here ? 'stage-app is-active' : 'stage-app'} data-box="app">
        <div className="stage-app-head">
          <span className="stage-app-title">{t('stage.app')}</span>
          <span className="stage-mono stage-app-name">{appName}</span>
        </div>
        <TokenArea id="app" />
        {here && props.doing && <code className="stage-app-doing">{props.doing}</code>}
      </div>
    );
  }
  const layer = layers[at];
  const id = `layer:${layer.index}`;
  const here = currentBox === id;
  const state = layerState(layers, at, currentBox);
  const turn = props.turn === id;
  const classes = ['stage-layer'];
  if (here) classes.push('is-active');
  if (state) classes.push(`is-${state}`);
  if (turn) classes.push('is-turn');
  return (
    <div
      className={classes.join(' ')}
      data-box={id}
      data-kind={layer.kind}
      data-layer={state ?? undefined}
      data-dir={state === 'around' && direction ? direction : undefined}
      style={{ background: `var(--layer-${(at % 5) + 1})` }}
    >
      <div className="stage-layer-head">
        <span className="stage-mono stage-layer-name">{layer.name ?? layer.kind}</span>
        {here && direction ? (
          <span className="stage-layer-dir" aria-hidden="true">
            {turn ? '↩' : direction === 'in' ? '↓' : '↑'}
          </span>
        ) : null}
        {turn ? <span className="stage-layer-turn">{t('stage.layer.turn')}</span> : null}
        <TokenArea id={id} />
      </div>
      <Ring {...props} at={at + 1} />
    </div>
  );
}

/**
 * While the current request is in the onion: the layers it is inside of
 * (`around`: entered on the way in, not yet left on the way back; outermost
 * first in, innermost first out) and the ones it is not in (`quiet`).
 */
export function layerState(
  layers: LayerInfo[],
  at: number,
  currentBox: string | null,
): 'around' | 'quiet' | null {
  if (currentBox === 'app') return 'around';
  if (!currentBox?.startsWith('layer:')) return null;
  const depth = layers.findIndex((l) => `layer:${l.index}` === currentBox);
  if (depth < 0) return null;
  return at <= depth ? 'around' : 'quiet';
}
