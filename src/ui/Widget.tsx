/**
 * The reusable root of one explainer (the full site has one; each embed has
 * its own): one store, the theme and language on the root element, reduced
 * motion honoured, keyboard shortcuts while focus is inside, the playback
 * loop, and live requests joining the timeline.
 */
import { LazyMotion, MotionConfig } from 'framer-motion';
import { useEffect, useState, type ReactNode } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { SceneId } from '../sim/types';
import { ExplainerProvider } from '../store/context';
import {
  createExplainerStore,
  type ExplainerState,
  type Lang,
  type Range,
  type Theme,
} from '../store/explainerStore';
import { Controls, type ControlsMode } from './controls/Controls';
import { DroppedNotice } from './controls/DroppedNotice';
import { ErrorBoundary } from './ErrorBoundary';
import { handleWidgetKey } from './controls/keys';
import { usePlayback } from './controls/usePlayback';
import { useLiveRequests } from './form/useLiveRequests';
import { ensureSite, fillScene, traceFor } from './sceneData';
import { StageSlot } from './StageSlot';
import './widget.css';

export interface WidgetProps {
  /** Use this store (the app shell creates it to sync the URL); otherwise one is created from the props below. */
  store?: StoreApi<ExplainerState>;
  scene?: SceneId;
  step?: number;
  lang?: Lang;
  theme?: Theme;
  speed?: number;
  range?: Range | null;
  controls?: ControlsMode;
  /** Subscribe to the server bus so live requests join the timeline (default true). */
  live?: boolean;
  /** Rendered above the stage (the site's header, an embed's title). */
  header?: ReactNode;
  /** Rendered below the controls (lesson, panels, form). */
  children?: ReactNode;
  className?: string;
  /** Accessible name of the widget region. */
  label?: string;
}

export function createWidgetStore(
  p: Pick<WidgetProps, 'scene' | 'step' | 'lang' | 'theme' | 'speed' | 'range'>,
): StoreApi<ExplainerState> {
  const scene = p.scene ?? 'static';
  const events = traceFor(scene);
  const store = createExplainerStore({
    scene,
    events: events ?? [],
    ready: events !== null,
    lang: p.lang ?? 'en',
    theme: p.theme ?? 'auto',
    speed: p.speed ?? 1,
    range: p.range ?? null,
  });
  if (events) {
    if (p.step !== undefined) store.getState().seek(p.step);
  } else {
    // First frame now, trace a moment later (the engine loads after it).
    fillScene(store, scene, p.step);
  }
  return store;
}

const loadMotionFeatures = () => import('./motionFeatures').then((m) => m.default);

const selectTheme = (s: ExplainerState) => s.theme;
const selectLang = (s: ExplainerState) => s.lang;
const selectScene = (s: ExplainerState) => s.scene;

export function Widget(props: WidgetProps) {
  const [own] = useState(() => props.store ?? createWidgetStore(props));
  const store = props.store ?? own;
  const theme = useStore(store, selectTheme);
  const lang = useStore(store, selectLang);
  const scene = useStore(store, selectScene);

  usePlayback(store);
  useLiveRequests(store, props.live ?? true);
  useEffect(() => ensureSite(scene), [scene]);

  return (
    <ExplainerProvider store={store}>
      <LazyMotion features={loadMotionFeatures}>
        <MotionConfig reducedMotion="user">
          <div
            className={`widget ${props.className ?? ''}`.trim()}
            data-theme={theme}
            lang={lang}
            tabIndex={0}
            role="region"
            aria-label={props.label}
            onKeyDown={(e) => handleWidgetKey(e, store.getState())}
          >
            {props.header}
            <div className="widget-stage">
              <ErrorBoundary name="stage" resetKey={scene}>
                <StageSlot />
              </ErrorBoundary>
            </div>
            <Controls mode={props.controls ?? 'full'} />
            <DroppedNotice />
            {props.children}
          </div>
        </MotionConfig>
      </LazyMotion>
    </ExplainerProvider>
  );
}
