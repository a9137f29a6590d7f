import { DEAL_ROLE_LABELS, ORG_KIND_LABELS } from '@deedroom/shared';
import { Avatar, Group, Text, Tooltip } from '@mantine/core';
import type { CSSProperties } from 'react';
import { readInitials } from './collaborator';
import classes from './presence-list.module.css';
import type { PresentCollaborator } from './use-collaborators';

function describeOrg(person: PresentCollaborator): string {
  return person.orgName || (person.orgKind ? ORG_KIND_LABELS[person.orgKind] : '');
}

/**
 * The server chooses each person's caret colour and stamps it for the others; the local user never
 * sees their own stamped state, so they are drawn in the neutral brand colour rather than a guess.
 */
function readDisplayColor(person: PresentCollaborator): string {
  return person.isSelf ? 'var(--mantine-color-navy-7)' : person.color;
}

function PersonAvatar({ person, size }: { person: PresentCollaborator; size: number }) {
  return (
    <Avatar
      size={size}
      radius="xl"
      classNames={{ root: classes.avatar, placeholder: classes.initials }}
      style={{ '--person-color': readDisplayColor(person) } as CSSProperties}
      aria-hidden="true"
    >
      {readInitials(person.name)}
    </Avatar>
  );
}

/** "Dans l’acte": who has the deed open now, with their organisation, role and caret colour. */
export function PresenceList({ people, isLive }: { people: PresentCollaborator[]; isLive: boolean }) {
  return (
    <section aria-labelledby="presence-title" className={classes.panel} data-testid="presence-list">
      <Text id="presence-title" className={classes.heading}>
        Dans l’acte maintenant <span className={classes.count}>{people.length}</span>
      </Text>
      <ul className={classes.list}>
        {people.map((person) => (
          <li
            key={person.id}
            className={classes.person}
            data-testid="presence-person"
            data-self={person.isSelf || undefined}
          >
            <PersonAvatar person={person} size={34} />
            <div className={classes.identity}>
              <Text size="sm" fw={600} lh={1.3} truncate="end" data-testid="presence-name">
                {person.name}
                {person.isSelf && (
                  <Text span size="xs" c="dimmed" fw={500}>
                    {' '}
                    (vous)
                  </Text>
                )}
              </Text>
              <Text size="xs" c="dimmed" lh={1.3} truncate="end" data-testid="presence-org">
                {describeOrg(person)}
                {person.role ? ` · ${DEAL_ROLE_LABELS[person.role]}` : ''}
              </Text>
            </div>
            {!person.isSelf && (
              <span
                className={classes.swatch}
                style={{ '--person-color': person.color } as CSSProperties}
                title="Couleur de son curseur"
                aria-hidden="true"
              />
            )}
          </li>
        ))}
      </ul>
      {!isLive ? (
        <Text size="xs" c="dimmed" mt="xs" data-testid="presence-unavailable">
          Sans connexion au serveur, la présence des autres participants n’est pas visible.
        </Text>
      ) : (
        people.length === 1 && (
          <Text size="xs" c="dimmed" mt="xs">
            Personne d’autre n’a ouvert cet acte pour le moment.
          </Text>
        )
      )}
    </section>
  );
}

/** The same people as a compact row of avatars for the title bar. */
export function PresenceAvatars({ people }: { people: PresentCollaborator[] }) {
  const shown = people.slice(0, 5);
  const hidden = people.length - shown.length;
  return (
    <Group gap={6} wrap="nowrap" role="group" aria-label={`${people.length} personne(s) dans l’acte`}>
      {shown.map((person) => (
        <Tooltip key={person.id} label={`${person.name} — ${describeOrg(person)}`} withArrow>
          <span>
            <PersonAvatar person={person} size={30} />
          </span>
        </Tooltip>
      ))}
      {hidden > 0 && (
        <Avatar size={30} radius="xl">
          +{hidden}
        </Avatar>
      )}
    </Group>
  );
}
