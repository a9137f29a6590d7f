import type { ServiceDeps } from '../deps';
import { instantiateWorkflowTemplate } from './instantiate-workflow-template';
import { readDefaultTemplate } from './read-default-template';

/**
 * Gives every deal among `dealIds` that has none its workflow: the template of one of its banks
 * (the first that saved one), else the default of DOMAIN.md. Safe to race: a deal's workflow is
 * created once.
 */
export async function ensureDealWorkflows(deps: ServiceDeps, dealIds: string[]): Promise<void> {
  const missing = await deps.stores.workflow.listUninitialised(dealIds);
  if (missing.length === 0) return;
  const parties = await deps.stores.deals.listParties(missing);
  const at = deps.clock.now().toISOString();
  for (const dealId of missing) {
    let template = readDefaultTemplate();
    for (const party of parties) {
      if (party.dealId !== dealId || party.kind !== 'bank') continue;
      const saved = await deps.stores.workflow.findTemplate(party.orgId);
      if (saved) {
        template = saved;
        break;
      }
    }
    await deps.stores.workflow.initialise(dealId, instantiateWorkflowTemplate(template, dealId, at), at);
  }
}
