import { CATEGORY_SOURCE_LABELS, type CategorySource } from '@deedroom/shared';
import { Badge, Loader, Text, Tooltip } from '@mantine/core';
import { IconAlertCircle, IconUserCheck } from '@tabler/icons-react';

const PERCENT = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });

/**
 * How the document got its category: still being filed, to check by a person, filed by a person.
 * Filed automatically with confidence shows no badge, only the confidence, discreetly.
 */
export function CategorySourceBadge({
  source,
  confidence,
  isVerbose = false,
}: {
  source: CategorySource;
  confidence: number | null;
  /** Spells out « Classé automatiquement » (the detail) rather than « auto » (the list). */
  isVerbose?: boolean;
}) {
  if (source === 'pending') {
    return (
      <Badge
        size="sm"
        variant="light"
        color="gray"
        tt="none"
        leftSection={<Loader size={10} color="gray" aria-hidden="true" />}
        data-testid="vault-category-source"
        data-source={source}
      >
        {CATEGORY_SOURCE_LABELS.pending}
      </Badge>
    );
  }
  if (source === 'to_review') {
    return (
      <Tooltip label="Le classement automatique n’est pas sûr de lui : confirmez ou corrigez la catégorie.">
        <Badge
          size="sm"
          variant="light"
          color="orange"
          tt="none"
          leftSection={<IconAlertCircle size={12} aria-hidden="true" />}
          data-testid="vault-category-source"
          data-source={source}
        >
          {CATEGORY_SOURCE_LABELS.to_review}
          {confidence !== null && ` · ${PERCENT.format(confidence)}`}
        </Badge>
      </Tooltip>
    );
  }
  if (source === 'person') {
    return (
      <Tooltip label={CATEGORY_SOURCE_LABELS.person}>
        <Badge
          size="sm"
          variant="transparent"
          color="gray"
          tt="none"
          leftSection={<IconUserCheck size={12} aria-hidden="true" />}
          data-testid="vault-category-source"
          data-source={source}
        >
          {CATEGORY_SOURCE_LABELS.person}
        </Badge>
      </Tooltip>
    );
  }
  return (
    <Tooltip
      label={`${CATEGORY_SOURCE_LABELS.predicted}, confiance ${confidence === null ? 'inconnue' : PERCENT.format(confidence)}`}
    >
      <Text size="xs" c="dimmed" data-testid="vault-category-source" data-source={source}>
        {isVerbose ? CATEGORY_SOURCE_LABELS.predicted : 'auto'}
        {confidence !== null && ` · confiance ${PERCENT.format(confidence)}`}
      </Text>
    </Tooltip>
  );
}
