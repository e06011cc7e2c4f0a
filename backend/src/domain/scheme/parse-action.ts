/**
 * The one check of an action's shape, for the JSON a client writes (the GraphQL scalar
 * ActionDefinition): builds the typed SchemeAction, keeping only the fields of each variant and
 * giving absent optional fields their default, or refuses the first wrong field with a French
 * message and its path (BAD_USER_INPUT). Each kind reads its own details (kinds/<kind>.ts). What
 * the values mean together (years within the mandate, members of the EPCI…) is checkAction's job.
 */
import type { AllocationKey, AllocationRule, PriceComponent } from '../costing/types.js';
import { badInput } from '../errors.js';
import {
  ACTION_KINDS,
  DEVICE_KINDS,
  EXPENSE_NATURES,
  OBLIGATIONS,
  PAYMENT_MODES,
  POPULATION_KINDS,
  THEMES,
  type EnteredCostLine,
  type SchemeAction,
  type StatusQuoRule,
} from './action.js';
import { JsonFields, readChoice, readDecimal, readInsee } from './json-fields.js';
import { ACTION_KIND_RULES } from './kinds/index.js';
import type { ActionParseContext } from './kinds/kind-rules.js';

export type { ActionParseContext };

/** How many keys deep a composite key may nest: a composite of composites of simple keys. */
export const MAX_KEY_DEPTH = 3;

/** The action `value` describes, under `id` (the server's: a client never sets it). */
export function parseAction(value: unknown, id: string, context: ActionParseContext): SchemeAction {
  const fields = JsonFields.of(value, '');
  const details = fields.object('details');
  const detailsKind = details.oneOf('kind', ACTION_KINDS, "La nature de l'action est inconnue.");
  return {
    id,
    title: fields.text('title', { min: 1, max: 200, trim: true, message: "Le titre de l'action doit contenir entre 1 et 200 caractères." }),
    description: fields.optionalText('description', { max: 10_000, message: 'La description est trop longue (10 000 caractères au plus).' }) ?? '',
    theme: fields.optionalOneOf('theme', THEMES, 'Le thème est inconnu.'),
    obligations: [...new Set(fields.list('obligations', 50, (item, path) => readChoice(item, path, OBLIGATIONS, 'Une obligation est inconnue.')))],
    kind: fields.oneOf('kind', ACTION_KINDS, "La nature de l'action est inconnue."),
    years: yearRange(fields.object('years')),
    participants: fields.list('participants', 500, (item, path) => {
      const p = JsonFields.of(item, path);
      return {
        insee: readInsee(p.required('insee'), p.at('insee')),
        payment: p.oneOf('payment', PAYMENT_MODES),
        statusQuoCents: p.optionalCents('statusQuoCents'),
        etpTransferred: p.optionalDecimal('etpTransferred'),
      };
    }),
    statusQuo: statusQuoRule(fields.object('statusQuo')),
    costLines: fields.list('costLines', 100, (item, path, i) => costLine(JsonFields.of(item, path), i)),
    allocation: fields.has('allocation') ? allocation(fields.object('allocation')) : null,
    epciEtpGained: fields.optionalDecimal('epciEtpGained'),
    details: ACTION_KIND_RULES[detailsKind].parseDetails(details, context),
  };
}

const yearRange = (fields: JsonFields) => ({ first: fields.int('first'), last: fields.int('last') });

function statusQuoRule(fields: JsonFields): StatusQuoRule {
  switch (fields.oneOf('kind', ['ENTERED', 'FLAT', 'PER_INHABITANT', 'METRIC'] as const)) {
    case 'ENTERED':
      return { kind: 'ENTERED' };
    case 'FLAT':
      return { kind: 'FLAT', amountCents: fields.cents('amountCents', 'Situation actuelle : indiquez le montant forfaitaire par commune.') };
    case 'PER_INHABITANT':
      return {
        kind: 'PER_INHABITANT',
        population: fields.optionalOneOf('population', POPULATION_KINDS) ?? 'municipale',
        rateCents: fields.decimal('rateCents', 'Situation actuelle : indiquez le montant par habitant.'),
      };
    case 'METRIC':
      return {
        kind: 'METRIC',
        metric: fields.text('metric', { max: 60 }, 'Situation actuelle : choisissez la métrique.'),
        unitPriceCents: fields.decimal('unitPriceCents', 'Situation actuelle : indiquez le prix unitaire.'),
      };
  }
}

function costLine(fields: JsonFields, i: number): EnteredCostLine {
  const kind = fields.oneOf('kind', ['oneOff', 'yearly', 'staff'] as const);
  const label = fields.text('label', { min: 1, max: 120, trim: true, message: 'Chaque ligne de coût a un libellé (120 caractères au plus).' });
  const at = `Ligne de coût ${i + 1} (« ${label} »)`;
  const years = () => yearRange(fields.object('years', `${at} : indiquez ses années.`));
  // An indexation of 0 (or none) is left out, as the form leaves it.
  const indexationPercent = fields.optionalDecimal('indexationPercent');
  const indexation = indexationPercent ? { indexationPercent } : {};
  switch (kind) {
    case 'oneOff':
      return {
        kind,
        label,
        nature: fields.optionalOneOf('nature', EXPENSE_NATURES) ?? 'INVESTMENT',
        year: fields.int('year', `${at} : indiquez son année.`),
        amountCents: fields.cents('amountCents', `${at} : indiquez son montant.`),
      };
    case 'yearly':
      return {
        kind,
        label,
        nature: fields.optionalOneOf('nature', EXPENSE_NATURES) ?? 'OPERATING',
        years: years(),
        amountCents: fields.cents('amountCents', `${at} : indiquez son montant annuel.`),
        ...indexation,
      };
    case 'staff':
      return {
        kind,
        label,
        years: years(),
        etp: fields.decimal('etp', `${at} : indiquez le nombre d'ETP.`),
        loadedAnnualCostCents: fields.cents('loadedAnnualCostCents', `${at} : indiquez le coût annuel chargé d'un ETP.`),
        ...indexation,
      };
  }
}

