import type { EmailReminderMode } from '@deedroom/shared';

/** The e-mail reminder choices, in the order shown, with what each one means for the user. */
export const EMAIL_REMINDER_OPTIONS: readonly {
  value: EmailReminderMode;
  label: string;
  description: string;
}[] = [
  {
    value: 'immediate',
    label: 'Un e-mail par rappel',
    description: 'Un message dès qu’une échéance approche, est dépassée ou change de date.',
  },
  {
    value: 'daily_digest',
    label: 'Un récapitulatif chaque matin',
    description: 'Un seul message par jour ouvré, avec tous les rappels de la veille.',
  },
  {
    value: 'off',
    label: 'Aucun e-mail',
    description: 'Les rappels restent visibles dans Deedroom, sous la cloche.',
  },
];
