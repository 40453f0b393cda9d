import { Select } from '@mantine/core';
import type { ReactNode } from 'react';

import { memberLabel, type OrganizationMember } from '@/lib/queries/members';

interface MemberPickerProps {
  id: string;
  label: string;
  members: OrganizationMember[];
  value: string;
  onChange: (memberId: string) => void;
  error?: ReactNode;
  description?: ReactNode;
  loading?: boolean;
  required?: boolean;
}

/**
 * Chooses one of the organisation's members: type to filter by name or e-mail, arrows and Enter to
 * pick (Mantine's Select: a labelled combobox with a listbox).
 */
export function MemberPicker({ id, label, members, value, onChange, error, description, loading, required }: MemberPickerProps) {
  return (
    <Select
      id={id}
      label={label}
      required={required}
      description={description}
      placeholder={loading ? 'Loading the members…' : 'Type a name or an e-mail'}
      searchable
      clearable
      nothingFoundMessage="No member matches: add them as a new person"
      data={members.map((m) => ({ value: m.id, label: memberLabel(m) }))}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
