import { badInput } from '../../domain/errors.js';
import type { FeeFormula } from '../../domain/opsn/opsn.js';
import { SERVICE_KIND_LABELS } from '../../domain/opsn/opsn.js';
import { DEFAULT_ACQUISITION_CHARGE, type DetailsOf, type EnteredCostLine, type SchemeAction, type StatusQuoRule } from '../../domain/scheme/action.js';
import type { ActionKind, AllocationKey, AllocationRule, PriceComponent } from '../../domain/costing/types.js';
import type { StoredOpsn } from '../opsn/opsn-store.js';
import type { ActionDetailsInput, ActionInput, AllocationInput, AllocationKeyInput, CostLineInput, KeyPartKeyInput, PriceComponentInput, StatusQuoRuleInput } from './dto/action.inputs.js';
import { ofName } from '../../domain/text.js';

/**
 * From the GraphQL input to the domain's SchemeAction: keeps only the fields of each variant and
 * says in French which one is missing. An OPSN membership takes its fees from the registry.
 */
export function toSchemeAction(id: string, input: ActionInput, registry: readonly StoredOpsn[]): SchemeAction {
  return {
    id,
    title: input.title,
    description: input.description ?? '',
    theme: input.theme ?? null,
    obligations: [...new Set(input.obligations ?? [])],
    kind: input.kind,
    years: { first: input.years.first, last: input.years.last },
    participants: input.participants.map((p) => ({
      insee: p.insee,
      payment: p.payment,
      statusQuoCents: p.statusQuoCents ?? null,
      etpTransferred: p.etpTransferred ?? null,
    })),
    statusQuo: statusQuoRule(input.statusQuo),
    costLines: (input.costLines ?? []).map(costLine),
    allocation: input.allocation ? allocation(input.allocation) : null,
    epciEtpGained: input.epciEtpGained ?? null,
    details: DETAILS_FROM_INPUT[input.details.kind](input.details, registry),
  };
}

function required<T>(value: T | null | undefined, message: string): T {
  if (value === null || value === undefined) throw badInput(message);
  return value;
}

function statusQuoRule(rule: StatusQuoRuleInput): StatusQuoRule {
  switch (rule.kind) {
    case 'ENTERED':
      return { kind: 'ENTERED' };
    case 'FLAT':
      return { kind: 'FLAT', amountCents: required(rule.amountCents, 'Situation actuelle : indiquez le montant forfaitaire par commune.') };
    case 'PER_INHABITANT':
      return {
        kind: 'PER_INHABITANT',
        population: rule.population ?? 'municipale',
        rateCents: required(rule.rateCents, 'Situation actuelle : indiquez le montant par habitant.'),
      };
    case 'METRIC':
      return {
        kind: 'METRIC',
        metric: required(rule.metric, 'Situation actuelle : choisissez la métrique.'),
        unitPriceCents: required(rule.unitPriceCents, 'Situation actuelle : indiquez le prix unitaire.'),
      };
  }
}

function costLine(line: CostLineInput, i: number): EnteredCostLine {
  const at = `Ligne de coût ${i + 1} (« ${line.label} »)`;
  const years = () => {
    const range = required(line.years, `${at} : indiquez ses années.`);
    return { first: range.first, last: range.last };
  };
  const indexation = line.indexationPercent ? { indexationPercent: line.indexationPercent } : {};
  switch (line.kind) {
    case 'oneOff':
      return {
        kind: 'oneOff',
        label: line.label,
        nature: line.nature ?? 'INVESTMENT',
        year: required(line.year, `${at} : indiquez son année.`),
        amountCents: required(line.amountCents, `${at} : indiquez son montant.`),
      };
    case 'yearly':
      return {
        kind: 'yearly',
        label: line.label,
        nature: line.nature ?? 'OPERATING',
        years: years(),
        amountCents: required(line.amountCents, `${at} : indiquez son montant annuel.`),
        ...indexation,
      };
    case 'staff':
      return {
        kind: 'staff',
        label: line.label,
        years: years(),
        etp: required(line.etp, `${at} : indiquez le nombre d'ETP.`),
        loadedAnnualCostCents: required(line.loadedAnnualCostCents, `${at} : indiquez le coût annuel chargé d'un ETP.`),
        ...indexation,
      };
  }
}

