import { describe, expect, it } from 'vitest';

import { placesText } from './places';

describe('placesText', () => {
  it('shows the capacity while accepted teams are not counted', () => {
    expect(placesText({ capacity: 20 })).toBe('20 places');
    expect(placesText({ capacity: 1 })).toBe('1 place');
    expect(placesText({})).toBe('No limit on places');
  });

  it('is ready to show the places left', () => {
    expect(placesText({ capacity: 20, accepted: 15 })).toBe('5 of 20 places left');
    expect(placesText({ capacity: 20, accepted: 20 })).toBe('Full (20 places)');
  });
});
