import { Text } from '@mantine/core';

interface PlacesProps {
  /** Most teams that can be accepted; undefined for no limit. */
  capacity?: number;
  /**
   * Teams accepted so far. The API does not count them yet (applications come in a later
   * issue): until it does, pages pass nothing and this shows the capacity alone.
   */
  accepted?: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "20 places", "5 of 20 places left", "Full", or "No limit on places". */
export function placesText({ capacity, accepted }: PlacesProps): string {
  if (capacity === undefined) return 'No limit on places';
  if (accepted === undefined) return plural(capacity, 'place', 'places');
  const left = Math.max(capacity - accepted, 0);
  if (left === 0) return `Full (${plural(capacity, 'place', 'places')})`;
  return `${left} of ${plural(capacity, 'place', 'places')} left`;
}

export function Places(props: PlacesProps) {
  return <Text span>{placesText(props)}</Text>;
}
