/**
 * Keeps a failure in one panel inside that panel: the panel shows a short
 * message (and a retry button) while the stage, controls and other panels
 * keep working. `resetKey` (e.g. the scene) clears the error when it changes.
 * React itself reports the caught error on the console (onCaughtError).
 */
import { Component, type ReactNode } from 'react';
import { useLang } from './i18n';
import './errorBoundary.css';

const TEXT = {
  en: {
    failed: 'This part could not be drawn ({name}). The rest of the explainer still works.',
    retry: 'Try again',
  },
  ko: {
    failed: '이 부분을 그리지 못했습니다 ({name}). 나머지는 계속 동작합니다.',
    retry: '다시 시도',
  },
} as const;

interface Props {
  /** A short name for the part, shown in the message (e.g. "environ"). */
  name: string;
  resetKey?: unknown;
  children: ReactNode;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

export function PanelFailed({ name, onRetry }: { name: string; onRetry: () => void }) {
  const t = TEXT[useLang()] ?? TEXT.en;
  return (
    <div className="panel-failed" role="alert">
      <p>{t.failed.replace('{name}', name)}</p>
      <button type="button" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  );
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    // A new scene (or whatever the key tracks) deserves a fresh try.
    if (props.resetKey !== state.resetKey) return { resetKey: props.resetKey, error: null };
    return null;
  }

  private retry = () => this.setState({ error: null });

  override render() {
    if (this.state.error) return <PanelFailed name={this.props.name} onRetry={this.retry} />;
    return this.props.children;
  }
}