function key(input: AllocationKeyInput | KeyPartKeyInput): AllocationKey {
  switch (input.kind) {
    case 'equal':
    case 'agents':
    case 'potentielFinancier':
      return { kind: input.kind };
    case 'population':
      return { kind: 'population', population: input.population ?? 'municipale' };
    case 'devices':
      return { kind: 'devices', devices: input.devices?.length ? [...new Set(input.devices)] : ['workstations'] };
    case 'percentages':
      return { kind: 'percentages', percents: Object.fromEntries((input.percents ?? []).map((p) => [p.insee, p.percent])) };
    case 'usage':
      return {
        kind: 'usage',
        metric: required(input.metric, 'Clé de répartition : choisissez la métrique.'),
        unitLabel: input.unitLabel ?? input.metric!,
      };
    case 'composite':
      return { kind: 'composite', parts: ('parts' in input ? (input.parts ?? []) : []).map((part) => ({ percent: part.percent, key: key(part.key) })) };
  }
}

function price(component: PriceComponentInput, i: number): PriceComponent {
  const at = `Tarif, élément ${i + 1}`;
  switch (component.kind) {
    case 'flat':
      return { kind: 'flat', amountCents: required(component.amountCents, `${at} : indiquez le forfait.`) };
    case 'perInhabitant':
      return { kind: 'perInhabitant', population: component.population ?? 'municipale', rateCents: required(component.rateCents, `${at} : indiquez le montant par habitant.`) };
    case 'perUnit':
      return {
        kind: 'perUnit',
        metric: required(component.metric, `${at} : choisissez la métrique.`),
        unitLabel: component.unitLabel ?? component.metric!,
        rateCents: required(component.rateCents, `${at} : indiquez le prix unitaire.`),
      };
    case 'bands':
      return {
        kind: 'bands',
        population: component.population ?? 'municipale',
        bands: (component.bands ?? []).map((b) => ({ upTo: b.upTo ?? null, rateCents: b.rateCents })),
      };
  }
}

function allocation(input: AllocationInput): AllocationRule {
  if (input.kind === 'tariff') {
    return {
      kind: 'tariff',
      price: (input.price ?? []).map(price),
      paidTo: input.paidTo ?? 'EPCI',
      ...(input.indexationPercent ? { indexationPercent: input.indexationPercent } : {}),
    };
  }
  const share = input.epciShare;
  const bounded = input.floorCents != null || input.ceilingCents != null || (input.boundsByCommune?.length ?? 0) > 0;
  return {
    kind: 'split',
    key: key(required(input.key, 'Choisissez une clé de répartition.')),
    ...(share?.kind === 'percent' ? { epciShare: { kind: 'percent', percent: required(share.percent, "Part de l'intercommunalité : indiquez le pourcentage.") } } : {}),
    ...(share?.kind === 'amount' ? { epciShare: { kind: 'amount', amountCents: required(share.amountCents, "Part de l'intercommunalité : indiquez le montant.") } } : {}),
    ...(input.fixedPartCents ? { fixedPartCents: input.fixedPartCents } : {}),
    ...(bounded
      ? {
          bounds: {
            ...(input.floorCents != null ? { floorCents: input.floorCents } : {}),
            ...(input.ceilingCents != null ? { ceilingCents: input.ceilingCents } : {}),
            byCommune: Object.fromEntries(
              (input.boundsByCommune ?? []).map((b) => [
                b.insee,
                { ...(b.floorCents != null ? { floorCents: b.floorCents } : {}), ...(b.ceilingCents != null ? { ceilingCents: b.ceilingCents } : {}) },
              ]),
            ),
          },
        }
      : {}),
  };
}

