const isApple = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

const KEY_LABELS: Record<string, string> = isApple
  ? { Mod: '⌘', Alt: '⌥', Shift: '⇧', Enter: '↩' }
  : { Mod: 'Ctrl', Alt: 'Alt', Shift: 'Maj', Enter: 'Entrée' };

/** "Mod-Shift-d" -> "Ctrl + Maj + D" (or "⌘ ⇧ D" on a Mac), as shown in tooltips. */
export function formatShortcut(shortcut: string): string {
  const keys = shortcut.split('-').map((key) => KEY_LABELS[key] ?? key.toUpperCase());
  return keys.join(isApple ? ' ' : ' + ');
}
