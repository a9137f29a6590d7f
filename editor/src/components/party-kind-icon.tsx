import type { OrgKind } from '@deedroom/shared';
import { IconBuildingBank, IconBuildingSkyscraper, IconScale } from '@tabler/icons-react';

const ICONS = { bank: IconBuildingBank, developer: IconBuildingSkyscraper, notary: IconScale } as const;

/** A small pictogram per kind of organisation (decorative: the kind is always written next to it). */
export function PartyKindIcon({ kind, size = 16 }: { kind: OrgKind; size?: number }) {
  const Icon = ICONS[kind];
  return <Icon size={size} stroke={1.6} aria-hidden="true" />;
}
