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
  return (
    <div
      className={here ? 'stage-layer is-active' : 'stage-layer'}
      data-box={id}
      data-kind={layer.kind}
      style={{ background: `var(--layer-${(at % 5) + 1})` }}
    >
      <div className="stage-layer-head">
        <span className="stage-mono stage-layer-name">{layer.kind}</span>
        {here && direction ? (
          <span className="stage-layer-dir" aria-hidden="true">
            {direction === 'in' ? '↓' : '↑'}
          </span>
        ) : null}
        <TokenArea id={id} />
      </div>
      <Ring {...props} at={at + 1} />
    </div>
  );
}
