/**
 * The rects of the stage's token areas, in the figure's coordinates, measured
 * when the layout changes: a ResizeObserver watches the figure, its boxes and
 * token areas (an area appearing or growing a row, the window resizing), and
 * measures them all in its callback, where layout is already clean. Stepping
 * itself measures nothing. Scrolling a station's body measures again.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { Rect } from './tokenPlaces';

export interface AreaRects {
  /** The figure's width (0 before the first measurement). */
  width: number;
  areas: Record<string, Rect>;
  /** The boxes' rects (stations, processes, threads, layers), for the wires. */
  boxes: Record<string, Rect>;
  /** The figure's height. */
  height: number;
}

const EMPTY: AreaRects = { width: 0, height: 0, areas: {}, boxes: {} };
const WATCHED = '[data-area], [data-box], [data-watch]';

function sameRects(a: Record<string, Rect>, b: Record<string, Rect>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => {
    const p = a[k];
    const q = b[k];
    return (
      q !== undefined &&
      p.x === q.x &&
      p.y === q.y &&
      p.w === q.w &&
      p.h === q.h &&
      p.clip?.[0] === q.clip?.[0] &&
      p.clip?.[1] === q.clip?.[1]
    );
  });
}

function same(a: AreaRects, b: AreaRects): boolean {
  return (
    a.width === b.width &&
    a.height === b.height &&
    sameRects(a.areas, b.areas) &&
    sameRects(a.boxes, b.boxes)
  );
}

function measure(figure: HTMLElement): AreaRects {
  const base = figure.getBoundingClientRect();
  const bands = new Map<Element, [number, number]>();
  const rectOf = (el: HTMLElement): Rect => {
    const r = el.getBoundingClientRect();
    // A station's body scrolls when its content is taller: tokens scrolled out of it are hidden.
    const body = el.parentElement?.closest('.stage-station-body');
    let band = body ? bands.get(body) : undefined;
    if (body && !band) {
      const b = body.getBoundingClientRect();
      band = [Math.round(b.top - base.top), Math.round(b.bottom - base.top)];
      bands.set(body, band);
    }
    return {
      x: Math.round(r.left - base.left),
      y: Math.round(r.top - base.top),
      w: Math.floor(r.width),
      h: Math.round(r.height),
      clip: band,
    };
  };
  const areas: Record<string, Rect> = {};
  for (const el of figure.querySelectorAll<HTMLElement>('[data-area]:not(.is-empty)'))
    areas[el.dataset.area!] = rectOf(el);
  const boxes: Record<string, Rect> = {};
  for (const el of figure.querySelectorAll<HTMLElement>('[data-box]'))
    boxes[el.dataset.box!] = rectOf(el);
  return { width: Math.round(base.width), height: Math.round(base.height), areas, boxes };
}

export function useAreaRects(ref: RefObject<HTMLElement | null>): AreaRects {
  const [rects, setRects] = useState<AreaRects>(EMPTY);
  const observer = useRef<ResizeObserver | null>(null);
  const remeasure = useRef<(() => void) | null>(null);
  const watched = useRef(new Set<Element>());

  useLayoutEffect(() => {
    const figure = ref.current;
    if (!figure || typeof ResizeObserver === 'undefined') return;
    const update = () => {
      const next = measure(figure);
      // Drawn before the next paint: a token never shows at a stale place for a frame.
      flushSync(() => setRects((prev) => (same(prev, next) ? prev : next)));
    };
    const ro = new ResizeObserver(update);
    ro.observe(figure);
    observer.current = ro;
    remeasure.current = update;
    const seen = watched.current;
    figure.addEventListener('scroll', update, true);
    return () => {
      ro.disconnect();
      seen.clear();
      observer.current = null;
      figure.removeEventListener('scroll', update, true);
    };
  }, [ref]);

  // After every commit: watch the boxes and areas that appeared, let go of the gone ones.
  useLayoutEffect(() => {
    const figure = ref.current;
    const ro = observer.current;
    if (!figure || !ro) return;
    const now = new Set<Element>(figure.querySelectorAll(WATCHED));
    const seen = watched.current;
    let gone = false;
    for (const el of seen)
      if (!now.has(el)) {
        ro.unobserve(el);
        seen.delete(el);
        gone = true;
      }
    for (const el of now)
      if (!seen.has(el)) {
        ro.observe(el);
        seen.add(el);
      }
    // A box taken away (a process gone) can move the others without resizing any of them:
    // measure once more after the next layout (rare: not a step's ordinary work).
    if (gone) {
      const id = window.requestAnimationFrame(() => remeasure.current?.());
      return () => window.cancelAnimationFrame(id);
    }
  });

  return rects;
}
