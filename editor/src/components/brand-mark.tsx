import { Group, Text } from '@mantine/core';

interface BrandMarkProps {
  /** `light` on white backgrounds, `inverted` on the navy login panel. */
  tone?: 'light' | 'inverted';
  size?: 'sm' | 'lg';
}

/** The Deedroom logo: a navy tile with a stylised "D" and a gold rule, then the word mark. */
export function BrandMark({ tone = 'light', size = 'sm' }: BrandMarkProps) {
  const tile = size === 'lg' ? 40 : 30;
  return (
    <Group gap={size === 'lg' ? 12 : 10} wrap="nowrap">
      <svg width={tile} height={tile} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="6" fill={tone === 'inverted' ? '#ffffff' : '#1b2b4b'} />
        <path
          d="M10 8h6.5c5 0 8.5 3.2 8.5 8s-3.5 8-8.5 8H10z"
          fill="none"
          stroke={tone === 'inverted' ? '#1b2b4b' : '#ffffff'}
          strokeWidth="2.6"
        />
        <path d="M14 13h7" stroke="#c9a227" strokeWidth="2.2" />
      </svg>
      <Text
        component="span"
        fw={700}
        fz={size === 'lg' ? 26 : 19}
        lts={-0.3}
        c={tone === 'inverted' ? 'white' : 'navy.9'}
      >
        Deedroom
      </Text>
    </Group>
  );
}
