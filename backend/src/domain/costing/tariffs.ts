// The tariff rule: each participant pays a price (flat, per inhabitant, per unit, by bands), priced
// directly from its own figures rather than split from the action's cost.
import { add, approximate, compounded, growthFactor, indexedError, mul, roundHalfUp, roundIndexedHalfUp, type Cents, type Ratio } from '../money.js';
import { fail, type Scope } from './errors.js';
import { formatDecimal, formatEuros, formatPercent, formatRate } from './explain.js';
import { metricOf, POPULATION_LABELS, populationOf, readCents, readDecimal, type Member } from './figures.js';
import type { AllocateYear } from './rules.js';
import type { DecimalInput, PopulationKind, PriceComponent, TariffRule, YearRange } from './types.js';

/** A price component for one participant in the action's first year: exact cents, and how. */
interface PricedComponent {
  exact: Ratio;
  /** `exact` in doubles, for the indexed years (see roundIndexedHalfUp). */
  approx: number;
  text: string;
}

export function prepareTariff(rule: TariffRule, members: readonly Member[], years: YearRange, scope: Scope): AllocateYear {
  if (rule.price.length === 0) fail(scope, 'EMPTY_TARIFF', 'le tarif ne comporte aucun élément de prix');
  const indexation = rule.indexationPercent === undefined ? null : readDecimal(rule.indexationPercent, scope, 'l’indexation du tarif');
  const growth = indexation && growthFactor(indexation);
  const growthApprox = growth ? approximate(growth) : 1;
  const indexedSince = indexation ? `, indexé de ${formatPercent(indexation)} par an depuis ${years.first} :` : '';
  const components = rule.price.map((component) => prepareComponent(component, scope));
  const priced = members.map((member) => components.map((priceFor) => priceFor(member)));
  const basePrices = priced.map((components) => priceIn(components, null, 0, 1));
  const baseTexts = priced.map((components, i) => describePrice(components, basePrices[i]));
  /** « …, indexé de 2 % par an depuis 2026 : » and a space, for each member (indexed years only). */
  let indexedTexts: string[] | null = null;
  const n = members.length;

  return (year, cost, into) => {
    const k = growth && year > years.first ? year - years.first : 0;
    const { cents, operatingCents } = into;
    let receipts = 0;
    if (k > 0) {
      const factorApprox = compounded(growthApprox, k);
      indexedTexts ??= baseTexts.map((text) => `${text}${indexedSince} `);
      const explanations = into.explanations;
      for (let i = 0; i < n; i++) {
        const price = priceIn(priced[i], growth, k, factorApprox);
        cents[i + 1] = price;
        operatingCents[i + 1] = price;
        explanations[i + 1] = indexedTexts[i] + formatEuros(price);
        receipts += price;
      }
    } else {
      const explanations = into.explanations;
      for (let i = 0; i < n; i++) {
        const price = basePrices[i];
        cents[i + 1] = price;
        operatingCents[i + 1] = price;
        explanations[i + 1] = baseTexts[i];
        receipts += price;
      }
    }
    const lines = cost.operating + cost.investment;
    // Prices are operating expenses for the communes, and operating receipts for an EPCI billing them.
    if (rule.paidTo === 'EPCI') {
      into.totalCents = lines;
      cents[0] = lines - receipts;
      operatingCents[0] = cost.operating - receipts;
      into.explanations[0] = `Coût de l’action ${formatEuros(lines)} − tarifs payés par les communes ${formatEuros(receipts)}${receipts > lines ? ' (excédent)' : ''}`;
      return;
    }
    into.totalCents = lines + receipts;
    cents[0] = lines;
    operatingCents[0] = cost.operating;
    into.explanations[0] = lines > 0 ? `Coûts propres de l’EPCI : ${formatEuros(lines)}` : 'Pas de coût pour l’EPCI : chaque commune paie son tarif au prestataire';
  };
}

/** Each component rounded half-up to the cent, like the lines of an invoice, after indexation:
 * exact × growth^k, with `factorApprox` ≈ growth^k. */
function priceIn(components: readonly PricedComponent[], growth: Ratio | null, k: number, factorApprox: number): Cents {
  let sum = 0;
  for (const component of components) {
    sum += k === 0 ? roundHalfUp(component.exact) : roundIndexedHalfUp(component.exact, growth, k, component.approx * factorApprox, indexedError(k));
  }
  return sum;
}

