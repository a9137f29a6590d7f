import { AppError } from '../errors';
import type { WorkflowItem } from './workflow-item';

function describeItem(item: WorkflowItem): string {
  return `« ${item.title} »`;
}

function listReferences(item: WorkflowItem, edges: 'due' | 'dependsOn'): readonly string[] {
  if (edges === 'dependsOn') return item.dependsOn ?? [];
  return item.due?.kind === 'relative' ? [item.due.to] : [];
}

/**
 * Orders items so that every item comes after those it references (depth-first topological
 * sort), keeping input order otherwise. Throws a VALIDATION_FAILED error naming the items when
 * a reference is unknown or the references form a cycle.
 */
function orderByReferences<T extends WorkflowItem>(
  items: readonly T[],
  byId: ReadonlyMap<string, T>,
  edges: 'due' | 'dependsOn',
): T[] {
  const kind = edges === 'due' ? 'date relative' : 'dépendance';
  const ordered: T[] = [];
  const state = new Map<string, 'visiting' | 'visited'>();
  const path: T[] = [];

  const visit = (item: T): void => {
    const current = state.get(item.id);
    if (current === 'visited') return;
    if (current === 'visiting') {
      const cycle = [...path.slice(path.indexOf(item)), item];
      throw new AppError(
        'VALIDATION_FAILED',
        `Boucle de ${kind === 'dépendance' ? 'dépendances' : 'dates relatives'} : ${cycle.map(describeItem).join(' → ')}`,
        { cycle: cycle.map((i) => i.id) },
      );
    }
    state.set(item.id, 'visiting');
    path.push(item);
    for (const reference of listReferences(item, edges)) {
      const target = byId.get(reference);
      if (!target) {
        throw new AppError(
          'VALIDATION_FAILED',
          `L’étape ${describeItem(item)} renvoie (${kind}) à une étape inconnue.`,
          { itemId: item.id, unknownId: reference },
        );
      }
      visit(target);
    }
    path.pop();
    state.set(item.id, 'visited');
    ordered.push(item);
  };

  for (const item of items) visit(item);
  return ordered;
}

/**
 * Checks a workflow's references and returns its items in an order where each relative due date
 * comes after the item it is relative to. Due-date chains and `dependsOn` are checked separately:
 * a task may legitimately be due 10 days before a milestone that depends on it.
 */
export function orderWorkflowItems<T extends WorkflowItem>(items: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const item of items) {
    const existing = byId.get(item.id);
    if (existing) {
      throw new AppError(
        'VALIDATION_FAILED',
        `Deux étapes ont le même identifiant « ${item.id} » : ${describeItem(existing)} et ${describeItem(item)}.`,
        { itemId: item.id },
      );
    }
    byId.set(item.id, item);
  }
  orderByReferences(items, byId, 'dependsOn');
  return orderByReferences(items, byId, 'due');
}
