/**
 * Groupement de commandes (L2113-6 to L2113-8 of the code de la commande publique): each member
 * buys its own needs at the grouped price, under a contract the coordinator runs.
 */
import type { YearRange } from '../../costing/types.js';
import { mul, parseDecimal, roundHalfUp } from '../../money.js';
import { typedDecimal } from '../../territory/numbers.js';
import { ofName } from '../../text.js';
import { PURCHASE_MODE_LABELS, PURCHASE_MODES, type DetailsOf, type SchemeAction } from '../action.js';
import { JsonFields, readDecimal } from '../json-fields.js';
import { decimalText, isNonNegativeDecimal, percent, rate, ratio, within, type KindRules } from './kind-rules.js';

const lotMetric = (i: number) => `_lot_${i + 1}`;

/**
 * The years a group purchase is charged: the purchase year of a one-off purchase; for recurring
 * needs, each year of the contract from the action's first year, within the action.
 */
function purchaseYears(details: DetailsOf<'GROUP_PURCHASE'>, action: SchemeAction): YearRange {
  if (details.purchase === 'ONE_OFF') {
    const year = details.purchaseYear ?? action.years.first;
    return { first: year, last: year };
  }
  return { first: action.years.first, last: Math.min(action.years.last, action.years.first + details.contractYears - 1) };
}

export const groupPurchase: KindRules<'GROUP_PURCHASE'> = {
  entersRule: false,
  parseDetails(fields) {
    const purchase = fields.optionalOneOf('purchase', PURCHASE_MODES) ?? 'RECURRING';
    return {
      kind: 'GROUP_PURCHASE',
      coordinator: fields.optionalText('coordinator', { max: 5 }) ?? 'EPCI',
      lots: fields.list('lots', 50, (value, path) => {
        const lot = JsonFields.of(value, path);
        return { label: lot.text('label', { max: 120, trim: true }), unitPriceCents: lot.decimal('unitPriceCents'), quantities: lot.byCommune('quantities', 500, readDecimal) };
      }),
      expectedGainPercent: fields.optionalDecimal('expectedGainPercent') ?? '0',
      contractYears: fields.optionalInt('contractYears') ?? 1,
      purchase,
      purchaseYear: purchase === 'ONE_OFF' ? fields.optionalInt('purchaseYear') : null,
    };
  },
  check(details, action, participants, problems) {
    const problem = (field: string, message: string) => problems.push({ field, message });
    if (details.coordinator !== 'EPCI' && !participants.has(details.coordinator)) {
      problem('details.coordinator', "Le coordonnateur doit être l'intercommunalité ou une commune membre du groupement.");
    }
    if (details.lots.length === 0) problem('details.lots', 'Le groupement doit compter au moins un lot.');
    details.lots.forEach((lot, i) => {
      if (lot.label.trim() === '') problem(`details.lots.${i}.label`, `Lot ${i + 1} : donnez-lui un nom.`);
      if (!isNonNegativeDecimal(lot.unitPriceCents)) problem(`details.lots.${i}.unitPriceCents`, `Lot ${i + 1} : le prix unitaire doit être positif.`);
      for (const [insee, quantity] of Object.entries(lot.quantities)) {
        if (!participants.has(insee)) problem(`details.lots.${i}.quantities`, `Lot ${i + 1} : ${insee} n'est pas membre du groupement.`);
        if (!isNonNegativeDecimal(quantity)) problem(`details.lots.${i}.quantities`, `Lot ${i + 1} : la quantité de ${insee} doit être positive.`);
      }
    });
    const gain = parseDecimal(details.expectedGainPercent);
    if (gain === null || gain.num < 0n || gain.num > 100n * gain.den) problem('details.expectedGainPercent', 'Le gain attendu est un pourcentage entre 0 et 100.');
    if (!Number.isInteger(details.contractYears) || details.contractYears < 1 || details.contractYears > 10) {
      problem('details.contractYears', 'La durée du marché est de 1 à 10 ans.');
    }
    if (details.purchase === 'ONE_OFF' && details.purchaseYear != null && (details.purchaseYear < action.years.first || details.purchaseYear > action.years.last)) {
      problem('details.purchaseYear', "L'année de l'achat doit être l'une des années de l'action.");
    }
    if (problems.length === 0) {
      // The action is charged only in the years of the purchase or of the contract.
      const charged = purchaseYears(details, action);
      const outside = action.costLines.find((line) => (line.kind === 'oneOff' ? line.year < charged.first || line.year > charged.last : !within(line.years, charged)));
      if (outside) {
        const span = charged.first === charged.last ? `${charged.first}` : `${charged.first}–${charged.last}`;
        problem('costLines', `La ligne « ${outside.label} » doit tomber pendant ${details.purchase === 'ONE_OFF' ? "l'année de l'achat" : 'le marché'} (${span}).`);
      }
    }
  },
  toCosting(details, { action, participant }) {
    // Each member pays its own needs at the grouped price; it would have paid the full price alone.
    const keep = { num: 100n, den: 1n };
    const gain = ratio(details.expectedGainPercent);
    const factor = { num: keep.num * gain.den - gain.num, den: gain.den * 100n };
    const ownNeeds = (insee: string) =>
      details.lots.reduce((sum, lot) => sum + roundHalfUp(mul(ratio(lot.unitPriceCents), ratio(lot.quantities[insee] ?? 0))), 0);
    return {
      years: purchaseYears(details, action),
      participants: action.participants.map((p) =>
        participant(p, {
          statusQuo: { operatingCents: ownNeeds(p.insee) },
          usage: Object.fromEntries(details.lots.map((lot, i) => [lotMetric(i), lot.quantities[p.insee] ?? 0])),
        }),
      ),
      costLines: action.costLines,
      allocation: {
        kind: 'tariff',
        paidTo: 'PROVIDER',
        price: details.lots.map((lot, i) => ({
          kind: 'perUnit' as const,
          metric: lotMetric(i),
          unitLabel: lot.label,
          rateCents: decimalText(mul(ratio(lot.unitPriceCents), factor)),
        })),
      },
    };
  },
  describe: (d, action, nameOf) => [
    { label: 'Coordonnateur', value: d.coordinator === 'EPCI' ? 'L’intercommunalité' : nameOf(d.coordinator) },
    ...d.lots.flatMap((lot, i) => [
      { label: `Lot ${i + 1}`, value: `« ${lot.label} » à ${rate(lot.unitPriceCents)} l’unité` },
      ...Object.entries(lot.quantities).map(([insee, quantity]) => ({ label: `Lot ${i + 1}, quantité ${ofName(nameOf(insee))}`, value: typedDecimal(quantity) })),
    ]),
    { label: 'Gain attendu', value: percent(d.expectedGainPercent) },
    { label: 'Durée du marché', value: `${d.contractYears} an${d.contractYears > 1 ? 's' : ''}` },
    {
      label: 'Achat',
      value: d.purchase === 'ONE_OFF' ? `${PURCHASE_MODE_LABELS.ONE_OFF} (${d.purchaseYear ?? action.years.first})` : PURCHASE_MODE_LABELS.RECURRING,
    },
  ],
};
