import { describe, expect, it } from 'vitest';
import { AppError } from '../src/errors';
import { computeWorkflowSchedule } from '../src/workflow/compute-workflow-schedule';
import { DEFAULT_WORKFLOW_TEMPLATE } from '../src/workflow/default-workflow-template';
import type { ScheduledWorkflowItem, WorkflowItem } from '../src/workflow/workflow-item';

function findItem(schedule: ScheduledWorkflowItem[], id: string): ScheduledWorkflowItem {
  const item = schedule.find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}

function captureError(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

const TODAY = '2026-11-27';

/** Affichage → purge des recours (+2 months, rolled) → levée des conditions (+10 working days). */
function buildChain(affichage: string): WorkflowItem[] {
  return [
    {
      id: 'levee',
      title: 'Levée des conditions suspensives',
      due: { kind: 'relative', to: 'purge', offset: { workingDays: 10 } },
      dependsOn: ['purge'],
      status: 'upcoming',
    },
    {
      id: 'purge',
      title: 'Purge du recours des tiers',
      due: { kind: 'relative', to: 'affichage', offset: { months: 2 } },
      rollsToWorkingDay: true,
      dependsOn: ['affichage'],
      status: 'upcoming',
    },
    {
      id: 'affichage',
      title: 'Affichage sur site',
      due: { kind: 'absolute', date: affichage },
      status: 'done',
    },
  ];
}

describe('relative due dates', () => {
  it('resolves a 3-level chain and recomputes it when the root moves', () => {
    const before = computeWorkflowSchedule(buildChain('2027-01-12'), TODAY);
    expect(before.map((i) => [i.id, i.dueDate])).toEqual([
      ['affichage', '2027-01-12'],
      ['purge', '2027-03-12'],
      ['levee', '2027-03-26'],
    ]);

    const after = computeWorkflowSchedule(buildChain('2027-02-15'), TODAY);
    expect(after.map((i) => [i.id, i.dueDate])).toEqual([
      ['affichage', '2027-02-15'],
      ['purge', '2027-04-15'],
      ['levee', '2027-04-29'],
    ]);
  });

  it('rolls a deadline off a weekend or holiday and says which day it fell on', () => {
    // 1 Sept 2025 + 2 months = Saturday 1 Nov 2025 (Toussaint) → Monday 3 Nov.
    const purge = findItem(computeWorkflowSchedule(buildChain('2025-09-01'), '2025-09-02'), 'purge');
    expect(purge).toMatchObject({
      unrolledDueDate: '2025-11-01',
      dueDate: '2025-11-03',
      nonWorkingDay: 'Toussaint',
      isRolled: true,
    });
    // Dependents count from the rolled date: 10 working days after Monday 3 Nov, skipping 11 Nov.
    expect(findItem(computeWorkflowSchedule(buildChain('2025-09-01'), '2025-09-02'), 'levee').dueDate).toBe(
      '2025-11-18',
    );

    // Christmas 2026 is a Friday → Monday 28 Dec.
    const christmas = findItem(computeWorkflowSchedule(buildChain('2026-10-25'), TODAY), 'purge');
    expect(christmas).toMatchObject({ dueDate: '2026-12-28', nonWorkingDay: 'Noël', isRolled: true });
  });

  it('flags a non-working day without moving it when the item does not roll', () => {
    const [item] = computeWorkflowSchedule(
      [{ id: 'a', title: 'Réunion', due: { kind: 'absolute', date: '2026-11-28' }, status: 'upcoming' }],
      TODAY,
    );
    expect(item).toMatchObject({ dueDate: '2026-11-28', nonWorkingDay: 'samedi', isRolled: false });
  });

  it('clamps month offsets to the end of the month', () => {
    const [, item] = computeWorkflowSchedule(
      [
        { id: 'a', title: 'A', due: { kind: 'absolute', date: '2027-12-31' }, status: 'upcoming' },
        {
          id: 'b',
          title: 'B',
          due: { kind: 'relative', to: 'a', offset: { months: 2 } },
          status: 'upcoming',
        },
      ],
      TODAY,
    );
    expect(item?.dueDate).toBe('2028-02-29');
  });

  it('leaves dates « à fixer » null through the chain and sorts them last', () => {
    const items = buildChain('2027-01-12').map((i) => (i.id === 'affichage' ? { ...i, due: null } : i));
    const schedule = computeWorkflowSchedule(
      [...items, { id: 'x', title: 'X', due: { kind: 'absolute', date: '2027-06-01' }, status: 'upcoming' }],
      TODAY,
    );
    expect(schedule.map((i) => [i.id, i.dueDate])).toEqual([
      ['x', '2027-06-01'],
      ['levee', null],
      ['purge', null],
      ['affichage', null],
    ]);
  });
});

describe('invalid workflows', () => {
  it('refuses a due-date cycle, naming the items', () => {
    const error = captureError(() =>
      computeWorkflowSchedule(
        [
          {
            id: 'a',
            title: 'Alpha',
            due: { kind: 'relative', to: 'c', offset: { days: 1 } },
            status: 'upcoming',
          },
          {
            id: 'b',
            title: 'Bravo',
            due: { kind: 'relative', to: 'a', offset: { days: 1 } },
            status: 'upcoming',
          },
          {
            id: 'c',
            title: 'Charlie',
            due: { kind: 'relative', to: 'b', offset: { days: 1 } },
            status: 'upcoming',
          },
        ],
        TODAY,
      ),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe('Boucle de dates relatives : « Alpha » → « Charlie » → « Bravo » → « Alpha »');
    expect(error.details).toEqual({ cycle: ['a', 'c', 'b', 'a'] });
  });

  it('refuses a dependency cycle and unknown references', () => {
    expect(() =>
      computeWorkflowSchedule(
        [
          { id: 'a', title: 'Alpha', due: null, dependsOn: ['b'], status: 'upcoming' },
          { id: 'b', title: 'Bravo', due: null, dependsOn: ['a'], status: 'upcoming' },
        ],
        TODAY,
      ),
    ).toThrow('Boucle de dépendances : « Alpha » → « Bravo » → « Alpha »');
    expect(() =>
      computeWorkflowSchedule(
        [{ id: 'a', title: 'Alpha', due: { kind: 'relative', to: 'ghost', offset: {} }, status: 'upcoming' }],
        TODAY,
      ),
    ).toThrow('L’étape « Alpha » renvoie (date relative) à une étape inconnue.');
    expect(() =>
      computeWorkflowSchedule(
        [{ id: 'a', title: 'Alpha', due: null, dependsOn: ['ghost'], status: 'upcoming' }],
        TODAY,
      ),
    ).toThrow('L’étape « Alpha » renvoie (dépendance) à une étape inconnue.');
  });

  it('refuses two items with the same id', () => {
    expect(() =>
      computeWorkflowSchedule(
        [
          { id: 'a', title: 'Alpha', due: null, status: 'upcoming' },
          { id: 'a', title: 'Autre', due: null, status: 'upcoming' },
        ],
        TODAY,
      ),
    ).toThrow('Deux étapes ont le même identifiant « a » : « Alpha » et « Autre ».');
  });

  it('accepts a task due before a milestone that depends on it', () => {
    const schedule = computeWorkflowSchedule(
      [
        {
          id: 'sign',
          title: 'Signature',
          due: { kind: 'absolute', date: '2026-12-18' },
          dependsOn: ['docs'],
          status: 'upcoming',
        },
        {
          id: 'docs',
          title: 'Pièces',
          due: { kind: 'relative', to: 'sign', offset: { workingDays: -5 } },
          status: 'upcoming',
        },
      ],
      TODAY,
    );
    expect(schedule.map((i) => [i.id, i.dueDate, i.displayStatus])).toEqual([
      ['docs', '2026-12-11', 'upcoming'],
      ['sign', '2026-12-18', 'blocked'],
    ]);
  });
});

describe('displayed status', () => {
  const items: WorkflowItem[] = [
    { id: 'late', title: 'En retard', due: { kind: 'absolute', date: '2026-11-26' }, status: 'in_progress' },
    { id: 'today', title: 'Aujourd’hui', due: { kind: 'absolute', date: TODAY }, status: 'waiting' },
    { id: 'done', title: 'Fait', due: { kind: 'absolute', date: '2026-11-02' }, status: 'done' },
    {
      id: 'na',
      title: 'Sans objet',
      due: { kind: 'absolute', date: '2026-11-03' },
      status: 'not_applicable',
    },
    {
      id: 'blocked',
      title: 'Bloqué',
      due: { kind: 'absolute', date: '2026-12-01' },
      dependsOn: ['late', 'done'],
      status: 'upcoming',
    },
    {
      id: 'free',
      title: 'Libre',
      due: { kind: 'absolute', date: '2026-12-02' },
      dependsOn: ['done', 'na'],
      status: 'upcoming',
    },
    {
      id: 'late_blocked',
      title: 'Bloqué et en retard',
      due: { kind: 'absolute', date: '2026-11-20' },
      dependsOn: ['today'],
      status: 'upcoming',
    },
  ];

  it('derives overdue and blocked, and keeps what people set otherwise', () => {
    const byId = Object.fromEntries(
      computeWorkflowSchedule(items, TODAY).map((i) => [i.id, [i.displayStatus, i.blockedBy]]),
    );
    expect(byId).toEqual({
      late: ['overdue', []],
      today: ['waiting', []],
      done: ['done', []],
      na: ['not_applicable', []],
      blocked: ['blocked', ['late']],
      free: ['upcoming', []],
      late_blocked: ['overdue', ['today']],
    });
  });

  it('sorts by due date', () => {
    expect(computeWorkflowSchedule(items, TODAY).map((i) => i.id)).toEqual([
      'done',
      'na',
      'late_blocked',
      'late',
      'today',
      'blocked',
      'free',
    ]);
  });
});

describe('the default workflow template', () => {
  it('covers the 12 steps with valid references', () => {
    expect(new Set(DEFAULT_WORKFLOW_TEMPLATE.map((i) => i.step))).toEqual(
      new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
    );
    const schedule = computeWorkflowSchedule(DEFAULT_WORKFLOW_TEMPLATE, TODAY);
    expect(schedule.every((i) => i.dueDate === null)).toBe(true);
    expect(findItem(schedule, 'promesse_vente').displayStatus).toBe('upcoming');
    expect(findItem(schedule, 'mainlevee').displayStatus).toBe('blocked');
  });

  it('is frozen and left untouched by the computation', () => {
    const before = JSON.stringify(DEFAULT_WORKFLOW_TEMPLATE);
    computeWorkflowSchedule(DEFAULT_WORKFLOW_TEMPLATE, TODAY);
    expect(JSON.stringify(DEFAULT_WORKFLOW_TEMPLATE)).toBe(before);
    expect(Object.isFrozen(DEFAULT_WORKFLOW_TEMPLATE[0])).toBe(true);
  });

  it('dates the purge des recours at +2 months and the non-retrait at +3 months from the posting', () => {
    const items = DEFAULT_WORKFLOW_TEMPLATE.map((i) =>
      i.id === 'affichage_permis' ? { ...i, due: { kind: 'absolute' as const, date: '2026-10-25' } } : i,
    );
    const schedule = computeWorkflowSchedule(items, TODAY);
    expect(findItem(schedule, 'purge_recours')).toMatchObject({
      dueDate: '2026-12-28',
      nonWorkingDay: 'Noël',
    });
    expect(findItem(schedule, 'non_retrait').dueDate).toBe('2027-01-25');
  });
});
