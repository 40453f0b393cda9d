import { Checkbox, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';

import { FormActions } from '@/components/ui/form-actions';
import { FormStatus } from '@/components/ui/form-status';
import type { Versioned } from '@/lib/api/request';
import { useServerForm } from '@/lib/forms/use-server-form';
import { useJoinCommunity } from '../api/members';
import { joinBody, type JoinValues, type MyOrganization } from '../utils/join-values';
import type { CommunityMember } from '../utils/standing';

/** Ask to join a learning community: for which organisation (optional), region, a message, visibility. */
export function JoinForm({
  collaborativeId,
  organizations,
  onDone,
  onCancel,
}: {
  collaborativeId: string;
  organizations: readonly MyOrganization[];
  onDone: (row: CommunityMember) => void;
  onCancel: () => void;
}) {
  const join = useJoinCommunity();
  const server = useServerForm<JoinValues, Versioned<CommunityMember>>({
    initialValues: {
      organizationId: organizations.length === 1 ? organizations[0]!.organizationId : '',
      region: '',
      message: '',
      visible: true,
    },
    validate: {
      region: (v) => (v.length > 120 ? 'At most 120 characters.' : null),
      message: (v) => (v.length > 2000 ? 'At most 2000 characters.' : null),
    },
    labels: { organizationId: 'Organisation', region: 'Region', message: 'Message to the facilitators' },
    idPrefix: 'join',
    errorAt: { 409: 'message' },
    focus: 'field',
    summaryTitle: () => 'Not sent',
    send: (v) => join.mutateAsync({ collaborativeId, body: joinBody(v) }),
    onSaved: (saved) => onDone(saved.data),
  });
  const { field, form } = server;
  return (
    <form noValidate onSubmit={server.onSubmit} aria-label="Ask to join">
      <Stack gap="md">
        {organizations.length > 0 && (
          <NativeSelect
            {...field('organizationId')}
            description="The organisation you take part for (optional)."
            data={[
              { value: '', label: 'None: I take part for myself' },
              ...organizations.map((o) => ({ value: o.organizationId, label: o.name })),
            ]}
            data-autofocus
          />
        )}
        <TextInput {...field('region')} maxLength={120} description="Optional, e.g. “North East”." autoComplete="off" />
        <Textarea
          {...field('message')}
          maxLength={2000}
          autosize
          minRows={3}
          description="Optional: why you would like to join."
        />
        <Checkbox
          {...form.getInputProps('visible', { type: 'checkbox' })}
          id="join-visible"
          label="Show me in the member directory"
          description="Other members see your name, organisation, role and region. You can change this later."
        />
        <FormStatus of={server} />
        <FormActions submitLabel="Ask to join" submitting={server.submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
