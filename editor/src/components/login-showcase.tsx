import { Box, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconCalendarDue,
  IconFileText,
  IconLock,
  IconShieldCheck,
  IconWritingSign,
} from '@tabler/icons-react';
import { BrandMark } from './brand-mark';
import classes from './login-showcase.module.css';

const FEATURES = [
  { icon: IconFileText, text: 'Rédaction des actes à plusieurs mains, en temps réel' },
  { icon: IconLock, text: 'Coffre-fort documentaire propre à chaque dossier' },
  { icon: IconCalendarDue, text: 'Échéancier partagé, des conditions suspensives aux appels de fonds' },
  { icon: IconWritingSign, text: 'Signature électronique des engagements de la banque' },
] as const;

/** The navy panel beside the login form: brand, tagline and what the platform is for. */
export function LoginShowcase() {
  return (
    <Box component="aside" visibleFrom="md" className={classes.panel} aria-label="Présentation de Deedroom">
      <BrandMark tone="inverted" size="lg" />
      <Stack gap="xl" maw={460}>
        <div>
          <Title order={2} c="white" fz={30} lh={1.25} fw={600}>
            La salle des actes du financement immobilier
          </Title>
          <Text c="navy.1" mt="md" fz="lg" lh={1.55}>
            Banque, promoteurs et notaires rédigent ensemble les actes, partagent les pièces, suivent les
            échéances et signent les engagements.
          </Text>
        </div>
        <List spacing="md" center>
          {FEATURES.map(({ icon: Icon, text }) => (
            <List.Item
              key={text}
              c="navy.0"
              lh={1.45}
              icon={
                <ThemeIcon
                  size={32}
                  radius="sm"
                  variant="light"
                  color="navy.2"
                  className={classes.featureIcon}
                >
                  <Icon size={18} aria-hidden="true" />
                </ThemeIcon>
              }
            >
              {text}
            </List.Item>
          ))}
        </List>
      </Stack>
      <Text c="navy.2" size="sm" className={classes.footnote}>
        <IconShieldCheck size={16} aria-hidden="true" className={classes.footnoteIcon} />
        Chaque établissement ne voit que les dossiers sur lesquels il intervient.
      </Text>
    </Box>
  );
}
