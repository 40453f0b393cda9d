import { Input, NativeSelect, TextInput, Textarea } from '@mantine/core';

import type { ServerForm } from '@/lib/forms/use-server-form';
import { AUDIENCE_LABELS, type ItemValues, type LibraryAudience } from '../utils/library-values';

export const ITEM_LABELS = {
  title: 'Title',
  description: 'Description',
  tags: 'Tags',
  audience: 'Who sees it',
  organizationId: 'Team',
};

/** The fields every item has: title, description, tags, audience (and the team of a TEAM item). */
export function ItemFields<V extends ItemValues>({
  server,
  organizations,
  network,
  autoFocus,
}: {
  server: ServerForm<V>;
  /** The organisations a TEAM item may be for (the caller's). */
  organizations: readonly { organizationId: string; name: string }[];
  /** The network's own library: no members, so no MEMBERS audience. */
  network?: boolean;
  autoFocus?: boolean;
}) {
  const { field, form } = server;
  const audiences: LibraryAudience[] = network ? ['NETWORK', 'TEAM'] : ['MEMBERS', 'NETWORK', 'TEAM'];
  const audience = form.getValues().audience;
  return (
    <>
      <TextInput {...field('title')} required maxLength={200} autoComplete="off" data-autofocus={autoFocus || undefined} />
      <Textarea {...field('description')} maxLength={5000} autosize minRows={2} />
      <TextInput
        {...field('tags')}
        maxLength={1100}
        autoComplete="off"
        description="Separated by commas, e.g. “screening-tool, ptsd”. People find items by their tags."
      />
      <NativeSelect {...field('audience')} required data={audiences.map((a) => ({ value: a, label: AUDIENCE_LABELS[a] }))} />
      {audience === 'TEAM' &&
        (organizations.length > 0 ? (
          <NativeSelect
            {...field('organizationId')}
            required
            data={[{ value: '', label: 'Choose…' }, ...organizations.map((o) => ({ value: o.organizationId, label: o.name }))]}
          />
        ) : (
          <Input.Error>You belong to no organisation: choose another audience.</Input.Error>
        ))}
    </>
  );
}
