/**
 * The stage: one picture, reused by every scene, of the path a request
 * travels (clients → web server → listener → processes → WSGI server →
 * middleware → app, and back). Everything drawn is computed from the
 * snapshot at the current step; request tokens are placed from data
 * (tokenPlaces.ts) in an overlay and travel by animating their transform.
 * Under them the path is drawn as wires (wirePlaces.ts, from the same
 * measured rects), the stretch the current request is on lit (wireTravel.ts);
 * a token moving from one station to another travels along them (tokenRoute.ts).
 */
import { useReducedMotion } from 'framer-motion';
import { useMemo, useRef, type JSX } from 'react';
import { useExplainer, useSnapshot } from '../../store/context';
import type { ExplainerState } from '../../store/explainerStore';
import { scenarios } from '../../sim/scenarios/scenes';
import type { SceneId, SiteConfig } from '../../sim/types';
import { Dispatch } from './Dispatch';
import { layoutOf } from './layout';
import { Listener } from './Listener';
import { appDoing } from './appDoing';
import { Onion } from './Onion';
import { RushBadge } from './RushBadge';
import { boxOf, placeAll, queueSlots, visibleProcesses } from './placement';
import { Link, Station } from './Station';
import { useNarration } from '../narrate';
import { describe, translator } from './summary';
import { AreaFlows, TokenArea, TokenLayer } from './Token';
import { flowAll, NARROW, NARROW_BELOW, placeTokens, tokenAreas, WIDE } from './tokenPlaces';
import { useAreaRects } from './useAreaRects';
import { travelOf } from './wireTravel';
import { holderOf, wireSegments, wireStops } from './wirePlaces';
import { Wires } from './Wires';
import { Wsgi } from './Wsgi';
import './Stage.css';
import './StageParts.css';

const selectLang = (s: ExplainerState) => s.lang;
const selectPlayer = (s: ExplainerState) => s.player;
const selectVersion = (s: ExplainerState) => s.version;
/** Places where the WSGI server holds the request (its facts are shown only then). */
const PYTHON_SIDE = new Set(['wsgi', 'middleware', 'app']);
const selectScene = (s: ExplainerState) => s.scene;
const selectSiteOverride = (s: ExplainerState) => s.siteOverride;

function sceneSite(scene: SceneId): SiteConfig | undefined {
  return (scenarios as Partial<Record<SceneId, { site: SiteConfig }>>)[scene]?.site;
}

export function Stage({ site }: { site?: SiteConfig } = {}): JSX.Element {
  const snap = useSnapshot();
  const lang = useExplainer(selectLang);
  const player = useExplainer(selectPlayer);
  const version = useExplainer(selectVersion);
  const scene = useExplainer(selectScene);
  // A learner-edited site (the middleware editor) is drawn instead of the scene's own.
  const siteOverride = useExplainer(selectSiteOverride);
  const config = site ?? siteOverride ?? sceneSite(scene);
  // version: a live request appends events to the same player.
  const layout = useMemo(() => layoutOf(player, config), [player, version, config]); // eslint-disable-line react-hooks/exhaustive-deps
  const figureRef = useRef<HTMLElement>(null);
  const rects = useAreaRects(figureRef);
  const t = translator(lang);
  // The spoken summary and the tokens' titles word troubles in the learner's language.
  useNarration(lang);

  const { shown: procs, more } = visibleProcesses(snap, layout);
  const boxes = placeAll(snap, layout, procs);
  const current = snap.event?.rid ?? null;
  const focus = current !== null ? (snap.requests[current] ?? null) : null;
  const currentBox = focus ? boxOf(focus, snap, layout, procs) : null;
  const inDispatch =
    currentBox !== null &&
    (currentBox === 'dispatch' ||
      currentBox.startsWith('proc:') ||
      currentBox.startsWith('thread:'));
  const label = describe(snap, layout, lang);
  const answered = boxes.get('done');
  const metrics = rects.width > 0 && rects.width < NARROW_BELOW ? NARROW : WIDE;
  const flows = flowAll(tokenAreas(boxes, queueSlots(snap, layout)), rects.areas, current, metrics);
  const placed = placeTokens(flows, rects.areas);
  const reduce = useReducedMotion() ?? false;
  const worker = holderOf(focus, rects.boxes);
  const stops = wireStops(layout, worker);
  const segments = wireSegments(stops, rects.boxes, metrics === NARROW);
  const travel =
    focus && currentBox
      ? travelOf(
          snap.event,
          focus.direction,
          currentBox,
          stops.map((s) => s.id),
        )
      : null;
  const chunk = travel?.chunk;
  const chunkLabel = chunk
    ? chunk.bytes === 0
      ? "b''"
      : t('stage.wsgi.bytes', { n: chunk.bytes })
    : null;

  return (
    <figure
      ref={figureRef}
      className={current !== null ? 'stage has-current' : 'stage'}
      role="img"
      aria-label={label}
      data-step={snap.index}
      data-scene={scene}
    >
      <AreaFlows.Provider value={flows}>
        <div className="stage-path" aria-hidden="true">
          <Station
            id="clients"
            kind="clients"
            title={t('stage.clients')}
            active={currentBox === 'clients' || currentBox === 'done'}
          >
            <TokenArea id="clients" />
            {answered && answered.length > 0 ? (
              <div className="stage-answered" data-box="done">
                <div className="stage-caption">{t('stage.clients.answered')}</div>
                <TokenArea id="done" />
              </div>
            ) : null}
          </Station>
          {layout.web ? (
            <>
              <Link />
              <Station
                id="web"
                kind="web"
                title={layout.proxies ? t('stage.web.proxy') : t('stage.web')}
                sub={<span className="stage-mono">{layout.webName}</span>}
                active={currentBox === 'web'}
              >
                <div className="stage-caption">
                  {layout.proxies ? t('stage.web.note') : t('stage.web.static')}
                </div>
                <TokenArea id="web" />
              </Station>
            </>
          ) : null}
          {layout.listener ? (
            <>
              <Link />
              <Listener
                snap={snap}
                layout={layout}
                boxes={boxes}
                active={currentBox === 'queue' || currentBox === 'listener'}
                t={t}
              />
            </>
          ) : null}
          {layout.dispatch ? (
            <>
              <Link />
              <Dispatch
                snap={snap}
                layout={layout}
                procs={procs}
                more={more}
                boxes={boxes}
                current={current}
                active={inDispatch}
                t={t}
              />
            </>
          ) : null}
          {layout.wsgi ? (
            <>
              <Link />
              <Wsgi
                name={layout.wsgiName}
                focus={focus && focus.environ && PYTHON_SIDE.has(focus.place) ? focus : null}
                active={currentBox === 'wsgi'}
                t={t}
              />
            </>
          ) : null}
          {layout.app ? (
            <>
              <Link />
              <Onion
                layers={layout.layers}
                appName={layout.appName}
                boxes={boxes}
                current={current}
                currentBox={currentBox}
                direction={focus?.direction ?? null}
                turn={travel?.turn ?? null}
                doing={
                  snap.event?.type === 'app.step' && currentBox === 'app'
                    ? appDoing(snap.event.note)
                    : null
                }
                t={t}
              />
            </>
          ) : null}
        </div>
        <Wires
          segments={segments}
          travel={travel}
          holder={worker.box}
          step={snap.index}
          reduce={reduce}
          chunkLabel={chunkLabel}
        />
        <TokenLayer
          tokens={placed.tokens}
          more={placed.more}
          path={{ stops, segments, boxes: rects.boxes }}
        />
      </AreaFlows.Provider>
      <RushBadge t={t} lang={lang} />
    </figure>
  );
}
