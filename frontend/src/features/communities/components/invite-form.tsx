import { Group, NativeSelect, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';

import { FormActions } from '@/components/ui/form-actions';
import { FormStatus } from '@/components/ui/form-status';
import type { Versioned } from '@/lib/api/request';
import { useServerForm } from '@/lib/forms/use-server-form';
import { memberLabel, organizationMembersQuery } from '@/lib/queries/members';
import { organizationListQuery } from '@/lib/queries/organizations';
import { useInviteToCommunity } from '../api/members';
import type { CommunityMember } from '../utils/standing';

interface InviteValues {
  /** How the person is named: by e-mail (anyone), or chosen among an organisation's members. */
  by: 'email' | 'organization';
  email: string;
  name: string;
  organizationId: string;
  userId: string;
  message: string;
}

const FIELDS = ['email', 'name', 'organizationId', 'userId', 'message'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Invite a person: by e-mail (anyone, whether or not they use the platform yet: a facilitator does
 * not see other organisations' people), or chosen among the members of an organisation (the
 * caller's own, or any for an admin).
 */
export function InviteForm({
  collaborativeId,
  organizations,
  admin,
  onDone,
  onCancel,
}: {
  collaborativeId: string;
  /** The caller's organisations. */
  organizations: readonly { organizationId: string; name: string }[];
  admin: boolean;
  onDone: (row: CommunityMember) => void;
  onCancel: () => void;
}) {
  const invite = useInviteToCommunity();
  // Which way the person is named now: where a 409 (already in) is shown.
  const by = useRef<InviteValues['by']>('email');
  const all = useQuery({ ...organizationListQuery({ size: 100 }), enabled: admin });
  const choices = admin && all.data ? all.data.items.map((o) => ({ organizationId: o.id, name: o.name })) : organizations;
  const server = useServerForm<InviteValues, Versioned<CommunityMember>>({
    initialValues: {
      by: 'email',
      email: '',
      name: '',
      organizationId: choices.length === 1 ? choices[0]!.organizationId : '',
      userId: '',
      message: '',
    },
    validate: {
      email: (v, all) =>
        all.by !== 'email'
          ? null
          : !v.trim()
            ? 'Enter the person’s e-mail address.'
            : EMAIL.test(v.trim())
              ? null
              : 'Enter an e-mail address such as name@example.org.',
      name: (v, all) => (all.by === 'email' && v.length > 200 ? 'At most 200 characters.' : null),
      organizationId: (v, all) => (all.by !== 'organization' || v ? null : 'Choose the organisation of the person.'),
      userId: (v, all) => (all.by !== 'organization' || v ? null : 'Choose the person to invite.'),
      message: (v) => (v.length > 2000 ? 'At most 2000 characters.' : null),
    },
    labels: {
      by: 'Invite',
      email: 'E-mail address',
      name: 'Name',
      organizationId: 'Organisation',
      userId: 'Person',
      message: 'Message',
    },
    idPrefix: 'invite',
    errorAt: { 409: () => (by.current === 'email' ? 'email' : 'userId') },
    // Both ways name the person: the API names `userId` when it is neither or both.
    pathOf: (v, values) =>
      v.in !== 'body'
        ? undefined
        : values.by === 'email' && v.field === 'userId'
          ? 'email'
          : FIELDS.includes(v.field)
            ? v.field
            : undefined,
    focus: 'field',
    summaryTitle: () => 'Not invited',
    send: (v) =>
      invite.mutateAsync({
        collaborativeId,
        body: {
          ...(v.by === 'email'
            ? { email: v.email.trim(), ...(v.name.trim() ? { name: v.name.trim() } : {}) }
            : { userId: v.userId, organizationId: v.organizationId }),
          ...(v.message.trim() ? { message: v.message.trim() } : {}),
        },
      }),
    onSaved: (saved) => onDone(saved.data),
  });
  const { field, form } = server;
  const values = form.getValues();
  const organizationId = values.by === 'organization' ? values.organizationId : '';
  const people = useQuery({ ...organizationMembersQuery(organizationId), enabled: Boolean(organizationId) });
  const active = (organizationId && people.data?.items) || [];
  return (
    <form noValidate onSubmit={server.onSubmit} aria-label="Invite a person">
      <Stack gap="md">
        <Radio.Group
          {...form.getInputProps('by')}
          onChange={(v) => {
            by.current = v === 'organization' ? 'organization' : 'email';
            form.setFieldValue('by', by.current);
          }}
          id={server.inputId('by')}
          label="Invite"
          required
        >
          <Group mt="xs">
            <Radio value="email" label="By e-mail address" />
            <Radio value="organization" label="From an organisation’s members" />
          </Group>
        </Radio.Group>
        {values.by === 'email' ? (
          <>
            <TextInput
              {...field('email')}
              type="email"
              required
              autoComplete="off"
              maxLength={254}
              description="Anyone: a person who does not use the platform yet is e-mailed to set a password."
              data-autofocus
            />
            <TextInput {...field('name')} maxLength={200} description="Optional: for a person the platform does not know yet." />
          </>
        ) : choices.length === 0 ? (
          <Text>You belong to no organisation: there is nobody you can choose from. Invite by e-mail address instead.</Text>
        ) : (
          <>
            <NativeSelect
              {...field('organizationId')}
              required
              onChange={(e) => {
                form.setFieldValue('organizationId', e.currentTarget.value);
                form.setFieldValue('userId', '');
              }}
              data={[{ value: '', label: 'Choose…' }, ...choices.map((o) => ({ value: o.organizationId, label: o.name }))]}
            />
            <NativeSelect
              {...field('userId')}
              required
              disabled={!organizationId || people.isPending}
              description={people.isError ? 'The organisation’s members could not be loaded.' : undefined}
              data={[
                { value: '', label: organizationId ? 'Choose…' : 'Choose the organisation first' },
                ...active.map((m) => ({ value: m.userId, label: memberLabel(m) })),
              ]}
            />
          </>
        )}
        <Textarea {...field('message')} maxLength={2000} autosize minRows={2} description="Optional: shown in the invitation." />
        <FormStatus of={server} />
        <FormActions submitLabel="Invite" submitting={server.submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
