// Every impossible input is refused with a typed error and a French message naming the culprit.
import { describe, expect, it } from '@jest/globals';
import { computeCosting, CostingError, type CostingErrorReason, type CostingInput } from './index.js';
import { action, commune, plain, scheme, yearlyCost } from './test-builders.js';

const moissac = commune('82112', 'Moissac', { devices: { workstations: 0 } });
const castel = commune('82033', 'Castelsarrasin', { devices: { workstations: 0 } });
const communes = [moissac, castel];

function refusal(input: CostingInput): CostingError {
  try {
    computeCosting(input);
  } catch (error) {
    if (error instanceof CostingError) return error;
    throw error;
  }
  throw new Error('The input was accepted');
}

function expectRefused(input: CostingInput, reason: CostingErrorReason, message: string): void {
  const error = refusal(input);
  expect(error.code).toBe('BAD_USER_INPUT');
  expect(error.reason).toBe(reason);
  expect(plain(error.message)).toBe(message);
}

const withAction = (overrides: Parameters<typeof action>[1], members = communes, input: Partial<CostingInput> = {}): CostingInput =>
  scheme(communes, [action(members, { title: 'DSI mutualisée', ...overrides })], input);

describe('allocation keys', () => {
  it('refuses a key whose weights are all zero', () => {
    expectRefused(
      withAction({ allocation: { kind: 'split', key: { kind: 'devices', devices: ['workstations'] } } }),
      'ZERO_WEIGHTS',
      'Action « DSI mutualisée » : toutes les valeurs de la clé « postes » sont nulles pour les communes participantes, le coût ne peut pas être réparti.',
    );
  });

  it('names the commune and the figure missing for the key', () => {
    const noDevices = commune('82112', 'Moissac');
    const input = scheme([noDevices, castel], [action([noDevices, castel], { title: 'DSI mutualisée', allocation: { kind: 'split', key: { kind: 'devices', devices: ['workstations'] } } })]);
    expectRefused(input, 'MISSING_FIGURE', 'Commune de Moissac : le nombre de postes de travail est manquant pour la clé « postes » (action « DSI mutualisée »).');
    expect(refusal(input).actionId).toBe('a1');
  });

  it('names a missing population DGF, usage figure or fixed percentage', () => {
    expect(plain(refusal(withAction({ allocation: { kind: 'split', key: { kind: 'population', population: 'dgf' } } })).message)).toContain(
      'Commune de Moissac : la population DGF est manquante pour la clé « population DGF »',
    );
    expect(plain(refusal(withAction({ allocation: { kind: 'split', key: { kind: 'usage', metric: 'ads', unitLabel: 'dossiers ADS' } } })).message)).toContain(
      'la valeur « dossiers ADS » est manquante',
    );
    expect(refusal(withAction({ allocation: { kind: 'split', key: { kind: 'percentages', percents: { '82112': 100 } } } })).reason).toBe('MISSING_FIGURE');
  });

  it('refuses fixed percentages or composite weights that do not sum to 100', () => {
    expectRefused(
      withAction({ allocation: { kind: 'split', key: { kind: 'percentages', percents: { '82112': 80, '82033': '10.5' } } } }),
      'PERCENTAGES_NOT_100',
      'Action « DSI mutualisée » : les pourcentages fixés totalisent 90,5 % au lieu de 100 %.',
    );
    const composite = { kind: 'composite' as const, parts: [{ percent: 50, key: { kind: 'equal' as const } }] };
    expect(refusal(withAction({ allocation: { kind: 'split', key: composite } })).reason).toBe('PERCENTAGES_NOT_100');
  });

  it('refuses a percentage for a commune that does not take part', () => {
    const input = withAction({ allocation: { kind: 'split', key: { kind: 'percentages', percents: { '82112': 100, '99999': 0 } } } }, [moissac]);
    expect(refusal(input).reason).toBe('UNKNOWN_COMMUNE');
  });
});

describe('payment by deduction from the attribution de compensation', () => {
  const byAc = (kind: 'SHARED_SERVICE' | 'GROUP_PURCHASE', taxRegime: 'FPU' | 'FA') =>
    withAction({ kind, participants: [{ insee: '82112', payment: 'AC_DEDUCTION' }] }, communes, { taxRegime });

  it('is refused for an EPCI in fiscalité additionnelle', () => {
    expectRefused(
      byAc('SHARED_SERVICE', 'FA'),
      'AC_DEDUCTION_NOT_ALLOWED',
      'Commune de Moissac : le paiement par déduction de l’attribution de compensation n’est possible que pour un EPCI en fiscalité professionnelle unique (FPU) (action « DSI mutualisée »).',
    );
  });

  it('is refused for anything but a shared service', () => {
    expect(refusal(byAc('GROUP_PURCHASE', 'FPU')).message).toContain('n’est possible que pour un service commun');
  });

  it('is accepted for a shared service of an FPU EPCI', () => {
    expect(() => computeCosting(byAc('SHARED_SERVICE', 'FPU'))).not.toThrow();
  });
});

