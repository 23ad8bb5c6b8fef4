/**
 * The embed entry (embed.html): one scene, its own store, and the sizing
 * protocol with the host page. The simulated server starts after the first
 * frame, so msw (loaded lazily by startServer, and only where a Service
 * Worker is usable) never delays the picture.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createRouter } from '../session/router';
import { createSession } from '../session/session';
import { preloadStage } from '../ui/StageSlot';
import '../ui/theme.css';
import '../ui/panels/panels.css';
import { syncPageTheme } from '../ui/pageTheme';
import { loopPlayback, prefersReducedMotion } from './autoplay';
import { EmbedApp } from './EmbedApp';
import { parseEmbedParams, parseWordPressSecret } from './params';
import { watchHeight } from './watchHeight';
import { frameTitle, siteRootOf } from './snippet';

// The stage's chunk is fetched while the first frame renders (it paints the stage's frame meanwhile).
preloadStage();
const params = parseEmbedParams(window.location.search, navigator.language);
const session = createSession(params);
const router = createRouter();
router.attach(session);
// Autoplay loops until the reader takes over; with reduced motion it shows the last frame instead (and Replay without controls).
const still = params.autoplay && prefersReducedMotion();
const stopLoop = params.autoplay && !still ? loopPlayback(session.store) : () => {};
// Once the trace is there: a play() before it would stop at once on the empty timeline.
if (params.autoplay)
  void session
    .ready()
    .then(() => (still ? session.store.getState().toEnd() : session.store.getState().play()));
document.documentElement.lang = params.lang;
syncPageTheme(session.store, document.documentElement);
document.title = frameTitle(params.scene, params.lang);
// The page's colour scheme must match what the host's iframe element expects,
// or the browser paints the frame's canvas opaque (white corners on a dark blog).
document.documentElement.style.colorScheme = params.theme === 'auto' ? 'light dark' : params.theme;

const frame = { id: params.id, secret: parseWordPressSecret(window.location.hash) };
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <EmbedApp
        session={session}
        router={router}
        controls={params.controls}
        siteUrl={siteRootOf(window.location.href)}
        replay={still && params.controls === 'none'}
        frame={frame}
      />
    </StrictMode>,
  );
  for (const type of ['pointerdown', 'keydown'] as const)
    root.addEventListener(type, stopLoop, { once: true });
  watchHeight(root, frame);
}

// After the first frame, its code too; a frame off screen gets no animation
// frames (Chrome throttles hidden cross-site frames), so a timer starts it there.
const start = () => void import('../server').then((m) => m.startServer(router));
requestAnimationFrame(() => setTimeout(start, 0));
setTimeout(start, 250);
