import type { CommentRecord, CommentThreadRecord, OrgRecord, UserWithOrg } from '../../store/records';
import type { ServiceDeps } from '../deps';

/** A thread with what its presentation needs: its comments and the people and organisation named. */
export interface ThreadView {
  thread: CommentThreadRecord;
  org: OrgRecord | undefined;
  comments: CommentRecord[];
  people: ReadonlyMap<string, UserWithOrg>;
}

/** Loads the comments, people and organisations of many threads in a few queries. */
export async function loadThreadViews(
  deps: ServiceDeps,
  threads: CommentThreadRecord[],
): Promise<ThreadView[]> {
  if (threads.length === 0) return [];
  const comments = await deps.stores.comments.listComments(threads.map((t) => t.id));
  const personIds = new Set<string>();
  for (const t of threads) {
    personIds.add(t.createdBy);
    if (t.resolvedBy) personIds.add(t.resolvedBy);
  }
  for (const c of comments) {
    personIds.add(c.authorId);
    for (const id of c.mentions) personIds.add(id);
  }
  const people = new Map((await deps.stores.users.listByIds([...personIds])).map((u) => [u.id, u]));
  const orgs = new Map<string, OrgRecord | undefined>();
  for (const orgId of new Set(threads.map((t) => t.orgId))) {
    orgs.set(orgId, await deps.stores.orgs.findById(orgId));
  }
  return threads.map((thread) => ({
    thread,
    org: orgs.get(thread.orgId),
    comments: comments.filter((c) => c.threadId === thread.id),
    people,
  }));
}

export async function loadThreadView(deps: ServiceDeps, thread: CommentThreadRecord): Promise<ThreadView> {
  const [view] = await loadThreadViews(deps, [thread]);
  if (!view) throw new Error(`thread ${thread.id} did not load`);
  return view;
}