const KEY_KINDS = ['equal', 'population', 'agents', 'devices', 'percentages', 'usage', 'potentielFinancier', 'composite'] as const satisfies readonly AllocationKey['kind'][];

function key(fields: JsonFields, depth: number): AllocationKey {
  if (depth > MAX_KEY_DEPTH) throw badInput(`Clé de répartition : une clé composite s'imbrique sur ${MAX_KEY_DEPTH} niveaux au plus.`, { field: fields.path });
  const kind = fields.oneOf('kind', KEY_KINDS, 'Clé de répartition : cette clé est inconnue.');
  switch (kind) {
    case 'equal':
    case 'agents':
    case 'potentielFinancier':
      return { kind };
    case 'population':
      return { kind, population: fields.optionalOneOf('population', POPULATION_KINDS) ?? 'municipale' };
    case 'devices': {
      const devices = fields.list('devices', 10, (item, path) => readChoice(item, path, DEVICE_KINDS));
      return { kind, devices: devices.length ? [...new Set(devices)] : ['workstations'] };
    }
    case 'percentages':
      return { kind, percents: fields.byCommune('percents', 500, readDecimal) };
    case 'usage': {
      const metric = fields.text('metric', { max: 60 }, 'Clé de répartition : choisissez la métrique.');
      return { kind, metric, unitLabel: fields.optionalText('unitLabel', { max: 120 }) ?? metric };
    }
    case 'composite':
      return {
        kind,
        parts: fields.list('parts', 10, (item, path) => {
          const part = JsonFields.of(item, path);
          return { percent: part.decimal('percent'), key: key(part.object('key'), depth + 1) };
        }),
      };
  }
}

function price(fields: JsonFields, i: number): PriceComponent {
  const at = `Tarif, élément ${i + 1}`;
  switch (fields.oneOf('kind', ['flat', 'perInhabitant', 'perUnit', 'bands'] as const)) {
    case 'flat':
      return { kind: 'flat', amountCents: fields.cents('amountCents', `${at} : indiquez le forfait.`) };
    case 'perInhabitant':
      return {
        kind: 'perInhabitant',
        population: fields.optionalOneOf('population', POPULATION_KINDS) ?? 'municipale',
        rateCents: fields.decimal('rateCents', `${at} : indiquez le montant par habitant.`),
      };
    case 'perUnit': {
      const metric = fields.text('metric', { max: 60 }, `${at} : choisissez la métrique.`);
      return {
        kind: 'perUnit',
        metric,
        unitLabel: fields.optionalText('unitLabel', { max: 120 }) ?? metric,
        rateCents: fields.decimal('rateCents', `${at} : indiquez le prix unitaire.`),
      };
    }
    case 'bands':
      return {
        kind: 'bands',
        population: fields.optionalOneOf('population', POPULATION_KINDS) ?? 'municipale',
        bands: fields.list('bands', 20, (item, path) => {
          const band = JsonFields.of(item, path);
          const upTo = band.optionalInt('upTo');
          if (upTo !== null && upTo < 1) throw badInput(`${at} : une tranche va jusqu'à 1 habitant au moins.`, { field: band.at('upTo') });
          return { upTo, rateCents: band.decimal('rateCents') };
        }),
      };
  }
}

const bounds = (fields: JsonFields) => {
  const floorCents = fields.optionalCents('floorCents');
  const ceilingCents = fields.optionalCents('ceilingCents');
  return { ...(floorCents !== null ? { floorCents } : {}), ...(ceilingCents !== null ? { ceilingCents } : {}) };
};

function allocation(fields: JsonFields): AllocationRule {
  if (fields.oneOf('kind', ['split', 'tariff'] as const) === 'tariff') {
    const indexationPercent = fields.optionalDecimal('indexationPercent');
    return {
      kind: 'tariff',
      price: fields.list('price', 20, (item, path, i) => price(JsonFields.of(item, path), i)),
      paidTo: fields.optionalOneOf('paidTo', ['EPCI', 'PROVIDER'] as const) ?? 'EPCI',
      ...(indexationPercent ? { indexationPercent } : {}),
    };
  }
  const share = fields.optionalObject('epciShare');
  const shareKind = share?.oneOf('kind', ['percent', 'amount'] as const);
  const fixedPartCents = fields.optionalCents('fixedPartCents');
  const limits = fields.optionalObject('bounds');
  const overall = limits ? bounds(limits) : {};
  const byCommune = limits ? limits.byCommune('byCommune', 500, (value, path) => bounds(JsonFields.of(value, path))) : {};
  const bounded = Object.keys(overall).length > 0 || Object.keys(byCommune).length > 0;
  return {
    kind: 'split',
    key: key(fields.object('key', 'Choisissez une clé de répartition.'), 1),
    ...(shareKind === 'percent' ? { epciShare: { kind: 'percent', percent: share!.decimal('percent', "Part de l'intercommunalité : indiquez le pourcentage.") } } : {}),
    ...(shareKind === 'amount' ? { epciShare: { kind: 'amount', amountCents: share!.cents('amountCents', "Part de l'intercommunalité : indiquez le montant.") } } : {}),
    ...(fixedPartCents ? { fixedPartCents } : {}),
    ...(bounded ? { bounds: { ...overall, byCommune } } : {}),
  };
}
