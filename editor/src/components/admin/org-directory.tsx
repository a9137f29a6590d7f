import { ORG_KINDS, type Org } from '@deedroom/shared';
import { Badge, Group, NavLink, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { PARTY_KIND_HEADINGS } from '../../deals/party-kind-headings';
import { PartyKindIcon } from '../party-kind-icon';
import classes from './admin.module.css';

interface OrgDirectoryProps {
  orgs: readonly Org[];
  selectedId: string | null;
}

function matchesSearch(org: Org, search: string): boolean {
  const needle = search.trim().toLocaleLowerCase('fr');
  return needle === '' || org.name.toLocaleLowerCase('fr').includes(needle);
}

/** Every organisation of the platform, by kind; each links to its users. */
export function OrgDirectory({ orgs, selectedId }: OrgDirectoryProps) {
  const [search, setSearch] = useState('');
  const visible = orgs.filter((org) => matchesSearch(org, search));

  return (
    <Paper withBorder shadow="xs" component="nav" aria-label="Organisations" data-testid="org-directory">
      <Stack gap="sm" p="md" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
        <Group justify="space-between">
          <Text fw={600}>Organisations</Text>
          <Badge variant="light" color="gray" data-testid="org-count">
            {orgs.length}
          </Badge>
        </Group>
        <TextInput
          placeholder="Rechercher une organisation"
          aria-label="Rechercher une organisation"
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          data-testid="org-search"
        />
      </Stack>
      <Stack gap={4} p="xs" pb="sm">
        {visible.length === 0 && (
          <Text size="sm" c="dimmed" p="sm" data-testid="org-directory-empty">
            {orgs.length === 0
              ? 'Aucune organisation enregistrée. Créez la première avec « Nouvelle organisation ».'
              : 'Aucune organisation ne correspond à cette recherche.'}
          </Text>
        )}
        {ORG_KINDS.map((kind) => {
          const ofKind = visible
            .filter((org) => org.kind === kind)
            .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
          if (ofKind.length === 0) return null;
          return (
            <div key={kind}>
              <Text className={classes.sectionLabel} px="sm" pt="sm" pb={4}>
                {kind === 'notary' ? 'Offices notariaux' : PARTY_KIND_HEADINGS[kind].many}
              </Text>
              {ofKind.map((org) => (
                <NavLink
                  key={org.id}
                  component={Link}
                  to={`/administration?org=${encodeURIComponent(org.id)}`}
                  label={org.name}
                  leftSection={<PartyKindIcon kind={org.kind} size={18} />}
                  active={org.id === selectedId}
                  aria-current={org.id === selectedId ? 'page' : undefined}
                  data-testid={`org-link-${org.id}`}
                  data-org-name={org.name}
                  style={{ borderRadius: 'var(--mantine-radius-sm)' }}
                />
              ))}
            </div>
          );
        })}
      </Stack>
    </Paper>
  );
}
