import { DEAL_ROLE_LABELS, type Deal } from '@deedroom/shared';
import { Anchor, Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { formatEuros } from '../format/format-euros';
import tableClasses from './data-table.module.css';
import { DealPartiesSummary } from './deal-parties-summary';
import { DealStatusBadge } from './deal-status-badge';
import classes from './deal-table.module.css';

/** The user's deals, one row each; the programme name links to the deal, the whole row is clickable. */
export function DealTable({ deals }: { deals: readonly Deal[] }) {
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={960} type="native">
      <Table verticalSpacing="md" horizontalSpacing="lg" highlightOnHover data-testid="deal-list">
        <Table.Thead className={tableClasses.head}>
          <Table.Tr>
            <Table.Th scope="col">Programme</Table.Th>
            <Table.Th scope="col">Ville</Table.Th>
            <Table.Th scope="col" ta="right">
              Lots
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Montant
            </Table.Th>
            <Table.Th scope="col">Statut</Table.Th>
            <Table.Th scope="col">Parties</Table.Th>
            <Table.Th scope="col">Mon rôle</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deals.map((deal) => (
            <Table.Tr
              key={deal.id}
              className={classes.row}
              onClick={() => navigate(`/deals/${encodeURIComponent(deal.id)}`)}
              data-testid={`deal-row-${deal.id}`}
              data-deal-id={deal.id}
            >
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/deals/${encodeURIComponent(deal.id)}`}
                  fw={600}
                  c="navy.9"
                  onClick={(event) => event.stopPropagation()}
                  data-testid="deal-link"
                >
                  {deal.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{deal.city}</Table.Td>
              <Table.Td ta="right" className="tabular-numbers">
                {deal.lots.toLocaleString('fr-FR')}
              </Table.Td>
              <Table.Td ta="right" className="tabular-numbers" style={{ whiteSpace: 'nowrap' }}>
                {formatEuros(deal.amountCents)}
              </Table.Td>
              <Table.Td>
                <DealStatusBadge status={deal.status} />
              </Table.Td>
              <Table.Td>
                <DealPartiesSummary parties={deal.parties} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{DEAL_ROLE_LABELS[deal.myRole]}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