/** « Forfait 200,00 € + 3 jours de DPO × 250,00 € = 950,00 € », « Forfait 200,00 € ». Built by
 * concatenation, capitalising the first component only, so no intermediate copy is made. */
function describePrice(components: readonly PricedComponent[], price: Cents): string {
  const first = components[0].text;
  const initial = first.charAt(0);
  const capital = initial.toUpperCase();
  let sentence = capital === initial ? first : capital + first.slice(1);
  for (let c = 1; c < components.length; c++) sentence = sentence + ' + ' + components[c].text;
  return components.length === 1 && first.startsWith('forfait') ? sentence : sentence + ' = ' + formatEuros(price);
}

/** Reads a component's rates once; returns how to price it for a participant. */
function prepareComponent(component: PriceComponent, scope: Scope): (member: Member) => PricedComponent {
  switch (component.kind) {
    case 'flat': {
      const amount = readCents(component.amountCents, scope, 'le forfait du tarif');
      const flat: PricedComponent = { exact: { num: BigInt(amount), den: 1n }, approx: amount, text: `forfait ${formatEuros(amount)}` };
      return () => flat;
    }
    case 'perInhabitant': {
      const label = POPULATION_LABELS[component.population];
      const rate = readDecimal(component.rateCents, scope, 'le tarif par habitant');
      const perInhabitant = ` hab. (${label}) × ${formatRate(rate)}`;
      return (member) => {
        const population = populationOf(member, component.population, scope, 'le tarif par habitant');
        return priced(mul(population, rate), formatDecimal(population) + perInhabitant);
      };
    }
    case 'perUnit': {
      const usedBy = `le tarif « ${component.unitLabel} »`;
      const rate = readDecimal(component.rateCents, scope, usedBy);
      const perUnit = ` ${component.unitLabel} × ${formatRate(rate)}`;
      return (member) => {
        const units = metricOf(member, component.metric, component.unitLabel, scope, usedBy);
        return priced(mul(units, rate), formatDecimal(units) + perUnit);
      };
    }
    case 'bands': {
      const bands = readBands(component.bands, scope);
      return (member) => priceByBands(bands, component.population, populationOf(member, component.population, scope, 'le tarif par tranches'));
    }
  }
}

function priced(exact: Ratio, text: string): PricedComponent {
  return { exact, approx: approximate(exact), text };
}

interface Band {
  /** Upper bound in inhabitants; null for the last, open band. */
  upTo: bigint | null;
  rate: Ratio;
  /** « hab. × 1,50 € », after the number of inhabitants in the band. */
  text: string;
}

/** Marginal rates: each band's rate applies to the inhabitants within that band. */
function priceByBands(bands: readonly Band[], kind: PopulationKind, population: Ratio): PricedComponent {
  let exact: Ratio = { num: 0n, den: 1n };
  let terms = '';
  let lower = 0n;
  for (const band of bands) {
    const upper = band.upTo === null || band.upTo > population.num ? population.num : band.upTo;
    if (upper <= lower) break;
    const inBand: Ratio = { num: upper - lower, den: 1n };
    exact = add(exact, mul(inBand, band.rate));
    const term = formatDecimal(inBand) + band.text;
    terms = terms ? terms + ' + ' + term : term;
    lower = upper;
  }
  return priced(exact, `${terms || '0 hab.'} (${POPULATION_LABELS[kind]} par tranches)`);
}

function readBands(bands: readonly { upTo: number | null; rateCents: DecimalInput }[], scope: Scope): Band[] {
  const invalid = (detail: string): never => fail(scope, 'INVALID_BANDS', `tranches invalides : ${detail}`);
  if (bands.length === 0) invalid('aucune tranche');
  let previous = 0;
  return bands.map((band, i) => {
    const rate = readDecimal(band.rateCents, scope, `le taux de la tranche ${i + 1}`);
    const last = i === bands.length - 1;
    const text = ` hab. × ${formatRate(rate)}`;
    if (band.upTo === null) return last ? { upTo: null, rate, text } : invalid('seule la dernière tranche peut être ouverte');
    if (last) invalid('la dernière tranche doit être ouverte (sans limite haute)');
    if (!Number.isSafeInteger(band.upTo) || band.upTo <= previous) invalid('les limites doivent être des nombres d’habitants entiers et croissants');
    previous = band.upTo;
    return { upTo: BigInt(band.upTo), rate, text };
  });
}
