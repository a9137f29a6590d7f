import type { CalendarDate } from '@deedroom/shared';
import { formatWeekday } from './format-calendar-date';

export interface NonWorkingDayNote {
  text: string;
  /** `rolled`: the date already moved; `warning`: the due date itself is not a working day. */
  tone: 'rolled' | 'warning';
  /** A longer explanation, for a tooltip. */
  explanation: string;
}

const WEEKEND_DAYS = new Set(['samedi', 'dimanche']);

/**
 * What to tell about a due date computed on a weekend or public holiday: « tombait un samedi,
 * reportée au lundi » once rolled, « ⚠ samedi » or « ⚠ Toussaint » when it stays there.
 */
export function describeNonWorkingDayNote(item: {
  nonWorkingDay: string | null;
  isRolled: boolean;
  dueDate: CalendarDate | null;
}): NonWorkingDayNote | null {
  if (item.nonWorkingDay === null || item.dueDate === null) return null;
  const isWeekend = WEEKEND_DAYS.has(item.nonWorkingDay);
  if (item.isRolled) {
    const fell = isWeekend
      ? `tombait un ${item.nonWorkingDay}`
      : `tombait un jour férié (${item.nonWorkingDay})`;
    return {
      text: `${fell}, reportée au ${formatWeekday(item.dueDate)}`,
      tone: 'rolled',
      explanation: 'La date calculée n’était pas un jour ouvré : elle est reportée au jour ouvré suivant.',
    };
  }
  return {
    text: `⚠ ${item.nonWorkingDay}`,
    tone: 'warning',
    explanation: isWeekend
      ? `Cette échéance tombe un ${item.nonWorkingDay}, jour non ouvré.`
      : `Cette échéance tombe un jour férié (${item.nonWorkingDay}).`,
  };
}
