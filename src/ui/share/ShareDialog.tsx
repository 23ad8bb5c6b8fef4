/**
 * The Share / Embed dialog: options → the embed snippet, a deep link, and a
 * live preview of the frame. A native modal <dialog>: focus stays inside, Esc
 * closes, focus returns to the button that opened it.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import {
  embedUrl,
  deepLink,
  siteRootOf,
  snippetHtml,
  type SnippetOptions,
} from '../../embed/snippet';
import { positionOf } from '../../store/beats';
import { useExplainerStore } from '../../store/context';
import type { Lang, Theme } from '../../store/explainerStore';
import type { ControlsMode } from '../controls/Controls';
import { copyText } from './copy';
import { useShareT } from './useShareT';
import { usePreviewHeight } from './usePreviewHeight';
import './share.css';

const THEMES: Theme[] = ['auto', 'light', 'dark'];
const CONTROLS: ControlsMode[] = ['full', 'compact', 'none'];

function Field({ label, children, hint }: { label: string; children: ReactNode; hint?: string }) {
  return (
    <label className="share-field">
      <span>{label}</span>
      {children}
      {hint && <small>{hint}</small>}
    </label>
  );
}

/** 1-based step number (0 = empty stage) typed by the reader → step index, clamped to the trace. */
function toIndex(value: string, length: number): number {
  const n = Math.trunc(Number(value));
  if (!Number.isFinite(n)) return -1;
  return Math.max(-1, Math.min(length - 1, n - 1));
}

export function ShareDialog({ onClose }: { onClose: () => void }) {
  const t = useShareT();
  const store = useExplainerStore();
  const ref = useRef<HTMLDialogElement>(null);
  const snippetRef = useRef<HTMLTextAreaElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const [siteUrl] = useState(() => siteRootOf(window.location.href));
  // By beat, the numbers typed here are beats (step 3 is the third beat); otherwise events.
  const [byBeat] = useState(() => store.getState().beats.length > 0);
  const [length] = useState(() => {
    const s = store.getState();
    return byBeat ? s.beats.length : s.length;
  });
  const [o, setO] = useState<SnippetOptions>(() => {
    const s = store.getState();
    return {
      scene: s.scene,
      step: byBeat ? positionOf(s.beats, s.goal ?? s.step) - 1 : s.step,
      from: null,
      to: null,
      lang: s.lang,
      theme: s.theme,
      controls: 'full',
      autoplay: false,
    };
  });
  const [status, setStatus] = useState('');
  const [previewRef, previewHeight] = usePreviewHeight();
  const set = (patch: Partial<SnippetOptions>) => setO((prev) => ({ ...prev, ...patch }));

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  const locked = o.from !== null;
  // A link's step is a beat position (0: the empty stage), one more than the index edited here.
  const out: SnippetOptions = byBeat
    ? {
        ...o,
        step: o.step + 1,
        from: o.from === null ? null : o.from + 1,
        to: o.to === null ? null : o.to + 1,
      }
    : o;
  const code = snippetHtml(siteUrl, out);
  const link = deepLink(siteUrl, out);
  const copy = async (text: string, field: HTMLTextAreaElement | HTMLInputElement | null) => {
    setStatus((await copyText(text, field)) ? t('share.copied') : t('share.copyFailed'));
  };

  return (
    <dialog
      ref={ref}
      className="share-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      // Keys typed here are the dialog's: never the widget's playback shortcuts.
      onKeyDown={(e) => e.stopPropagation()}
      onClick={(e) => {
        if (e.target === ref.current) ref.current.close(); // a click on the backdrop
      }}
    >
      <div className="share-body">
        <div className="share-head">
          <h2 id={titleId}>{t('share.title')}</h2>
          <button
            type="button"
            className="share-close"
            onClick={() => ref.current?.close()}
            aria-label={t('share.close')}
          >
            ×
          </button>
        </div>
        <fieldset className="share-options">
          <legend>{t('share.options')}</legend>
          <Field label={t('share.start')} hint={t('share.startHint')}>
            <input
              type="number"
              min={0}
              max={length}
              value={o.step + 1}
              onChange={(e) => set({ step: toIndex(e.currentTarget.value, length) })}
            />
          </Field>
          <label className="share-check">
            <input
              type="checkbox"
              checked={locked}
              onChange={(e) =>
                set(
                  e.currentTarget.checked
                    ? { from: Math.max(0, o.step), to: Math.max(0, length - 1) }
                    : { from: null, to: null },
                )
              }
            />
            {t('share.lock')}
          </label>
          {locked && (
            <div className="share-range">
              <Field label={t('share.from')}>
                <input
                  type="number"
                  min={1}
                  max={length}
                  value={(o.from ?? 0) + 1}
                  onChange={(e) =>
                    set({ from: Math.max(0, toIndex(e.currentTarget.value, length)) })
                  }
                />
              </Field>
              <Field label={t('share.to')}>
                <input
                  type="number"
                  min={1}
                  max={length}
                  value={(o.to ?? 0) + 1}
                  onChange={(e) => set({ to: Math.max(0, toIndex(e.currentTarget.value, length)) })}
                />
              </Field>
            </div>
          )}
          <Field label={t('share.lang')}>
            <select value={o.lang} onChange={(e) => set({ lang: e.currentTarget.value as Lang })}>
              <option value="en">English</option>
              <option value="ko">한국어</option>
            </select>
          </Field>
          <Field label={t('share.theme')}>
            <select
              value={o.theme}
              onChange={(e) => set({ theme: e.currentTarget.value as Theme })}
            >
              {THEMES.map((th) => (
                <option key={th} value={th}>
                  {t(`share.theme.${th}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('share.controls')}>
            <select
              value={o.controls}
              onChange={(e) => set({ controls: e.currentTarget.value as ControlsMode })}
            >
              {CONTROLS.map((c) => (
                <option key={c} value={c}>
                  {t(`share.controls.${c}`)}
                </option>
              ))}
            </select>
          </Field>
          <label className="share-check">
            <input
              type="checkbox"
              checked={o.autoplay}
              onChange={(e) => set({ autoplay: e.currentTarget.checked })}
            />
            {t('share.autoplay')}
          </label>
        </fieldset>

        <Field label={t('share.snippet')} hint={t('share.snippetHint')}>
          <textarea
            ref={snippetRef}
            className="share-code"
            readOnly
            rows={5}
            value={code}
            onFocus={(e) => e.currentTarget.select()}
          />
        </Field>
        <div className="share-actions">
          <button
            type="button"
            className="share-primary"
            onClick={() => void copy(code, snippetRef.current)}
          >
            {t('share.copy')}
          </button>
          <span className="share-status" role="status">
            {status}
          </span>
        </div>
        <p className="share-note">{t('share.sandboxHint')}</p>
        <Field label={t('share.link')}>
          <span className="share-link-row">
            <input ref={linkRef} readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" onClick={() => void copy(link, linkRef.current)}>
              {t('share.copyLink')}
            </button>
          </span>
        </Field>

        <h3 className="share-preview-title">{t('share.preview')}</h3>
        <iframe
          ref={previewRef}
          className="share-preview"
          title={t('share.preview')}
          src={embedUrl(siteUrl, { ...out, autoplay: false })}
          style={{ height: previewHeight }}
        />
      </div>
    </dialog>
  );
}
