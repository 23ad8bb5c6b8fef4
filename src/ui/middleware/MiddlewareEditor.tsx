/**
 * The middleware scene's stack editor: the scene's layers, outermost first,
 * each with a switch and move outward/inward buttons (keyboard and screen
 * reader friendly; no drag). Any change runs the scene again on the edited
 * stack (see apply.ts), so the onion, the environ and the headers follow.
 */
import { useEffect, useRef, useState } from 'react';
import type { MiddlewareKind } from '../../sim/types';
import { useSession } from '../../session/context';
import { useExplainer } from '../../store/context';
import type { ExplainerState, StackLayer } from '../../store/explainerStore';
import { addDictionary, useT } from '../i18n';
import { en as mwEn, ko as mwKo } from '../i18n/middleware';
import { applyStack, resetStack, SCENE_APP, SCENE_SPECS, sceneStack } from './apply';
import { descKey, describeVars } from './describe';
import { moveLayer, toggleLayer } from './stack';
import './middleware.css';

// The editor's strings load with it, not in every page's first frame.
addDictionary({ en: mwEn, ko: mwKo });

const selectScene = (s: ExplainerState) => s.scene;
const selectStack = (s: ExplainerState) => s.stack;
const selectOverride = (s: ExplainerState) => s.siteOverride;

const specOf = (kind: MiddlewareKind) => SCENE_SPECS.find((s) => s.kind === kind);

export function MiddlewareEditor() {
  const scene = useExplainer(selectScene);
  if (scene !== 'middleware') return null;
  return <Editor />;
}

function Editor() {
  const t = useT();
  const { session } = useSession();
  const edited = useExplainer(selectStack);
  const stack: StackLayer[] = edited ?? sceneStack();
  const on = stack.filter((l) => l.on).length;
  const [moved, setMoved] = useState<{ kind: MiddlewareKind; delta: -1 | 1 } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  // Reordering moves DOM nodes, which can drop focus: put it back on the moved layer's button.
  useEffect(() => {
    if (!moved) return;
    const same = buttons.current.get(`${moved.kind}:${moved.delta}`);
    const other = buttons.current.get(`${moved.kind}:${-moved.delta}`);
    const target = same && !same.disabled ? same : other;
    if (target && document.activeElement !== target) target.focus();
  }, [moved, edited]);

  const keep = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };

  const change = (next: StackLayer[]) => applyStack(session, next);
  const move = (kind: MiddlewareKind, delta: -1 | 1) => {
    change(moveLayer(stack, kind, delta));
    setMoved({ kind, delta });
  };
  const position = moved ? stack.findIndex((l) => l.kind === moved.kind) + 1 : 0;

  return (
    <section className="ui-card mw-editor" aria-labelledby="mw-editor-title">
      <header className="mw-editor-head">
        <h2 id="mw-editor-title" className="mw-editor-title">
          {t('mw.title')}
        </h2>
        <span className="mw-editor-count">{t('mw.count', { on, n: stack.length })}</span>
        <button
          type="button"
          className="mw-reset"
          onClick={() => resetStack(session)}
          disabled={edited === null}
        >
          {t('mw.reset')}
        </button>
      </header>
      <p className="mw-editor-hint">{t('mw.hint')}</p>
      <div className="mw-edge">{t('mw.server')}</div>
      <ol className="mw-layers">
        {stack.map((layer, i) => {
          const id = `mw-desc-${layer.kind}`;
          return (
            <li
              key={layer.kind}
              className={layer.on ? 'mw-layer' : 'mw-layer is-off'}
              data-kind={layer.kind}
            >
              <label className="mw-switch">
                <input
                  type="checkbox"
                  role="switch"
                  checked={layer.on}
                  aria-label={t('mw.layer', { kind: layer.kind })}
                  aria-describedby={id}
                  onChange={(e) => {
                    setMoved(null);
                    change(toggleLayer(stack, layer.kind, e.currentTarget.checked));
                  }}
                />
                <span className="ui-switch-track mw-switch-track" aria-hidden="true" />
              </label>
              <div className="mw-layer-text">
                <span className="mw-layer-name">
                  {layer.kind}
                  {layer.on ? null : <span className="mw-layer-off">{t('mw.off')}</span>}
                </span>
                <span className="mw-layer-desc" id={id}>
                  {t(descKey(layer.kind), describeVars(specOf(layer.kind)))}
                </span>
              </div>
              <div className="mw-moves">
                <button
                  type="button"
                  className="mw-move"
                  aria-label={t('mw.outward', { kind: layer.kind })}
                  title={t('mw.outward', { kind: layer.kind })}
                  disabled={i === 0}
                  ref={keep(`${layer.kind}:-1`)}
                  onClick={() => move(layer.kind, -1)}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  className="mw-move"
                  aria-label={t('mw.inward', { kind: layer.kind })}
                  title={t('mw.inward', { kind: layer.kind })}
                  disabled={i === stack.length - 1}
                  ref={keep(`${layer.kind}:1`)}
                  onClick={() => move(layer.kind, 1)}
                >
                  <span aria-hidden="true">↓</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="mw-edge">{on === 0 ? t('mw.none') : t('mw.app', { app: SCENE_APP })}</div>
      <p className="visually-hidden" role="status">
        {moved && position > 0
          ? t('mw.moved', { kind: moved.kind, n: position, total: stack.length })
          : ''}
      </p>
    </section>
  );
}

/** Shown above the lesson while the stack is edited: the lesson's anchors are on the default stack. */
export function StackNotice() {
  const t = useT();
  const { session } = useSession();
  const scene = useExplainer(selectScene);
  const override = useExplainer(selectOverride);
  if (scene !== 'middleware' || override === null) return null;
  return (
    <div className="mw-notice" role="note">
      <p>{t('mw.edited')}</p>
      <button type="button" className="mw-reset" onClick={() => resetStack(session)}>
        {t('mw.reset')}
      </button>
    </div>
  );
}
