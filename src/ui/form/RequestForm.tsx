/**
 * "Send a request": a real fetch() to https://demo.test. The simulated server
 * answers it; its trace joins the timeline through the server bus.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useExplainer } from '../../store/context';
import type { ExplainerState } from '../../store/explainerStore';
import { useT } from '../i18n';
import { useSession } from '../../session/context';
import { examplesFor } from './examples';
import { showResponse, type ShownResponse } from './format';
import { ResponseView } from './ResponseView';
import {
  METHODS,
  validateForm,
  type FieldError,
  type FormErrors,
  type FormInput,
} from './validate';
import './form.css';

export type Outcome =
  { kind: 'response'; shown: ShownResponse } | { kind: 'network'; message: string } | null;

const selectScene = (s: ExplainerState) => s.scene;
const EMPTY: FormInput = { method: 'GET', url: 'https://demo.test/environ', headers: '', body: '' };

/**
 * After Send the learner watches their request travel: the widget's figure
 * (with its caption under it) scrolls into view, at once with reduced motion.
 */
function showFigure(from: HTMLElement | null): void {
  const figure = from?.closest('.widget')?.querySelector<HTMLElement>('.widget-stage');
  if (!figure || typeof figure.scrollIntoView !== 'function') return;
  const reduce =
    typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  figure.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
}

export function RequestForm({
  fetcher = (...a: Parameters<typeof fetch>) => fetch(...a),
}: {
  fetcher?: typeof fetch;
}) {
  const t = useT();
  const { session, router } = useSession();
  const scene = useExplainer(selectScene);
  const id = useId();
  const [input, setInput] = useState<FormInput>(EMPTY);
  const [errors, setErrors] = useState<FormErrors>({});
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const set = (field: keyof FormInput) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setInput((old) => ({ ...old, [field]: value }));
    if (errors[field]) setErrors((old) => ({ ...old, [field]: undefined }));
  };
  const msg = (err: FieldError | undefined) => (err ? t(err.key, err.vars) : '');

  async function send(values: FormInput) {
    const v = validateForm(values);
    if (!v.ok) {
      setErrors(v.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      // This widget's session answers the request (a page may hold several).
      router?.use(session);
      const res = await fetcher(v.request.url, {
        method: v.request.method,
        headers: v.request.headers,
        body: v.request.body,
      });
      setOutcome({ kind: 'response', shown: await showResponse(res) });
      showFigure(formRef.current);
    } catch (error) {
      setOutcome({
        kind: 'network',
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setBusy(false);
    }
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void send(input);
  };

  const field = (name: keyof FormInput) => ({
    id: `${id}-${name}`,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name]
      ? `${id}-${name}-err`
      : name === 'headers'
        ? `${id}-headers-hint`
        : undefined,
  });
  const error = (name: keyof FormInput) =>
    errors[name] ? (
      <p id={`${id}-${name}-err`} className="form-error" role="alert">
        {msg(errors[name])}
      </p>
    ) : null;

  return (
    <div className="form-area">
      <form
        ref={formRef}
        className="ui-card form"
        aria-labelledby={`${id}-title`}
        onSubmit={onSubmit}
        noValidate
      >
        <h2 id={`${id}-title`} className="form-title">
          {t('form.title')}
        </h2>
        <p className="form-hint">{t('form.hint')}</p>
        <div className="form-examples" role="group" aria-label={t('form.examples')}>
          {examplesFor(scene).map((ex) => (
            <button
              key={ex.label}
              type="button"
              className="form-example"
              disabled={busy}
              onClick={() => {
                const { label: _label, ...values } = ex; // eslint-disable-line @typescript-eslint/no-unused-vars
                setInput(values);
                void send(values);
              }}
            >
              {ex.label}
            </button>
          ))}
        </div>
        <div className="form-row">
          <div className="form-field form-field-method">
            <label htmlFor={`${id}-method`}>{t('form.method')}</label>
            <select {...field('method')} value={input.method} onChange={set('method')}>
              {METHODS.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
            {error('method')}
          </div>
          <div className="form-field form-field-url">
            <label htmlFor={`${id}-url`}>{t('form.url')}</label>
            <input
              {...field('url')}
              type="text"
              inputMode="url"
              spellCheck={false}
              autoComplete="off"
              value={input.url}
              onChange={set('url')}
            />
            {error('url')}
          </div>
        </div>
        <div className="form-row">
          <div className="form-field">
            <label htmlFor={`${id}-headers`}>{t('form.headers')}</label>
            <textarea
              {...field('headers')}
              rows={3}
              spellCheck={false}
              placeholder="Accept: application/json"
              value={input.headers}
              onChange={set('headers')}
            />
            <p id={`${id}-headers-hint`} className="form-hint-small">
              {t('form.headersHint')}
            </p>
            {error('headers')}
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-body`}>{t('form.body')}</label>
            <textarea
              {...field('body')}
              rows={3}
              spellCheck={false}
              value={input.body}
              onChange={set('body')}
            />
            {error('body')}
          </div>
        </div>
        <div className="form-actions">
          <button type="submit" className="ui-primary form-send" disabled={busy}>
            {busy ? t('form.sending') : t('form.send')}
          </button>
        </div>
      </form>
      <ResponseView outcome={outcome} />
    </div>
  );
}
