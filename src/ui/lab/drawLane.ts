/**
 * The compact picture of a lane at a frame, on a 2D canvas: one cell per
 * worker process (fill = requests it serves / what it can hold), the accept
 * queue as a bar, the busy cores as dots. Tokens are aggregated; the exact
 * figures are in the table beside it.
 */
import type { LabFrame } from '../../lab/types';

export interface Palette {
  text: string;
  muted: string;
  border: string;
  surface: string;
  fill: string;
  warn: string;
  err: string;
  ok: string;
}

export function readPalette(el: Element): Palette {
  const cs = getComputedStyle(el);
  const v = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
  return {
    text: v('--text', '#1d1c1a'),
    muted: v('--text-muted', '#5f5b52'),
    border: v('--border', '#dcd8cd'),
    surface: v('--surface-2', '#f2f0ea'),
    fill: v('--accent', '#2f5fd0'),
    warn: v('--warn', '#a35c00'),
    err: v('--err', '#b3261e'),
    ok: v('--ok', '#1f7a4d'),
  };
}

export interface LaneShape {
  capacity: number;
  backlog: number;
  cores: number;
  maxCells: number;
}

/** Draws in CSS pixels (the caller has scaled the context for the device pixel ratio). */
export function drawLane(
  ctx: CanvasRenderingContext2D,
  w: number,
  h: number,
  f: LabFrame | null,
  shape: LaneShape,
  pal: Palette,
): void {
  ctx.clearRect(0, 0, w, h);
  const queueH = 10;
  const coresH = 10;
  const gridH = h - queueH - coresH - 12;
  const workers = f?.workers ?? [];
  const n = Math.min(workers.length, shape.maxCells);
  // Cells: the biggest square size (28 px at most) at which all of them fit the grid.
  const gap = n > 60 ? 1 : 3;
  let size = 28;
  let cols = 1;
  for (; size > 2; size--) {
    cols = Math.max(1, Math.floor((w + gap) / (size + gap)));
    if (Math.ceil(n / cols) * (size + gap) - gap <= gridH) break;
  }
  for (let i = 0; i < n; i++) {
    const cx = (i % cols) * (size + gap);
    const cy = Math.floor(i / cols) * (size + gap);
    if (cy + size > gridH) break;
    const load = workers[i] / Math.max(1, shape.capacity);
    ctx.fillStyle = pal.surface;
    ctx.fillRect(cx, cy, size, size);
    if (workers[i] > 0) {
      // At least a sliver for one request on a 1,000-connection loop.
      const filled = Math.max(
        size * 0.2,
        size *
          Math.min(
            1,
            shape.capacity > 50
              ? Math.log10(1 + workers[i]) / Math.log10(1 + shape.capacity)
              : load,
          ),
      );
      ctx.fillStyle = pal.fill;
      ctx.fillRect(cx, cy + size - filled, size, filled);
    }
    if (size >= 6) {
      ctx.strokeStyle = pal.border;
      ctx.lineWidth = 1;
      ctx.strokeRect(cx + 0.5, cy + 0.5, size - 1, size - 1);
    }
  }
  if (workers.length > n) {
    ctx.fillStyle = pal.muted;
    ctx.font = '12px system-ui, sans-serif';
    ctx.textBaseline = 'bottom';
    ctx.fillText(`+${workers.length - n}`, Math.max(0, w - 30), gridH);
  }
  // The listen queue against the backlog (a thin floor so a short queue shows); red when full.
  const qy = gridH + 6;
  ctx.fillStyle = pal.surface;
  ctx.fillRect(0, qy, w, queueH);
  const q = f?.queued ?? 0;
  if (q > 0) {
    const frac = Math.min(1, q / Math.max(1, shape.backlog));
    ctx.fillStyle = frac >= 1 ? pal.err : frac > 0.5 ? pal.warn : pal.warn;
    ctx.fillRect(0, qy, Math.max(3, w * frac), queueH);
  }
  ctx.strokeStyle = pal.border;
  ctx.strokeRect(0.5, qy + 0.5, w - 1, queueH - 1);
  // Cores: filled dots = busy running Python.
  const cy = qy + queueH + 6;
  const busy = f?.coresBusy ?? 0;
  for (let i = 0; i < shape.cores; i++) {
    ctx.beginPath();
    ctx.arc(5 + i * 14, cy + 4, 4, 0, Math.PI * 2);
    ctx.fillStyle = i < busy ? pal.ok : pal.surface;
    ctx.fill();
    ctx.strokeStyle = pal.border;
    ctx.stroke();
  }
}
