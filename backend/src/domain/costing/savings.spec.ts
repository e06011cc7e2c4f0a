import { operatingSavingCents, savingParts } from './savings.js';

describe('a saving in its parts, one sign for every part', () => {
  // Status quo: 10,000 € operating and 2,000 € investment a year. The scheme costs the commune
  // 7,000 € operating and 3,000 € investment, and pays it back 500 € for staff it provides.
  // Saving: 12,000 − 10,000 + 500 = 2,500 €.
  const figures = { savingCents: 250_000, receiptCents: 50_000, impact: { etpChange: 0, operatingExpenseChangeCents: 700_000 - 1_000_000 } };

  it('counts the fall in operating expenses and the receipts as the operating part', () => {
    expect(savingParts(figures).operatingCents).toBe(300_000 + 50_000);
  });

  it('leaves the investment part: 2,000 € of status quo less a 3,000 € share, an extra cost', () => {
    expect(savingParts(figures).investmentCents).toBe(200_000 - 300_000);
  });

  it('adds the parts up to the saving', () => {
    const { operatingCents, investmentCents } = savingParts(figures);
    expect(operatingCents + investmentCents).toBe(figures.savingCents);
  });

  it('reads a costing without receipts (rules version 1) as receiving nothing', () => {
    expect(savingParts({ ...figures, receiptCents: undefined as unknown as number }).operatingCents).toBe(300_000);
  });

  it('shows a rise in operating expenses as a negative saving, and no change as zero, not minus zero', () => {
    expect(operatingSavingCents({ operatingExpenseChangeCents: 120_000 })).toBe(-120_000);
    expect(Object.is(operatingSavingCents({ operatingExpenseChangeCents: 0 }), 0)).toBe(true);
  });
});
