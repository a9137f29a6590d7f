import {
  DOCUMENT_CATEGORIES,
  DOCUMENT_CATEGORY_LABELS,
  type DocumentCategory,
  type VaultDocument,
} from '@deedroom/shared';
import { ActionIcon, Group, Select, Text, ThemeIcon, Tooltip, UnstyledButton } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { formatDay } from '../deed-history/format-french-time';
import { CATEGORY_OPTIONS, isDocumentCategory } from './category-options';
import { CategorySourceBadge } from './category-source-badge';
import { describeMediaType } from './describe-media-type';
import { formatFileSize } from './format-file-size';
import { InternalDocumentBadge } from './internal-document-badge';
import classes from './vault.module.css';

interface DocumentListProps {
  documents: readonly VaultDocument[];
  /** The user may file documents in another category (a correction kept for retraining). */
  canCorrect: boolean;
  onOpen: (document: VaultDocument) => void;
  onCorrect: (document: VaultDocument, category: DocumentCategory) => void;
}

interface CategoryGroup {
  key: DocumentCategory | 'pending' | 'unfiled';
  label: string;
  documents: VaultDocument[];
}

/**
 * Documents being filed first, then those the classifier could not file (a person chooses), then
 * one group per category in the taxonomy's order.
 */
function groupByCategory(documents: readonly VaultDocument[]): CategoryGroup[] {
  const uncategorised = documents.filter((document) => document.category === null);
  const pending = uncategorised.filter((document) => document.categorySource === 'pending');
  const unfiled = uncategorised.filter((document) => document.categorySource !== 'pending');
  const groups: CategoryGroup[] = [];
  if (pending.length > 0) groups.push({ key: 'pending', label: 'Classement en cours', documents: pending });
  if (unfiled.length > 0) groups.push({ key: 'unfiled', label: 'À classer', documents: unfiled });
  for (const category of DOCUMENT_CATEGORIES) {
    const inCategory = documents.filter((document) => document.category === category);
    if (inCategory.length > 0) {
      groups.push({ key: category, label: DOCUMENT_CATEGORY_LABELS[category], documents: inCategory });
    }
  }
  return groups;
}

/** The deal's documents by category. */
export function DocumentList({ documents, canCorrect, onOpen, onCorrect }: DocumentListProps) {
  return (
    <div className={classes.documentGroups} data-testid="vault-document-list">
      {groupByCategory(documents).map((group) => (
        <section
          key={group.key}
          aria-labelledby={`vault-group-${group.key}`}
          data-testid="vault-category-group"
          data-category={group.key}
        >
          <Group gap={8} className={classes.groupHeading}>
            <Text id={`vault-group-${group.key}`} component="h3" size="sm" fw={650}>
              {group.label}
            </Text>
            <Text size="xs" c="dimmed">
              {group.documents.length}
            </Text>
          </Group>
          <ul className={classes.documentRows}>
            {group.documents.map((document) => (
              <DocumentRow
                key={document.id}
                document={document}
                canCorrect={canCorrect}
                onOpen={onOpen}
                onCorrect={onCorrect}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function DocumentRow({
  document,
  canCorrect,
  onOpen,
  onCorrect,
}: {
  document: VaultDocument;
  canCorrect: boolean;
  onOpen: (document: VaultDocument) => void;
  onCorrect: (document: VaultDocument, category: DocumentCategory) => void;
}) {
  const version = document.currentVersion;
  const { icon: Icon, label: typeLabel } = describeMediaType(version.mediaType);
  const needsReview = document.categorySource === 'to_review';
  return (
    <li
      className={classes.documentRow}
      data-testid="vault-document-row"
      data-document-id={document.id}
      data-title={document.title}
      data-category={document.category ?? ''}
      data-category-source={document.categorySource}
    >
      <ThemeIcon size={34} radius="sm" variant="light" color="navy" aria-hidden="true">
        <Icon size={19} stroke={1.6} />
      </ThemeIcon>
      <div className={classes.documentMain}>
        <UnstyledButton
          className={classes.documentTitle}
          onClick={() => onOpen(document)}
          aria-label={`Ouvrir ${document.title}`}
          data-testid="vault-document-open"
        >
          {document.title}
        </UnstyledButton>
        <Text size="xs" c="dimmed" className={classes.documentMeta}>
          {typeLabel} · {formatFileSize(version.size)} · {version.uploadedBy.name} (
          {version.uploadedBy.orgName}), le {formatDay(version.uploadedAt)}
          {document.versionCount > 1 && ` · ${document.versionCount} versions`}
        </Text>
      </div>
      <Group gap={6} wrap="nowrap" justify="flex-end" className={classes.documentSide}>
        {document.visibility === 'internal' && <InternalDocumentBadge orgName={document.orgName} />}
        <CategorySourceBadge source={document.categorySource} confidence={document.categoryConfidence} />
        {canCorrect && needsReview && (
          <>
            <Select
              size="xs"
              w={210}
              data={CATEGORY_OPTIONS}
              value={document.category}
              placeholder="Choisir la catégorie"
              allowDeselect={false}
              onChange={(value) => {
                if (isDocumentCategory(value)) onCorrect(document, value);
              }}
              aria-label={`Catégorie de ${document.title}`}
              comboboxProps={{ withinPortal: true }}
              data-testid="vault-category-select"
            />
            {document.category && (
              <Tooltip label="Confirmer cette catégorie">
                <ActionIcon
                  variant="light"
                  color="teal"
                  aria-label={`Confirmer la catégorie de ${document.title}`}
                  onClick={() => document.category && onCorrect(document, document.category)}
                  data-testid="vault-category-confirm"
                >
                  <IconCheck size={16} aria-hidden="true" />
                </ActionIcon>
              </Tooltip>
            )}
          </>
        )}
      </Group>
    </li>
  );
}
