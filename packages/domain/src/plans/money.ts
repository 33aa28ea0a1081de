// Money as whole minor units with its currency: budgets, grants and tranches
// are added up and compared exactly, never in floating point (DESIGN.md).
// The currencies are those of the missions' countries and the usual donors';
// the number of decimals is ISO 4217's.

const decimalsOf: Readonly<Record<string, number>> = {
  // CFA francs, Guinean and other francs, and the yen have no minor unit.
  XOF: 0,
  XAF: 0,
  GNF: 0,
  RWF: 0,
  BIF: 0,
  DJF: 0,
  KMF: 0,
  JPY: 0,
  // Dinars with thousandths.
  LYD: 3,
  TND: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  BHD: 3,
  OMR: 3,
};

/** Minor-unit decimals of a currency: 2 unless ISO 4217 says otherwise. */
export function currencyDecimals(currency: string): number {
  return decimalsOf[currency] ?? 2;
}

export interface Money {
  /** Whole minor units (cents, or francs where there are none). */
  minor: number;
  /** ISO 4217 code, e.g. `GNF`. */
  currency: string;
}

/**
 * Reads an amount as a person types it ("1 250 000", "1,250.50", "75.5") into
 * minor units, or null when it is not an amount in that currency: more
 * decimals than the currency has, a negative sign, letters.
 */
export function parseAmount(text: string, currency: string): Money | null {
  const decimals = currencyDecimals(currency);
  const cleaned = text.trim().replace(/[\s\u00a0\u202f,]/g, '');
  const match = cleaned.match(/^(\d+)(?:\.(\d+))?$/);
  if (!match) return null;
  const [, whole = '', fraction = ''] = match;
  if (fraction.length > decimals) return null;
  const minor = Number(whole) * 10 ** decimals + Number(fraction.padEnd(decimals, '0') || '0');
  return Number.isSafeInteger(minor) ? { minor, currency } : null;
}

/** The amount in major units as text with its decimals ("1250000", "75.50"), for forms and exports. */
export function amountText(money: Money): string {
  const decimals = currencyDecimals(money.currency);
  if (decimals === 0) return String(money.minor);
  const text = String(Math.abs(money.minor)).padStart(decimals + 1, '0');
  const sign = money.minor < 0 ? '-' : '';
  return `${sign}${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
}

/** Totals by currency, in the order currencies first appear: amounts in different currencies never mix. */
export function totalsByCurrency(amounts: readonly Money[]): Money[] {
  const totals = new Map<string, number>();
  for (const { minor, currency } of amounts) totals.set(currency, (totals.get(currency) ?? 0) + minor);
  return [...totals].map(([currency, minor]) => ({ minor, currency }));
}
