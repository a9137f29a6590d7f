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
    description: 'Un message pour chaque rappel, au fil de la journée.',
  },
  {
    value: 'daily_digest',
    label: 'Un récapitulatif chaque matin',
    description: 'Un seul message le matin, qui regroupe tous vos rappels.',
  },
  {
    value: 'off',
    label: 'Aucun e-mail',
    description: 'Les rappels restent visibles dans Deedroom, sous la cloche.',
  },
];
