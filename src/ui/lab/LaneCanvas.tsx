/** The lane's picture, redrawn when the cursor moves (store subscription; no React render per frame). */
import { useEffect, useRef } from 'react';
import type { LaneRun } from '../../lab/types';
import { useExplainerStore } from '../../store/context';
import type { Theme } from '../../store/explainerStore';
import { drawLane, readPalette, type LaneShape, type Palette } from './drawLane';
import { frameAt } from './format';

const HEIGHT = 112;

export function LaneCanvas({
  lane,
  shape,
  theme,
  label,
}: {
  lane: LaneRun;
  shape: LaneShape;
  theme: Theme;
  label: string;
}) {
  const cursor = useExplainerStore();
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    let pal: Palette = readPalette(el);
    let width = 0;
    let raf = 0;
    const draw = () => {
      raf = 0;
      drawLane(ctx, width, HEIGHT, frameAt(lane, cursor.getState().step), shape, pal);
    };
    const request = () => {
      if (raf === 0) raf = requestAnimationFrame(draw);
    };
    const resize = () => {
      const dpr = Math.min(2, window.devicePixelRatio || 1);
      width = Math.max(80, Math.round(el.clientWidth));
      el.width = Math.round(width * dpr);
      el.height = Math.round(HEIGHT * dpr);
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      pal = readPalette(el);
      draw();
    };
    const ro = new ResizeObserver(resize);
    ro.observe(el);
    resize();
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    const onScheme = () => {
      pal = readPalette(el);
      request();
    };
    media?.addEventListener?.('change', onScheme);
    const unsubscribe = cursor.subscribe((s, prev) => {
      if (s.step !== prev.step || s.version !== prev.version) request();
    });
    return () => {
      unsubscribe();
      ro.disconnect();
      media?.removeEventListener?.('change', onScheme);
      if (raf) cancelAnimationFrame(raf);
    };
  }, [cursor, lane, shape, theme]);

  return (
    <canvas
      ref={canvas}
      className="lab-canvas"
      style={{ height: HEIGHT }}
      role="img"
      aria-label={label}
    />
  );
}
