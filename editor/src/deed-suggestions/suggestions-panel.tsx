import {
  acceptSuggestions,
  canPerform,
  type DeedDetail,
  rejectSuggestions,
  type SuggestionSummary,
} from '@deedroom/shared';
import { ActionIcon, Badge, Button, Divider, Group, Menu, Select, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconChevronDown, IconX } from '@tabler/icons-react';
import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { describeAuthor, formatSuggestionTime, type SuggestionAuthors } from './suggestion-author';
import { SuggestionModeSettings } from './suggestion-mode-settings';
import classes from './suggestions-panel.module.css';
import { readSelectedSuggestionIds } from './use-suggestions';

interface SuggestionsPanelProps {
  access: DeedDetail;
  editor: Editor;
  suggestions: SuggestionSummary[];
  authors: SuggestionAuthors;
  refreshAccess: () => Promise<void>;
}

const EXCERPT_LENGTH = 180;

function excerpt(text: string): string {
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text;
}

function describeKind(s: SuggestionSummary): string {
  if (s.kinds.includes('insertion') && s.kinds.includes('deletion')) return 'Remplacement';
  if (s.kinds.includes('insertion')) return 'Ajout';
  if (s.kinds.includes('deletion')) return 'Suppression';
  return 'Mise en forme';
}

/** Pending suggestions in document order; those who may edit accept or reject them. */
export function SuggestionsPanel({
  access,
  editor,
  suggestions,
  authors,
  refreshAccess,
}: SuggestionsPanelProps) {
  const [authorFilter, setAuthorFilter] = useState<string | null>(null);
  const canReview = access.editMode === 'edit';
  const canManage = canPerform(access.myRole, 'deed.manage') && access.lock === null;
  const authorIds = [...new Set(suggestions.map((s) => s.authorId ?? ''))].filter(Boolean);
  const shown = authorFilter ? suggestions.filter((s) => s.authorId === authorFilter) : suggestions;

  const review = (ids: string[], decision: 'accept' | 'reject') => {
    const command = decision === 'accept' ? acceptSuggestions(ids) : rejectSuggestions(ids);
    command(editor.state, editor.view.dispatch);
  };
  const idsBy = (authorId: string) => suggestions.filter((s) => s.authorId === authorId).map((s) => s.id);
  // The caret goes to the suggestion (a selection would hide its colours), shown mid-screen.
  const show = (s: SuggestionSummary) => {
    editor.chain().focus().setTextSelection(s.to).run();
    const { node } = editor.view.domAtPos(Math.min(s.to, editor.state.doc.content.size));
    const element = node instanceof Element ? node : node.parentElement;
    element?.scrollIntoView({ block: 'center' });
  };

  return (
    <Stack gap="sm" p="md" data-testid="suggestions-panel">
      {canManage && (
        <>
          <SuggestionModeSettings access={access} refreshAccess={refreshAccess} />
          <Divider />
        </>
      )}
      <Group justify="space-between" gap="xs">
        <Text fw={600} size="sm">
          {suggestions.length === 0
            ? 'Aucune suggestion'
            : `${suggestions.length} suggestion${suggestions.length > 1 ? 's' : ''} en attente`}
        </Text>
        {canReview && suggestions.length > 0 && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button size="xs" variant="light" rightSection={<IconChevronDown size={14} />}>
                Traiter
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>Tout le document</Menu.Label>
              <Menu.Item
                leftSection={<IconCheck size={14} />}
                onClick={() =>
                  review(
                    suggestions.map((s) => s.id),
                    'accept',
                  )
                }
              >
                Tout accepter
              </Menu.Item>
              <Menu.Item
                leftSection={<IconX size={14} />}
                onClick={() =>
                  review(
                    suggestions.map((s) => s.id),
                    'reject',
                  )
                }
              >
                Tout refuser
              </Menu.Item>
              <Menu.Label>Sélection dans le texte</Menu.Label>
              <Menu.Item onClick={() => review(readSelectedSuggestionIds(editor, suggestions), 'accept')}>
                Accepter la sélection
              </Menu.Item>
              <Menu.Item onClick={() => review(readSelectedSuggestionIds(editor, suggestions), 'reject')}>
                Refuser la sélection
              </Menu.Item>
              {authorIds.length > 0 && <Menu.Label>Par auteur</Menu.Label>}
              {authorIds.map((id) => (
                <Menu.Item key={`accept-${id}`} onClick={() => review(idsBy(id), 'accept')}>
                  Accepter celles de {describeAuthor(authors, id)}
                </Menu.Item>
              ))}
              {authorIds.map((id) => (
                <Menu.Item key={`reject-${id}`} onClick={() => review(idsBy(id), 'reject')}>
                  Refuser celles de {describeAuthor(authors, id)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {authorIds.length > 1 && (
        <Select
          size="xs"
          placeholder="Tous les auteurs"
          clearable
          value={authorFilter}
          onChange={setAuthorFilter}
          data={authorIds.map((id) => ({ value: id, label: describeAuthor(authors, id) }))}
          aria-label="Filtrer par auteur"
        />
      )}
      {suggestions.length === 0 && (
        <Text size="sm" c="dimmed">
          En mode « Suggérer », chaque modification apparaît ici avec son auteur ; les parties qui rédigent
          l’acte l’acceptent ou la refusent.
        </Text>
      )}
      <ol className={classes.list}>
        {shown.map((s) => (
          <li
            key={s.id}
            className={classes.item}
            data-testid="suggestion-item"
            data-author-id={s.authorId ?? ''}
          >
            <button type="button" className={classes.summary} onClick={() => show(s)}>
              <Group justify="space-between" gap={4} wrap="nowrap">
                <Text size="xs" fw={600} truncate>
                  {describeAuthor(authors, s.authorId)}
                </Text>
                <Badge size="xs" variant="light" color={s.kinds.includes('deletion') ? 'red' : 'teal'}>
                  {describeKind(s)}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed">
                {formatSuggestionTime(s.createdAt)}
              </Text>
              <Text size="sm" className={classes.excerpt}>
                {s.deletedText && <del className={classes.deleted}>{excerpt(s.deletedText)}</del>}
                {s.deletedText && s.insertedText && ' '}
                {s.insertedText && <ins className={classes.inserted}>{excerpt(s.insertedText)}</ins>}
                {!s.deletedText && !s.insertedText && <em>Changement de mise en forme</em>}
              </Text>
            </button>
            {canReview && (
              <Group gap={4} className={classes.actions}>
                <Tooltip label="Accepter">
                  <ActionIcon
                    variant="light"
                    color="teal"
                    aria-label={`Accepter la suggestion de ${describeAuthor(authors, s.authorId)}`}
                    onClick={() => review([s.id], 'accept')}
                    data-testid="accept-suggestion"
                  >
                    <IconCheck size={16} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label="Refuser">
                  <ActionIcon
                    variant="light"
                    color="red"
                    aria-label={`Refuser la suggestion de ${describeAuthor(authors, s.authorId)}`}
                    onClick={() => review([s.id], 'reject')}
                    data-testid="reject-suggestion"
                  >
                    <IconX size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            )}
          </li>
        ))}
      </ol>
    </Stack>
  );
}
