import { Alert, Box, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertCircle, IconInfoCircle } from '@tabler/icons-react';
import { type FormEvent, useRef, useState } from 'react';
import { logIn } from '../api/auth-api';
import { toApiError } from '../api/to-api-error';
import { BrandMark } from '../components/brand-mark';
import { LoginShowcase } from '../components/login-showcase';
import { describeLoginError } from '../messages/describe-login-error';
import { type AnonymousReason, useSession } from '../session/session-context';
import classes from './login-page.module.css';

interface FieldErrors {
  email?: string;
  password?: string;
}

const REASON_NOTICES: Record<AnonymousReason, string | null> = {
  'no-session': null,
  expired: 'Votre session a expiré. Reconnectez-vous pour reprendre où vous en étiez.',
  'logged-out': 'Vous êtes déconnecté. À bientôt sur Deedroom.',
};

function validateCredentials(email: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (email.trim() === '') errors.email = 'Saisissez votre adresse e-mail.';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()))
    errors.email = 'Cette adresse e-mail n’est pas valide.';
  if (password === '') errors.password = 'Saisissez votre mot de passe.';
  return errors;
}

/** "Connexion": e-mail and password, with a French explanation for each refusal. */
export function LoginPage({ reason }: { reason: AnonymousReason }) {
  useDocumentTitle('Connexion · Deedroom');
  const { startSession } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validateCredentials(email, password);
    setFieldErrors(errors);
    setFormError(null);
    if (errors.email) return emailRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();

    setIsSubmitting(true);
    try {
      const session = await logIn({ email: email.trim(), password });
      startSession(session);
    } catch (error) {
      setIsSubmitting(false);
      setFormError(describeLoginError(toApiError(error)));
      setPassword('');
      passwordRef.current?.focus();
    }
  }

  const notice = REASON_NOTICES[reason];

  return (
    <Box className={classes.layout}>
      <LoginShowcase />
      <main className={classes.formColumn}>
        <Box className={classes.formBox}>
          <Box hiddenFrom="md" mb="xl">
            <BrandMark size="lg" />
          </Box>
          <form onSubmit={handleSubmit} noValidate aria-labelledby="login-title" data-testid="login-form">
            <Stack gap="lg">
              <div>
                <Title order={1} id="login-title">
                  Connexion
                </Title>
                <Text c="dimmed" mt={6}>
                  Accédez aux dossiers de financement sur lesquels vous intervenez.
                </Text>
              </div>

              {notice && !formError && (
                <Alert
                  variant="light"
                  color="navy"
                  icon={<IconInfoCircle size={20} aria-hidden="true" />}
                  role="status"
                >
                  {notice}
                </Alert>
              )}
              {formError && (
                <Alert
                  variant="light"
                  color="red"
                  icon={<IconAlertCircle size={20} aria-hidden="true" />}
                  role="alert"
                  data-testid="login-error"
                >
                  {formError}
                </Alert>
              )}

              <TextInput
                ref={emailRef}
                label="Adresse e-mail"
                name="email"
                type="email"
                autoComplete="username"
                inputMode="email"
                size="md"
                required
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                error={fieldErrors.email}
                disabled={isSubmitting}
                data-testid="login-email"
              />
              <PasswordInput
                ref={passwordRef}
                label="Mot de passe"
                name="password"
                autoComplete="current-password"
                size="md"
                required
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={fieldErrors.password}
                disabled={isSubmitting}
                data-testid="login-password"
              />
              <Button type="submit" size="md" fullWidth loading={isSubmitting} data-testid="login-submit">
                Se connecter
              </Button>
              <Text size="sm" c="dimmed">
                Mot de passe oublié ? Adressez-vous à l’administrateur Deedroom de votre établissement.
              </Text>
            </Stack>
          </form>
        </Box>
      </main>
    </Box>
  );
}
