import { describe, expect, it } from 'vitest';
import { nameKey, sameName } from '../../src/golden/names.js';

describe('lenient party names', () => {
  it.each([
    ['Monier Ltd', 'Monier'],
    ['The Boeing Co.', 'BOEING'],
    ['Sedio N.V.', 'Sedio'],
    ['Cilluffo Associates L.P.', 'Cilluffo Associates'],
    ['Dixons Group Plc', 'Dixons'],
    ['Bryson Oil and Gas Plc', 'Bryson Oil & Gas'],
    ["Trelleborg AB's", 'Trelleborg'],
    ['Pesch and Co', 'Pesch'],
    ['Morgan Stanley & Co Inc', 'Morgan Stanley'],
  ])('%s is %s', (a, b) => {
    expect(sameName(a, b)).toBe(true);
  });

  it('keeps names apart that differ in more than the legal form', () => {
    expect(sameName('Computer Terminal Systems Inc', 'Computer Terminal')).toBe(false);
    expect(sameName('American Motors Corp', 'AMC')).toBe(false);
    expect(sameName('Universal Furniture Ltd', 'Universal Furniture Industries')).toBe(false);
  });

  it('never empties a name made only of suffix words', () => {
    expect(nameKey('The Limited Inc')).toBe('limited');
    expect(nameKey('Group')).toBe('group');
  });
});
