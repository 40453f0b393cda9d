import { describe, expect, it } from 'vitest';

import { csvTemplate } from './csv';
import { formatValue } from './labels';
import { addMonths, dueDate, lastDayToReport } from './periods';
import { isEmptyCell, validateCell } from './validation';

describe('validateCell', () => {
  it('wants a whole number of 0 or more for a count', () => {
    expect(validateCell('COUNT', { value: '12' })).toEqual({});
    expect(validateCell('COUNT', { value: '0' })).toEqual({});
    expect(validateCell('COUNT', { value: '-1' }).value).toMatch(/whole number, 0 or more/);
    expect(validateCell('COUNT', { value: '1.5' }).value).toMatch(/whole number/);
    expect(validateCell('COUNT', { value: ' ' }).value).toBe('Enter a value.');
  });

  it('wants whole numerator and denominator, the denominator above 0 and not below the numerator', () => {
    expect(validateCell('PROPORTION', { numerator: '9', denominator: '12' })).toEqual({});
    expect(validateCell('PROPORTION', { numerator: '0', denominator: '1' })).toEqual({});
    expect(validateCell('PROPORTION', { numerator: '12', denominator: '12' })).toEqual({});
    expect(validateCell('PROPORTION', { numerator: '13', denominator: '12' })).toEqual({
      numerator: 'The numerator must not be more than the denominator (12).',
    });
    expect(validateCell('PROPORTION', { numerator: '0', denominator: '0' })).toEqual({
      denominator: 'The denominator must be more than 0.',
    });
    expect(validateCell('PROPORTION', { numerator: '1.5', denominator: 'x' })).toEqual({
      numerator: 'The numerator is a whole number, 0 or more.',
      denominator: 'The denominator is a whole number, 0 or more.',
    });
    expect(validateCell('PROPORTION', { numerator: '3' })).toEqual({ denominator: 'Enter the denominator.' });
  });

  it('wants a number for a mean or a rate', () => {
    expect(validateCell('MEAN', { value: '2.75' })).toEqual({});
    expect(validateCell('RATE', { value: '-0.5' })).toEqual({});
    expect(validateCell('RATE', { value: '.5' })).toEqual({});
    expect(validateCell('MEAN', { value: '2,5' }).value).toBe('Enter a number, e.g. 2.5.');
    expect(validateCell('MEAN', { value: '' }).value).toBe('Enter a value.');
  });

  it('knows an empty cell', () => {
    expect(isEmptyCell('PROPORTION', { numerator: '', denominator: ' ' })).toBe(true);
    expect(isEmptyCell('PROPORTION', { numerator: '1' })).toBe(false);
    expect(isEmptyCell('COUNT', {})).toBe(true);
  });
});

describe('periods and values', () => {
  it('counts months across years and dates the due and last days', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-11', 3)).toBe('2026-02');
    expect(dueDate('2026-01', 15)).toBe('2026-02-15');
    expect(lastDayToReport('2026-01', 45)).toBe('2026-03-17');
    expect(lastDayToReport('2026-02', 0)).toBe('2026-02-28');
  });

  it('shows proportions as percentages and other values plainly', () => {
    expect(formatValue('PROPORTION', 0.9)).toBe('90%');
    expect(formatValue('PROPORTION', 0.05)).toBe('5.0%');
    expect(formatValue('PROPORTION', 0)).toBe('0%');
    expect(formatValue('MEAN', 3.456)).toBe('3.46');
    expect(formatValue('COUNT', 12)).toBe('12');
    expect(formatValue('COUNT', undefined)).toBe('—');
  });

  it('makes a CSV template with one row per measure', () => {
    const measures = [{ key: 'screened' }, { key: 'active-cases' }] as Parameters<typeof csvTemplate>[1];
    expect(csvTemplate('org-1', measures, '2026-10')).toBe(
      'organizationId,measureKey,period,value,numerator,denominator\norg-1,screened,2026-10,,,\norg-1,active-cases,2026-10,,,\n',
    );
  });
});
