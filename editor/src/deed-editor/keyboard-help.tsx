import { Kbd, Text } from '@mantine/core';
import { formatShortcut } from './format-shortcut';
import classes from './keyboard-help.module.css';

const SHORTCUTS: ReadonlyArray<{ keys: string; label: string }> = [
  { keys: 'Mod-Alt-a', label: 'Nouvel article' },
  { keys: 'Mod-Alt-s', label: 'Sous-article' },
  { keys: 'Mod-Shift-d', label: 'Terme défini' },
  { keys: 'Mod-Enter', label: 'Saut de page' },
  { keys: 'Alt-F10', label: 'Aller à la barre d’outils' },
];

/** A reminder of the drafting shortcuts, for keyboard users. */
export function KeyboardHelp() {
  return (
    <section aria-labelledby="keyboard-help-title" className={classes.help}>
      <Text id="keyboard-help-title" className={classes.heading}>
        Raccourcis clavier
      </Text>
      <dl className={classes.list}>
        {SHORTCUTS.map(({ keys, label }) => (
          <div key={keys} className={classes.row}>
            <dt>{label}</dt>
            <dd>
              <Kbd size="xs">{formatShortcut(keys)}</Kbd>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
