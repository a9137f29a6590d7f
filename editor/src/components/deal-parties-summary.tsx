import type { DealParty } from '@deedroom/shared';
import { Group, Stack, Text } from '@mantine/core';
import { groupPartiesByKind } from '../deals/group-parties-by-kind';
import { PARTY_KIND_HEADINGS } from '../deals/party-kind-headings';
import { PartyKindIcon } from './party-kind-icon';

/** The parties of a deal in a table cell: one line per organisation, with its kind. */
export function DealPartiesSummary({ parties }: { parties: readonly DealParty[] }) {
  const ordered = groupPartiesByKind(parties).flatMap((group) => group.parties);
  return (
    <Stack gap={4}>
      {ordered.map((party) => (
        <Group key={party.orgId} gap={6} wrap="nowrap" c="gray.7">
          <PartyKindIcon kind={party.kind} size={14} />
          <Text size="sm" lh={1.3}>
            <Text span size="sm" c="dimmed">
              {PARTY_KIND_HEADINGS[party.kind].one} :
            </Text>{' '}
            {party.name}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
