import { Alert, Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';

import { QueryState } from '@/components/ui/page-state';
import { errorMessage, isApiError, isStaleEdit } from '@/lib/api/problem';
import {
  DELIVERY_LABELS,
  TOPIC_LABELS,
  usePreferences,
  useUpdatePreferences,
  type NotificationDelivery,
  type NotificationTopic,
} from '../api/preferences';

const DELIVERIES: NotificationDelivery[] = ['IN_APP', 'EMAIL', 'DAILY_DIGEST', 'WEEKLY_DIGEST'];

/** One radio group per topic: how the person hears of it. Saved together, confirmed once. */
export function NotificationPreferencesForm() {
  const query = usePreferences();
  const save = useUpdatePreferences();
  const [choices, setChoices] = useState<Partial<Record<NotificationTopic, NotificationDelivery>>>({});
  const [saved, setSaved] = useState(false);
  const status = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (saved || save.isError) status.current?.focus();
  }, [saved, save.isError]);

  if (query.isPending || query.isError) return <QueryState query={query} what="your notification settings" />;
  const items = query.data.data.items;
  const current = (topic: NotificationTopic) => choices[topic] ?? items.find((i) => i.topic === topic)?.delivery ?? 'IN_APP';
  const changed = items.filter((i) => choices[i.topic] && choices[i.topic] !== i.delivery);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(false);
    save.mutate(
      { etag: query.data.etag, preferences: items.map((i) => ({ topic: i.topic, delivery: current(i.topic) })) },
      {
        onSuccess: () => {
          setChoices({});
          setSaved(true);
        },
        // changed meanwhile (another tab, an e-mail's unsubscribe link): read them again, keep the
        // choices made here, so that saving again applies them over what is there now
        onError: (error) => {
          if (isStaleEdit(error)) void query.refetch();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} aria-label="Notification settings" noValidate>
      <Stack gap="lg">
        {!query.data.data.mailEnabled && (
          <Alert color="gray" variant="light" title="E-mail is off on this server">
            You will see every notification in the app; your e-mail choices apply once e-mail is turned on.
          </Alert>
        )}
        <div ref={status} tabIndex={-1}>
          {saved && (
            <Alert color="green" variant="light" role="status" title="Saved">
              Your notification settings are saved.
            </Alert>
          )}
          {save.isError && (
            <Alert color="red" variant="light" role="alert" title="Not saved">
              <Text size="sm">{errorMessage(save.error)}</Text>
              {isStaleEdit(save.error) && (
                <Text size="sm">Your settings were read again; your choices here are kept. Save again to apply them.</Text>
              )}
              {isApiError(save.error) &&
                save.error.violations.map((v) => (
                  <Text size="sm" key={`${v.field}-${v.message}`}>
                    {v.field}: {v.message}
                  </Text>
                ))}
            </Alert>
          )}
        </div>
        {items.map((item) => (
          <Radio.Group
            key={item.topic}
            name={`delivery-${item.topic}`}
            label={TOPIC_LABELS[item.topic].label}
            description={`${TOPIC_LABELS[item.topic].description}. Default: ${DELIVERY_LABELS[item.defaultDelivery].toLowerCase()}.`}
            value={current(item.topic)}
            onChange={(value) => {
              setSaved(false);
              setChoices((c) => ({ ...c, [item.topic]: value as NotificationDelivery }));
            }}
          >
            <Group mt="xs" gap="md">
              {DELIVERIES.map((d) => (
                <Radio key={d} value={d} label={DELIVERY_LABELS[d]} />
              ))}
            </Group>
          </Radio.Group>
        ))}
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save settings
          </Button>
          {changed.length > 0 && (
            <Text size="sm" c="dimmed">
              {changed.length} {changed.length === 1 ? 'change' : 'changes'} not saved yet
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