describe('years', () => {
  it('refuses an action outside the mandate', () => {
    expectRefused(
      withAction({ years: { first: 2025, last: 2026 } }),
      'YEAR_OUTSIDE_MANDATE',
      'Action « DSI mutualisée » : l’action porte sur 2025–2026, hors de la période du mandat (2026).',
    );
  });

  it('refuses a cost line outside its action’s years', () => {
    expectRefused(
      withAction({ costLines: [{ kind: 'oneOff', label: 'Serveurs', nature: 'INVESTMENT', year: 2031, amountCents: 100 }] }),
      'YEAR_OUTSIDE_ACTION',
      'Action « DSI mutualisée » : la ligne « Serveurs » porte sur 2031, hors de la période de l’action (2026).',
    );
  });

  it('refuses a range that ends before it starts', () => {
    expect(refusal(scheme(communes, [], { mandate: { first: 2032, last: 2026 } })).reason).toBe('INVALID_YEARS');
  });
});

describe('amounts and figures', () => {
  it('refuses negative amounts', () => {
    expectRefused(withAction({ costLines: [yearlyCost(-100)] }), 'NEGATIVE_AMOUNT', 'Action « DSI mutualisée » : valeur négative pour le montant de la ligne « Fonctionnement » (-1,00 €).');
    expect(refusal(withAction({ epciEtpGained: '-2' })).reason).toBe('NEGATIVE_AMOUNT');
  });

  it('refuses cents that are not whole and decimals that are not plain', () => {
    expect(refusal(withAction({ costLines: [yearlyCost(10.5)] })).reason).toBe('INVALID_NUMBER');
    expect(plain(refusal(withAction({ epciEtpGained: '2,5' })).message)).toContain('« 2,5 » (nombre décimal attendu, par exemple 2.5)');
  });

  it('refuses an EPCI share above 100 %', () => {
    expect(refusal(withAction({ allocation: { kind: 'split', epciShare: { kind: 'percent', percent: 120 }, key: { kind: 'equal' } } })).reason).toBe('PERCENT_OVER_100');
  });
});

describe('floors, ceilings and fixed parts', () => {
  it('refuses a floor above the ceiling', () => {
    const bounds = { byCommune: { '82112': { floorCents: 50_000, ceilingCents: 10_000 } } };
    expectRefused(
      withAction({ allocation: { kind: 'split', key: { kind: 'equal' }, bounds } }),
      'FLOOR_ABOVE_CEILING',
      'Commune de Moissac : le plancher (500,00 €) dépasse le plafond (100,00 €) (action « DSI mutualisée »).',
    );
  });

  it('refuses floors that add up to more than the cost, or ceilings to less', () => {
    expect(refusal(withAction({ allocation: { kind: 'split', key: { kind: 'equal' }, bounds: { floorCents: 600_000 } } })).reason).toBe('BOUNDS_UNREACHABLE');
    expect(refusal(withAction({ allocation: { kind: 'split', key: { kind: 'equal' }, bounds: { ceilingCents: 400_000 } } })).reason).toBe('BOUNDS_UNREACHABLE');
  });

  it('refuses fixed parts above the cost to split', () => {
    expectRefused(
      withAction({ allocation: { kind: 'split', fixedPartCents: 600_000, key: { kind: 'equal' } } }),
      'FIXED_PART_OVER_COST',
      'Action « DSI mutualisée » : en 2026, la part fixe (2 × 6 000,00 €) dépasse le coût à répartir (10 000,00 €).',
    );
  });
});

describe('tariffs', () => {
  it('refuses a tariff without any price', () => {
    expect(refusal(withAction({ allocation: { kind: 'tariff', paidTo: 'PROVIDER', price: [] } })).reason).toBe('EMPTY_TARIFF');
  });

  it('refuses bands that do not rise or do not end open', () => {
    const bands = (list: { upTo: number | null; rateCents: number }[]) => withAction({ allocation: { kind: 'tariff', paidTo: 'PROVIDER', price: [{ kind: 'bands', population: 'municipale', bands: list }] } });
    expect(refusal(bands([{ upTo: 1000, rateCents: 100 }, { upTo: 500, rateCents: 50 }, { upTo: null, rateCents: 10 }])).reason).toBe('INVALID_BANDS');
    expect(plain(refusal(bands([{ upTo: 1000, rateCents: 100 }])).message)).toContain('la dernière tranche doit être ouverte');
  });
});

describe('communes and actions', () => {
  it('refuses a participant that is not a member commune', () => {
    expectRefused(withAction({ participants: [{ insee: '75056', payment: 'INVOICE' }] }), 'UNKNOWN_COMMUNE', 'Action « DSI mutualisée » : la commune 75056 n’est pas membre de l’EPCI.');
  });

  it('refuses a commune taking part twice, and two actions with one id', () => {
    expect(refusal(withAction({ participants: [{ insee: '82112', payment: 'INVOICE' }, { insee: '82112', payment: 'INVOICE' }] })).reason).toBe('DUPLICATE');
    expect(refusal(scheme(communes, [action(communes), action(communes)])).message).toBe('Le schéma : l’identifiant d’action « a1 » est utilisé deux fois.');
  });
});
