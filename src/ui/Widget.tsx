/**
 * The reusable root of one explainer (the full site has one; each embed has
 * its own): one session (world, timeline, cursor), the theme and language on
 * the root element, reduced motion honoured, keyboard shortcuts while focus
 * is inside, and the playback loop. Live requests join the timeline through
 * the session; using the widget makes its session the one that answers.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { SessionProvider } from '../session/context';
import type { SessionRouter } from '../session/router';
import { createSession, type Session } from '../session/session';
import type { SceneId } from '../sim/types';
import type { ExplainerState, Lang, Range, Theme } from '../store/explainerStore';
import { Controls, type ControlsMode } from './controls/Controls';
import { DroppedNotice } from './controls/DroppedNotice';
import { ErrorBoundary } from './ErrorBoundary';
import { handleWidgetKey } from './controls/keys';
import { usePlayback } from './controls/usePlayback';
import { Narration } from './panels/Narration';
import { StageSlot } from './StageSlot';
import { scenes } from '../scenes';
import './widget.css';

export interface WidgetProps {
  /** Use this session (the entries create it to sync the URL); otherwise one is created from the props below. */
  session?: Session;
  /** The page's router: the widget attaches its session and claims it when the learner uses it. */
  router?: SessionRouter | null;
  scene?: SceneId;
  step?: number;
  lang?: Lang;
  theme?: Theme;
  speed?: number;
  range?: Range | null;
  controls?: ControlsMode;
  /** Rendered above the stage (the site's header, an embed's title). */
  header?: ReactNode;
  /** Rendered below the controls (lesson, panels, form). */
  children?: ReactNode;
  className?: string;
  /** Accessible name of the widget region. */
  label?: string;
}

const selectTheme = (s: ExplainerState) => s.theme;
const selectLang = (s: ExplainerState) => s.lang;
const selectScene = (s: ExplainerState) => s.scene;

export function Widget(props: WidgetProps) {
  const [own] = useState(() => props.session ?? createSession(props));
  const session = props.session ?? own;
  const store = session.store;
  const router = props.router ?? null;
  const theme = useStore(store, selectTheme);
  const lang = useStore(store, selectLang);
  const scene = useStore(store, selectScene);

  usePlayback(store);
  useEffect(() => router?.attach(session), [router, session]);
  const claim = () => router?.use(session);

  return (
    <SessionProvider session={session} router={router}>
      <div
        className={`widget ${props.className ?? ''}`.trim()}
        data-theme={theme}
        lang={lang}
        tabIndex={0}
        role="region"
        aria-label={props.label}
        onKeyDown={(e) => handleWidgetKey(e, store.getState())}
        onFocus={claim}
        onPointerDown={claim}
      >
        {props.header}
        <div className="widget-stage">
          <ErrorBoundary name="stage" resetKey={scene}>
            <StageSlot />
          </ErrorBoundary>
        </div>
        {scenes[scene].figure !== 'lab' && (
          <ErrorBoundary name="narration" resetKey={scene}>
            <Narration />
          </ErrorBoundary>
        )}
        <Controls mode={props.controls ?? 'full'} />
        <DroppedNotice />
        {props.children}
      </div>
    </SessionProvider>
  );
}
