import { type DeedDetail, ORG_KIND_LABELS } from '@deedroom/shared';
import { Checkbox, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { updateDeedSettings } from '../api/deeds-api';
import { toApiError } from '../api/to-api-error';
import { useAuthenticatedSession } from '../session/session-context';

const FORCEABLE = ['developer', 'notary'] as const;

interface SuggestionModeSettingsProps {
  access: DeedDetail;
  refreshAccess: () => Promise<void>;
}

/** For roles that manage the deed: which parties may only suggest (enforced by the server). */
export function SuggestionModeSettings({ access, refreshAccess }: SuggestionModeSettingsProps) {
  const { csrfToken } = useAuthenticatedSession();
  const [isSaving, setIsSaving] = useState(false);
  // Shown at once; set back to the server's value if saving fails.
  const [value, setValue] = useState<string[]>(access.suggestionOnlyFor);
  const [error, setError] = useState<string | null>(null);

  const save = async (kinds: string[]) => {
    setValue(kinds);
    setIsSaving(true);
    setError(null);
    try {
      const suggestionOnlyFor = FORCEABLE.filter((k) => kinds.includes(k));
      await updateDeedSettings(access.id, { suggestionOnlyFor }, csrfToken);
      await refreshAccess();
    } catch (err) {
      setValue(access.suggestionOnlyFor);
      setError(toApiError(err).message);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <Stack gap={6}>
      <Checkbox.Group
        label="Mode suggestion imposé à"
        description="Ces parties ne peuvent plus modifier le texte directement : leurs modifications deviennent des suggestions."
        value={value}
        onChange={(kinds) => void save(kinds)}
      >
        <Group gap="md" mt={6}>
          {FORCEABLE.map((kind) => (
            <Checkbox
              key={kind}
              value={kind}
              label={ORG_KIND_LABELS[kind]}
              disabled={isSaving}
              data-testid={`force-suggestions-${kind}`}
            />
          ))}
        </Group>
      </Checkbox.Group>
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
