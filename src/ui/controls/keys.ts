/**
 * Keyboard shortcuts while focus is inside the widget. Never when typing in a
 * text field, and never for keys a focused control already handles itself
 * (Space on a button, arrows on the timeline slider or a select).
 */
import type { KeyboardEvent } from 'react';
import type { ExplainerState } from '../../store/explainerStore';

function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    // A range input handles arrows/Home/End natively (and seeks through onChange).
    if (type === 'range') return key !== ' ';
    if (type === 'checkbox' || type === 'radio' || type === 'button' || type === 'submit')
      return key === ' ';
    return true; // text-like inputs
  }
  if ((tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') && (key === ' ' || key === 'Enter'))
    return true;
  return false;
}

/** Returns true when the key was handled (and the default prevented). */
export function handleWidgetKey(e: KeyboardEvent, s: ExplainerState): boolean {
  if (e.altKey || e.ctrlKey || e.metaKey) return false;
  if (ownsKey(e.target, e.key)) return false;
  switch (e.key) {
    case ' ':
    case 'Spacebar':
      s.togglePlay();
      break;
    case 'ArrowLeft':
      s.stepBy(-1);
      break;
    case 'ArrowRight':
      s.stepBy(1);
      break;
    case 'Home':
      s.restart();
      break;
    case 'End':
      s.toEnd();
      break;
    default:
      return false;
  }
  e.preventDefault();
  return true;
}
