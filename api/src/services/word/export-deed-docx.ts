import { type DeedJsonNode, parseSuggestionId } from '@deedroom/shared';
import type { CommentThreadRecord } from '../../store/records';
import type { WordCommentThread } from '../../word/anchor-word-comments';
import { buildDeedDocx } from '../../word/build-deed-docx';
import type { WordDeedNode } from '../../word/word-deed-node';
import { recordAudit } from '../audit/record-audit';
import { loadThreadViews, type ThreadView } from '../comments/load-thread-views';
import { requireDeedAccess } from '../deeds/require-deed-access';
import type { Actor, ServiceDeps } from '../deps';
import { findDeedVersion } from '../versions/find-deed-version';
import { readDeedContent } from '../versions/read-deed-content';

export interface DeedDocx {
  fileName: string;
  bytes: Buffer;
}

function collectSuggestionAuthors(node: WordDeedNode, into: Set<string>): Set<string> {
  for (const mark of node.marks ?? []) {
    const authorId = parseSuggestionId(mark.attrs?.id)?.authorId;
    if (authorId) into.add(authorId);
  }
  for (const child of node.content ?? []) collectSuggestionAuthors(child, into);
  return into;
}

function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('')
    .slice(0, 3);
}

function toWordDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Threads as Word comments; a version gets only what had been written when it was saved. */
function toWordThreads(views: ThreadView[], until: string | null): WordCommentThread[] {
  const isBefore = (at: string) => until === null || at <= until;
  return views
    .filter((v) => isBefore(v.thread.createdAt))
    .sort(
      (a, b) =>
        a.thread.createdAt.localeCompare(b.thread.createdAt) || a.thread.id.localeCompare(b.thread.id),
    )
    .map((view): WordCommentThread => {
      const nameOf = (userId: string) => {
        const person = view.people.get(userId);
        return person ? `${person.name} (${person.orgName})` : 'Utilisateur inconnu';
      };
      return {
        quote: view.thread.quote,
        isResolved: view.thread.status === 'resolved' && isBefore(view.thread.resolvedAt ?? ''),
        ...(view.thread.visibility === 'internal' && {
          heading: `Discussion interne : ${view.org?.name ?? 'votre organisation'}`,
        }),
        comments: view.comments
          .filter((c) => isBefore(c.createdAt))
          .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
          .map((c) => ({
            author: nameOf(c.authorId),
            initials: initialsOf(view.people.get(c.authorId)?.name ?? '?'),
            date: new Date(c.createdAt),
            text: c.deletedAt ? '(commentaire supprimé)' : c.body,
          })),
      };
    })
    .filter((t) => t.comments.length > 0);
}

function safeFileName(title: string, suffix: string): string {
  const base = title
    .normalize('NFKC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${base || 'Acte'} - ${suffix}.docx`;
}

/**
 * « Exporter en Word »: the deed's text now, or one of its versions, as a DOCX made for the
 * caller: suggestions as tracked changes, and the comment threads the caller may see (never
 * another organisation's internal ones: they are filtered in the query).
 */
export async function exportDeedDocx(
  deps: ServiceDeps,
  actor: Actor,
  deedId: string,
  versionRef: string,
): Promise<DeedDocx> {
  const { deed, deal } = await requireDeedAccess(deps, actor, deedId, 'deal.view');
  let content: DeedJsonNode;
  let versionLabel: string;
  let fileSuffix: string;
  let until: string | null = null;
  if (versionRef === 'current') {
    content = (await readDeedContent(deps, deedId)).content;
    versionLabel = 'Texte en cours';
    fileSuffix = 'texte en cours';
  } else {
    const version = await findDeedVersion(deps, deedId, versionRef);
    content = JSON.parse(version.contentJson) as DeedJsonNode;
    versionLabel = `V${version.number} – ${version.name}`;
    fileSuffix = `V${version.number}`;
    until = version.createdAt;
  }
  const word = content as WordDeedNode;
  const threads: CommentThreadRecord[] = await deps.stores.comments.listVisibleThreads(
    deed.id,
    actor.user.orgId,
  );
  const views = await loadThreadViews(deps, threads);
  const authorIds = [...collectSuggestionAuthors(word, new Set())];
  const authors = new Map((await deps.stores.users.listByIds(authorIds)).map((u) => [u.id, u]));
  const bytes = await buildDeedDocx({
    deedTitle: deed.title,
    dealName: deal.name,
    versionLabel,
    content: word,
    threads: toWordThreads(views, until),
    describeSuggestion: (id) => {
      const parts = parseSuggestionId(id);
      const person = parts ? authors.get(parts.authorId) : undefined;
      return {
        author: person ? `${person.name} (${person.orgName})` : 'Auteur inconnu',
        date: toWordDate(parts?.createdAt ?? new Date(0)),
      };
    },
  });
  await recordAudit(deps, {
    action: 'deed.export.docx',
    actor,
    dealId: deed.dealId,
    target: `deed:${deedId}`,
    detail: { version: versionRef },
  });
  return { fileName: safeFileName(deed.title, fileSuffix), bytes };
}
