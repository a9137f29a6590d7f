import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../src/workflow/add-calendar-days';
import { addCalendarMonths } from '../src/workflow/add-calendar-months';
import { addWorkingDays } from '../src/workflow/add-working-days';
import { parseCalendarDate } from '../src/workflow/calendar-date';
import { computeEasterSunday } from '../src/workflow/compute-easter-sunday';
import { describeNonWorkingDay } from '../src/workflow/describe-non-working-day';
import { isFrenchWorkingDay } from '../src/workflow/is-french-working-day';
import { listFrenchPublicHolidays } from '../src/workflow/list-french-public-holidays';
import { shiftToNextWorkingDay } from '../src/workflow/shift-to-next-working-day';

// The official lists (service-public.fr, metropolitan France).
const OFFICIAL_HOLIDAYS: Record<number, string[]> = {
  2025: [
    '2025-01-01',
    '2025-04-21',
    '2025-05-01',
    '2025-05-08',
    '2025-05-29',
    '2025-06-09',
    '2025-07-14',
    '2025-08-15',
    '2025-11-01',
    '2025-11-11',
    '2025-12-25',
  ],
  2026: [
    '2026-01-01',
    '2026-04-06',
    '2026-05-01',
    '2026-05-08',
    '2026-05-14',
    '2026-05-25',
    '2026-07-14',
    '2026-08-15',
    '2026-11-01',
    '2026-11-11',
    '2026-12-25',
  ],
  2027: [
    '2027-01-01',
    '2027-03-29',
    '2027-05-01',
    '2027-05-06',
    '2027-05-08',
    '2027-05-17',
    '2027-07-14',
    '2027-08-15',
    '2027-11-01',
    '2027-11-11',
    '2027-12-25',
  ],
};

describe('French public holidays', () => {
  for (const [year, dates] of Object.entries(OFFICIAL_HOLIDAYS)) {
    it(`lists exactly the 11 official holidays of ${year}, in date order`, () => {
      expect(listFrenchPublicHolidays(Number(year)).map((h) => h.date)).toEqual(dates);
    });
  }

  it('names the Easter-based holidays', () => {
    const byName = Object.fromEntries(listFrenchPublicHolidays(2026).map((h) => [h.name, h.date]));
    expect(byName['lundi de Pâques']).toBe('2026-04-06');
    expect(byName.Ascension).toBe('2026-05-14');
    expect(byName['lundi de Pentecôte']).toBe('2026-05-25');
  });

  it('computes Easter Sunday at both ends of its range and in known years', () => {
    expect(computeEasterSunday(2025)).toBe('2025-04-20');
    expect(computeEasterSunday(2026)).toBe('2026-04-05');
    expect(computeEasterSunday(2027)).toBe('2027-03-28');
    expect(computeEasterSunday(2008)).toBe('2008-03-23');
    expect(computeEasterSunday(2011)).toBe('2011-04-24');
    expect(computeEasterSunday(2038)).toBe('2038-04-25');
    expect(computeEasterSunday(2285)).toBe('2285-03-22');
    expect(() => computeEasterSunday(1500)).toThrow(RangeError);
  });
});

describe('working days', () => {
  it('describes weekends and holidays in French, the holiday winning over the weekend', () => {
    expect(describeNonWorkingDay('2026-11-28')).toBe('samedi');
    expect(describeNonWorkingDay('2026-11-29')).toBe('dimanche');
    expect(describeNonWorkingDay('2025-04-21')).toBe('lundi de Pâques');
    expect(describeNonWorkingDay('2025-11-01')).toBe('Toussaint');
    expect(describeNonWorkingDay('2026-11-27')).toBeNull();
  });

  it('treats a Monday public holiday as non-working and an ordinary Monday as working', () => {
    expect(isFrenchWorkingDay('2027-05-17')).toBe(false);
    expect(isFrenchWorkingDay('2027-05-24')).toBe(true);
  });

  it('rolls a deadline to the next working day', () => {
    expect(shiftToNextWorkingDay('2025-11-01')).toBe('2025-11-03'); // Toussaint on a Saturday
    expect(shiftToNextWorkingDay('2026-12-25')).toBe('2026-12-28'); // Christmas on a Friday
    expect(shiftToNextWorkingDay('2026-05-23')).toBe('2026-05-26'); // weekend then Whit Monday
    expect(shiftToNextWorkingDay('2026-11-27')).toBe('2026-11-27'); // already a working day
  });

  it('counts working days forwards and backwards, skipping weekends and holidays', () => {
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-28');
    expect(addWorkingDays('2026-12-28', -1)).toBe('2026-12-24');
    expect(addWorkingDays('2025-04-18', 1)).toBe('2025-04-22'); // over Easter Monday
    expect(addWorkingDays('2026-11-27', 0)).toBe('2026-11-27');
  });
});

describe('calendar arithmetic', () => {
  it('clamps to the end of the month', () => {
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addCalendarMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addCalendarMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addCalendarMonths('2027-01-15', -2)).toBe('2026-11-15');
  });

  it('adds days across month and year ends and daylight-saving changes', () => {
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addCalendarDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addCalendarDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('rejects malformed and impossible dates', () => {
    expect(() => parseCalendarDate('2026-02-30')).toThrow(/Invalid calendar date/);
    expect(() => parseCalendarDate('2026-2-3')).toThrow(/Invalid calendar date/);
    expect(() => addCalendarDays('2026-13-01', 1)).toThrow(RangeError);
  });
});

describe('calendar arguments', () => {
  it('rejects fractional offsets instead of guessing', () => {
    expect(() => addCalendarDays('2026-11-27', 1.5)).toThrow(RangeError);
    expect(() => addCalendarMonths('2026-11-27', 0.5)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-11-27', 2.5)).toThrow(RangeError);
  });
});
