/**
 * One scene without the site's chrome: a one-line title with a link to the
 * full explainer, the stage, the controls and the narration. Built from the
 * same Widget as the site, so it has its own store.
 */
import { lazy, Suspense } from 'react';
import { PanelPlaceholder } from '../ui/python/PanelPlaceholder';
import type { StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { SessionRouter } from '../session/router';
import type { Session } from '../session/session';
import { linkStep } from '../store/beats';
import type { ExplainerState } from '../store/explainerStore';
import type { ControlsMode } from '../ui/controls/Controls';
import { sceneInfo } from '../ui/i18n/scenes';
import { Widget } from '../ui/Widget';
import { openFullExplainer } from './openLink';
import { ReplayButton } from './ReplayButton';
import { deepLink } from './snippet';
import './embed.css';

const OPEN: Record<ExplainerState['lang'], string> = {
  en: 'Open the full explainer',
  ko: '전체 해설에서 열기',
};

const selectHeader = (s: ExplainerState) => `${s.scene}|${s.lang}|${linkStep(s)}`;

interface HeaderProps {
  store: StoreApi<ExplainerState>;
  siteUrl: string;
  /** The frame's id and WordPress secret, for asking the host to open the link (openLink.ts). */
  frame: { id: string | null; secret: string | null };
}

function EmbedHeader({ store, siteUrl, frame }: HeaderProps) {
  useStore(store, selectHeader);
  const { scene, lang } = store.getState();
  const step = linkStep(store.getState());
  const href = deepLink(siteUrl, { scene, step, lang });
  return (
    <div className="embed-header">
      <p className="embed-title">{sceneInfo(scene).title[lang]}</p>
      <a
        className="embed-open"
        href={href}
        target="_blank"
        rel="noopener"
        onClick={(e) => {
          // A plain click goes through openFullExplainer (it works in a sandboxed frame too); modified clicks stay the browser's.
          if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
          e.preventDefault();
          void openFullExplainer(href, frame);
        }}
      >
        {OPEN[lang]} <span aria-hidden="true">↗</span>
      </a>
    </div>
  );
}

// "Your own Python" embeds its editor: its own chunk, loaded only in that scene.
const PythonSlot = lazy(() => import('../ui/python/PythonSlot'));

export function EmbedApp(props: {
  session: Session;
  router: SessionRouter;
  controls: ControlsMode;
  siteUrl: string;
  frame?: { id: string | null; secret: string | null };
  /** Show a Replay button under the figure (autoplay without controls, when the reader prefers reduced motion). */
  replay?: boolean;
}) {
  const store = props.session.store;
  const scene = useStore(store, (s) => s.scene);
  const lang = useStore(store, (s) => s.lang);
  return (
    <Widget
      session={props.session}
      router={props.router}
      className="embed"
      controls={props.controls}
      label={sceneInfo(scene).title[lang]}
      header={
        <EmbedHeader
          store={store}
          siteUrl={props.siteUrl}
          frame={props.frame ?? { id: null, secret: null }}
        />
      }
    >
      {props.replay ? <ReplayButton store={store} lang={lang} /> : null}
      {scene === 'python' ? (
        <Suspense fallback={<PanelPlaceholder lang={lang} />}>
          <PythonSlot />
        </Suspense>
      ) : null}
    </Widget>
  );
}
