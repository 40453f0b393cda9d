import { NativeSelect, type NativeSelectProps } from '@mantine/core';

import type { Option } from '@/utils/labels';

interface FilterSelectProps extends Omit<NativeSelectProps, 'value' | 'onChange' | 'data'> {
  /** The filter's name (its search parameter). */
  name: string;
  value: string | undefined;
  /** The first choice, which sets no filter ("Every kind"); none when the filter always has a value. */
  any?: string;
  options: readonly Option[];
  /** Told of the choice, e.g. `useListFilters().update`. */
  onFilter: (changes: Record<string, string>) => void;
}

/** A select that filters a list: each choice sets the filter `name`, the `any` choice clears it. */
export function FilterSelect({ name, value, any, options, onFilter, ...select }: FilterSelectProps) {
  return (
    <NativeSelect
      {...select}
      value={value ?? ''}
      onChange={(e) => onFilter({ [name]: e.currentTarget.value })}
      data={any === undefined ? [...options] : [{ value: '', label: any }, ...options]}
    />
  );
}