const quantities = (rows: readonly { insee: string; quantity: string }[] | null | undefined) =>
  Object.fromEntries((rows ?? []).map((r) => [r.insee, r.quantity]));

/** Each kind's details from the input's fields, with the defaults of the fields left out. */
const DETAILS_FROM_INPUT: { [K in ActionKind]: (input: ActionDetailsInput, registry: readonly StoredOpsn[]) => DetailsOf<K> } = {
  SHARED_SERVICE: (input) => ({
    kind: 'SHARED_SERVICE',
    function: input.function ?? 'OTHER',
    functionLabel: input.functionLabel?.trim() || null,
    impactSheetDone: input.impactSheetDone ?? false,
    cstOpinionObtained: input.cstOpinionObtained ?? false,
  }),
  SERVICE_PROVISION: (input) => ({
    kind: 'SERVICE_PROVISION',
    direction: input.direction ?? 'DESCENDING',
    unitLabel: input.unitLabel ?? '',
    unitCostCents: required(input.unitCostCents, "Mise à disposition : indiquez le coût unitaire de fonctionnement."),
    forecastUnits: quantities(input.forecastUnits),
  }),
  GROUP_PURCHASE: (input) => ({
    kind: 'GROUP_PURCHASE',
    coordinator: input.coordinator ?? 'EPCI',
    lots: (input.lots ?? []).map((lot) => ({ label: lot.label, unitPriceCents: lot.unitPriceCents, quantities: quantities(lot.quantities) })),
    expectedGainPercent: input.expectedGainPercent ?? '0',
    contractYears: input.contractYears ?? 1,
    purchase: input.purchase ?? 'RECURRING',
    purchaseYear: input.purchase === 'ONE_OFF' ? (input.purchaseYear ?? null) : null,
  }),
  POOLED_DPO: (input) => ({ kind: 'POOLED_DPO', provider: input.provider ?? 'CENTRE_DE_GESTION', providerName: input.providerName?.trim() || null }),
  OPSN_MEMBERSHIP: (input, registry) => {
    const opsn = registry.find((o) => o.id === input.opsnId);
    if (!opsn) throw badInput("Choisissez un OPSN du registre de l'intercommunalité.", { field: 'details.opsnId' });
    const services = (input.services ?? []).map((choice) => {
      const offered = opsn.services.find((s) => s.kind === choice.kind && (choice.label == null || s.label === choice.label));
      const name = choice.label ?? SERVICE_KIND_LABELS[choice.kind];
      if (!offered) throw badInput(`${opsn.name} ne propose pas le service « ${name} » dans le registre.`, { field: 'details.services' });
      if (!offered.fee) throw badInput(`Le tarif du service « ${name} » ${ofName(opsn.name)} n'est pas renseigné dans le registre.`, { field: 'details.services' });
      return { kind: offered.kind, label: offered.label, fee: offered.fee as FeeFormula };
    });
    return {
      kind: 'OPSN_MEMBERSHIP',
      opsnId: opsn.id,
      opsnName: opsn.name,
      services,
      payer: input.payer ?? 'COMMUNES',
      population: input.population ?? 'totale',
      daysMetric: input.daysMetric ?? null,
    };
  },
  SHARED_ASSET: (input) => ({
    kind: 'SHARED_ASSET',
    acquisitionCents: input.acquisitionCents ?? 0,
    acquisitionYear: required(input.acquisitionYear, "Biens partagés : indiquez l'année d'acquisition."),
    depreciationYears: input.depreciationYears ?? 5,
    runningCostCents: input.runningCostCents ?? 0,
    acquisitionCharge: input.acquisitionCharge ?? DEFAULT_ACQUISITION_CHARGE,
  }),
};
