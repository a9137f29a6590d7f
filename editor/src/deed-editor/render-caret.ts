import type { DecorationAttrs } from '@tiptap/pm/view';
import { readSafeColor } from './collaborator';

/**
 * A remote person's caret: a thin coloured bar with their name above it. Built with text nodes
 * only (names come from the network) and styled by `.collaboration-carets__*` in deed-document.css.
 */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = readSafeColor(user.color);
  const name = typeof user.name === 'string' ? user.name : 'Participant';
  const caret = document.createElement('span');
  caret.classList.add('collaboration-carets__caret');
  caret.style.setProperty('--caret-color', color);
  caret.setAttribute('data-testid', 'remote-caret');
  const label = document.createElement('span');
  label.classList.add('collaboration-carets__label');
  label.setAttribute('data-testid', 'remote-caret-label');
  label.textContent = name;
  caret.append(label);
  return caret;
}

/** A remote person's selection: their colour, faded, behind the text. */
export function renderSelection(user: Record<string, unknown>): DecorationAttrs {
  const color = readSafeColor(user.color);
  return {
    nodeName: 'span',
    class: 'collaboration-carets__selection',
    style: `--caret-color: ${color}`,
  };
}
