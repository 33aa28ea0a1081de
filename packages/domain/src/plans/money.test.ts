import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountText, currencyDecimals, parseAmount, totalsByCurrency } from './money.ts';

describe('money', () => {
  it('reads amounts as people type them, in the currency’s own decimals', () => {
    expect(parseAmount('1 250 000', 'GNF')).toEqual({ minor: 1_250_000, currency: 'GNF' });
    expect(parseAmount('1,250.50', 'EUR')).toEqual({ minor: 125_050, currency: 'EUR' });
    expect(parseAmount('75.5', 'USD')).toEqual({ minor: 7_550, currency: 'USD' });
    expect(parseAmount('12.345', 'LYD')).toEqual({ minor: 12_345, currency: 'LYD' });
    expect(parseAmount('10.5', 'XOF')).toBeNull();
    expect(parseAmount('-3', 'EUR')).toBeNull();
    expect(parseAmount('ten', 'EUR')).toBeNull();
    expect(currencyDecimals('GNF')).toBe(0);
  });

  it('writes back what it reads, for any amount and currency', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.constantFrom('GNF', 'EUR', 'LYD', 'USD'),
        (minor, currency) => {
          expect(parseAmount(amountText({ minor, currency }), currency)).toEqual({ minor, currency });
        },
      ),
    );
  });

  it('adds up exactly and never across currencies', () => {
    const tenths = Array.from({ length: 10 }, () => ({ minor: 10, currency: 'EUR' }));
    expect(totalsByCurrency([...tenths, { minor: 500_000, currency: 'GNF' }])).toEqual([
      { minor: 100, currency: 'EUR' },
      { minor: 500_000, currency: 'GNF' },
    ]);
    expect(amountText({ minor: 100, currency: 'EUR' })).toBe('1.00');
  });
});
