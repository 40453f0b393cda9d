import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useRef } from 'react';

/**
 * A data system's client secret, shown the one time the API answers it (registration, rotation):
 * a copy button and a clear warning that it will not be shown again. Focus moves to it so that a
 * screen reader announces it.
 */
export function SecretOnce({ clientId, secret, onDone }: { clientId: string; secret: string; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [secret]);
  const inputId = `secret-${clientId}`;
  return (
    <Alert color="yellow" variant="light" aria-labelledby={`${inputId}-title`}>
      <Stack gap="sm">
        <Text component="h3" id={`${inputId}-title`} fw={700} ref={heading} tabIndex={-1}>
          The secret of {clientId}: copy it now
        </Text>
        <Text size="sm">
          You will not see it again. Put it in the data system’s configuration (client id <code>{clientId}</code>, client
          credentials). If it is lost, give the data system a new secret.
        </Text>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            id={inputId}
            label="Client secret"
            value={secret}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
            styles={{ input: { fontFamily: 'monospace' } }}
            miw={280}
          />
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button variant={copied ? 'light' : 'filled'} onClick={copy} aria-live="polite">
                {copied ? 'Copied' : 'Copy secret'}
              </Button>
            )}
          </CopyButton>
          <Button variant="default" onClick={onDone}>
            I have stored it
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
