/**
 * Adhésion à un OPSN: the communes (or the EPCI for them) join services of a public digital
 * services operator, at the fees of the EPCI's registry.
 */
import type { CommuneProfile, PopulationKind, PriceComponent } from '../../costing/types.js';
import { mul, roundHalfUp } from '../../money.js';
import { badInput } from '../../errors.js';
import { OPSN_SERVICE_KINDS, SERVICE_KIND_LABELS, serviceLabel, type FeeFormula } from '../../opsn/opsn.js';
import { ofName } from '../../text.js';
import { JsonFields } from '../json-fields.js';
import { POPULATION_KINDS } from '../action.js';
import { OPSN_PAYER_LABELS, POPULATION_CHOICE_LABELS } from '../labels.js';
import { ABSENT, epciPaysAll, ratio, yearly, type KindRules } from './kind-rules.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The whole of one year's fee for the EPCI paying for all its participating communes. */
function feeForAll(fee: FeeFormula, members: readonly CommuneProfile[], population: PopulationKind, daysMetric: string | null): number {
  const amount = ratio(fee.amountCents);
  const count = { num: BigInt(members.length), den: 1n };
  switch (fee.kind) {
    case 'PER_INHABITANT': {
      const inhabitants = members.reduce((sum, c) => sum + (c.population[population] ?? c.population.totale), 0);
      return roundHalfUp(mul(amount, { num: BigInt(inhabitants), den: 1n }));
    }
    case 'FLAT_PER_MEMBER':
      return roundHalfUp(mul(amount, count));
    case 'FLAT_EPCI':
      return roundHalfUp(amount);
    case 'BASE_PLUS_PER_DAY': {
      const days = members.reduce((sum, c) => sum + Number(daysMetric ? (c.usage?.[daysMetric] ?? 0) : 0), 0);
      return roundHalfUp(mul(amount, count)) + roundHalfUp(mul(ratio(fee.perDayCents ?? 0), ratio(days)));
    }
  }
}

function feeAsPrice(fee: FeeFormula, population: PopulationKind, daysMetric: string | null, label: string): PriceComponent[] {
  switch (fee.kind) {
    case 'PER_INHABITANT':
      return [{ kind: 'perInhabitant', population, rateCents: fee.amountCents }];
    case 'FLAT_PER_MEMBER':
      return [{ kind: 'flat', amountCents: roundHalfUp(ratio(fee.amountCents)) }];
    case 'BASE_PLUS_PER_DAY':
      return [
        { kind: 'flat', amountCents: roundHalfUp(ratio(fee.amountCents)) },
        ...(daysMetric ? [{ kind: 'perUnit' as const, metric: daysMetric, unitLabel: `jours (${label})`, rateCents: fee.perDayCents ?? 0 }] : []),
      ];
    case 'FLAT_EPCI':
      return [];
  }
}

export const opsnMembership: KindRules<'OPSN_MEMBERSHIP'> = {
  entersRule: false,
  /** The client names the OPSN and the services; their fees are copied from the EPCI's registry, never taken from the client. */
  parseDetails(fields, { opsns }) {
    const opsnId = fields.optionalText('opsnId', { max: 36, message: "L'OPSN choisi n'est pas valide." });
    if (opsnId !== null && !UUID.test(opsnId)) throw badInput("L'OPSN choisi n'est pas valide.", { field: fields.at('opsnId') });
    const choices = fields.list('services', 20, (value, path) => {
      const choice = JsonFields.of(value, path);
      return { kind: choice.oneOf('kind', OPSN_SERVICE_KINDS), label: choice.optionalText('label', { max: 120 }) };
    });
    const opsn = opsns.find((o) => o.id === opsnId);
    if (!opsn) throw badInput("Choisissez un OPSN du registre de l'intercommunalité.", { field: fields.at('opsnId') });
    const services = choices.map((choice) => {
      const offered = opsn.services.find((s) => s.kind === choice.kind && (choice.label == null || s.label === choice.label));
      const name = choice.label ?? SERVICE_KIND_LABELS[choice.kind];
      if (!offered) throw badInput(`${opsn.name} ne propose pas le service « ${name} » dans le registre.`, { field: fields.at('services') });
      if (!offered.fee) throw badInput(`Le tarif du service « ${name} » ${ofName(opsn.name)} n'est pas renseigné dans le registre.`, { field: fields.at('services') });
      return { kind: offered.kind, label: offered.label, fee: offered.fee };
    });
    return {
      kind: 'OPSN_MEMBERSHIP',
      opsnId: opsn.id,
      opsnName: opsn.name,
      services,
      payer: fields.optionalOneOf('payer', ['EPCI', 'COMMUNES'] as const) ?? 'COMMUNES',
      population: fields.optionalOneOf('population', POPULATION_KINDS) ?? 'totale',
      daysMetric: fields.optionalText('daysMetric', { max: 60 }),
    };
  },
  check(details, _action, _participants, problems) {
    if (details.services.length === 0) problems.push({ field: 'details.services', message: "Choisissez au moins un service de l'OPSN." });
    if (details.services.some((s) => s.fee.kind === 'BASE_PLUS_PER_DAY') && !details.daysMetric) {
      problems.push({ field: 'details.daysMetric', message: 'Un tarif par jour demande la métrique qui donne le nombre de jours de chaque commune.' });
    }
  },
  toCosting(details, { action, members, participant }) {
    const { population, daysMetric } = details;
    if (details.payer === 'EPCI') {
      const lines = details.services.map((s) => yearly(`${details.opsnName} — ${s.label ?? s.kind}`, action.years, feeForAll(s.fee, members, population, daysMetric)));
      return {
        participants: action.participants.map((p) => participant(p)),
        costLines: [...lines.filter((l) => l.kind === 'yearly' && l.amountCents > 0), ...action.costLines],
        allocation: epciPaysAll(),
      };
    }
    const epciFees = details.services.filter((s) => s.fee.kind === 'FLAT_EPCI');
    return {
      participants: action.participants.map((p) => participant(p)),
      costLines: [...epciFees.map((s) => yearly(`${details.opsnName} — ${s.label ?? s.kind}`, action.years, roundHalfUp(ratio(s.fee.amountCents)))), ...action.costLines],
      allocation: { kind: 'tariff', paidTo: 'PROVIDER', price: details.services.flatMap((s) => feeAsPrice(s.fee, population, daysMetric, details.opsnName)) },
    };
  },
  describe: (d, _action, _nameOf, metricLabel) => [
    { label: 'OPSN', value: d.opsnName },
    { label: 'Services', value: d.services.map(serviceLabel).join(', ') || ABSENT },
    { label: 'Qui paie', value: OPSN_PAYER_LABELS[d.payer] },
    { label: 'Population retenue', value: POPULATION_CHOICE_LABELS[d.population] },
    { label: 'Métrique des jours', value: d.daysMetric ? metricLabel(d.daysMetric) : ABSENT },
  ],
  metricsUsed: (d) => (d.daysMetric ? [d.daysMetric] : []),
};
