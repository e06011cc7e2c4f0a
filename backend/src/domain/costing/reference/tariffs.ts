// The tariff rule: each participant pays a price (flat, per inhabitant, per unit, by bands), priced
// directly from its own figures rather than split from the action's cost.
import { add, growthFactor, mul, pow, roundHalfUp, type Cents, type Ratio } from './exact.js';
import { fail, type Scope } from '../errors.js';
import { formatDecimal, formatEuros, formatPercent, formatRate } from './explain.js';
import { metricOf, POPULATION_LABELS, populationOf, readCents, readDecimal, type Member } from './figures.js';
import type { AllocateYear } from './rules.js';
import type { DecimalInput, PopulationKind, PriceComponent, TariffRule, YearRange } from '../types.js';

/** A price component for one participant in the action's first year: exact cents, and how. */
interface PricedComponent {
  exact: Ratio;
  text: string;
}

export function prepareTariff(rule: TariffRule, members: readonly Member[], years: YearRange, scope: Scope): AllocateYear {
  if (rule.price.length === 0) fail(scope, 'EMPTY_TARIFF', 'le tarif ne comporte aucun élément de prix');
  const indexation = rule.indexationPercent === undefined ? null : readDecimal(rule.indexationPercent, scope, 'l’indexation du tarif');
  const growth = indexation && growthFactor(indexation);
  const indexedSince = indexation ? `, indexé de ${formatPercent(indexation)} par an depuis ${years.first} :` : '';
  const components = rule.price.map((component) => prepareComponent(component, scope));
  const priced = members.map((member) => components.map((priceFor) => priceFor(member)));
  const basePrices = priced.map((components) => priceIn(components, null));
  const baseTexts = priced.map((components, i) => describePrice(components, basePrices[i]));

  return (year, cost) => {
    const factor = growth && year > years.first ? pow(growth, year - years.first) : null;
    const prices = factor ? priced.map((components) => priceIn(components, factor)) : basePrices;
    const explanations = factor ? prices.map((price, i) => `${baseTexts[i]}${indexedSince} ${formatEuros(price)}`) : baseTexts;
    const receipts = prices.reduce((sum, price) => sum + price, 0);
    const lines = cost.operating + cost.investment;
    // Prices are operating expenses for the communes, and operating receipts for an EPCI billing them.
    if (rule.paidTo === 'EPCI') {
      const explanation = `Coût de l’action ${formatEuros(lines)} − tarifs payés par les communes ${formatEuros(receipts)}${receipts > lines ? ' (excédent)' : ''}`;
      return { totalCents: lines, cents: [lines - receipts, ...prices], operatingCents: [cost.operating - receipts, ...prices], explanations: [explanation, ...explanations] };
    }
    const explanation = lines > 0 ? `Coûts propres de l’EPCI : ${formatEuros(lines)}` : 'Pas de coût pour l’EPCI : chaque commune paie son tarif au prestataire';
    return { totalCents: lines + receipts, cents: [lines, ...prices], operatingCents: [cost.operating, ...prices], explanations: [explanation, ...explanations] };
  };
}

/** Each component rounded half-up to the cent, like the lines of an invoice, after indexation. */
function priceIn(components: readonly PricedComponent[], factor: Ratio | null): Cents {
  return components.reduce((sum, component) => sum + roundHalfUp(factor ? mul(component.exact, factor) : component.exact), 0);
}

function describePrice(components: readonly PricedComponent[], price: Cents): string {
  const text = components.map((component) => component.text).join(' + ');
  const sentence = components.length === 1 && text.startsWith('forfait') ? text : `${text} = ${formatEuros(price)}`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** Reads a component's rates once; returns how to price it for a participant. */
function prepareComponent(component: PriceComponent, scope: Scope): (member: Member) => PricedComponent {
  switch (component.kind) {
    case 'flat': {
      const amount = readCents(component.amountCents, scope, 'le forfait du tarif');
      return () => ({ exact: { num: BigInt(amount), den: 1n }, text: `forfait ${formatEuros(amount)}` });
    }
    case 'perInhabitant': {
      const label = POPULATION_LABELS[component.population];
      const rate = readDecimal(component.rateCents, scope, 'le tarif par habitant');
      return (member) => {
        const population = populationOf(member, component.population, scope, 'le tarif par habitant');
        return { exact: mul(population, rate), text: `${formatDecimal(population)} hab. (${label}) × ${formatRate(rate)}` };
      };
    }
    case 'perUnit': {
      const usedBy = `le tarif « ${component.unitLabel} »`;
      const rate = readDecimal(component.rateCents, scope, usedBy);
      return (member) => {
        const units = metricOf(member, component.metric, component.unitLabel, scope, usedBy);
        return { exact: mul(units, rate), text: `${formatDecimal(units)} ${component.unitLabel} × ${formatRate(rate)}` };
      };
    }
    case 'bands': {
      const bands = readBands(component.bands, scope);
      return (member) => priceByBands(bands, component.population, populationOf(member, component.population, scope, 'le tarif par tranches'));
    }
  }
}

interface Band {
  /** Upper bound in inhabitants; null for the last, open band. */
  upTo: bigint | null;
  rate: Ratio;
}

/** Marginal rates: each band's rate applies to the inhabitants within that band. */
function priceByBands(bands: readonly Band[], kind: PopulationKind, population: Ratio): PricedComponent {
  let exact: Ratio = { num: 0n, den: 1n };
  const terms: string[] = [];
  let lower = 0n;
  for (const band of bands) {
    const upper = band.upTo === null || band.upTo > population.num ? population.num : band.upTo;
    if (upper <= lower) break;
    const inBand: Ratio = { num: upper - lower, den: 1n };
    exact = add(exact, mul(inBand, band.rate));
    terms.push(`${formatDecimal(inBand)} hab. × ${formatRate(band.rate)}`);
    lower = upper;
  }
  return { exact, text: `${terms.length > 0 ? terms.join(' + ') : '0 hab.'} (${POPULATION_LABELS[kind]} par tranches)` };
}

function readBands(bands: readonly { upTo: number | null; rateCents: DecimalInput }[], scope: Scope): Band[] {
  const invalid = (detail: string): never => fail(scope, 'INVALID_BANDS', `tranches invalides : ${detail}`);
  if (bands.length === 0) invalid('aucune tranche');
  let previous = 0;
  return bands.map((band, i) => {
    const rate = readDecimal(band.rateCents, scope, `le taux de la tranche ${i + 1}`);
    const last = i === bands.length - 1;
    if (band.upTo === null) return last ? { upTo: null, rate } : invalid('seule la dernière tranche peut être ouverte');
    if (last) invalid('la dernière tranche doit être ouverte (sans limite haute)');
    if (!Number.isSafeInteger(band.upTo) || band.upTo <= previous) invalid('les limites doivent être des nombres d’habitants entiers et croissants');
    previous = band.upTo;
    return { upTo: BigInt(band.upTo), rate };
  });
}
