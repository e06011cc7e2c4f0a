import type { VersionContent } from '../versions/diff.js';
import { communeView } from './commune-view.js';

const share = (payer: { kind: 'EPCI' } | { kind: 'COMMUNE'; insee: string }) => ({ payer, cents: 1, operatingCents: 1, investmentCents: 0, payment: null, explanation: '' });
const content = {
  scheme: { title: 'S', description: '', mandate: { first: 2027, last: 2027 }, taxRegime: 'FPU' },
  actions: [],
  communes: [{ insee: '82112' }, { insee: '82001' }],
  costing: {
    mandate: { first: 2027, last: 2027 },
    actions: [{ actionId: 'a', title: 'A', kind: 'SHARED_SERVICE', totalCents: 3, years: [{ year: 2027, totalCents: 3, operatingCents: 3, investmentCents: 0, shares: [share({ kind: 'EPCI' }), share({ kind: 'COMMUNE', insee: '82112' }), share({ kind: 'COMMUNE', insee: '82001' })] }] }],
    communes: [{ insee: '82112', name: 'Moissac' }, { insee: '82001', name: 'Albefeuille-Lagarde' }],
    epci: { years: [], mandate: {} },
    totals: { years: [], mandate: {} },
  },
  problems: [],
} as unknown as VersionContent;

describe("a version as a commune's reviewer reads it", () => {
  const view = communeView(content, '82112');

  it('keeps only their commune’s figures and sheet', () => {
    expect(view.communes.map((c) => c.insee)).toEqual(['82112']);
    expect(view.costing.communes.map((c) => c.insee)).toEqual(['82112']);
  });

  it('keeps the EPCI’s share and their own, not another commune’s', () => {
    expect(view.costing.actions[0]!.years[0]!.shares.map((s) => (s.payer.kind === 'EPCI' ? 'EPCI' : s.payer.insee))).toEqual(['EPCI', '82112']);
  });
});
