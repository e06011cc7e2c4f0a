import type { PopulationKind } from '@mutualis/domain/costing/types';
import type { OpsnServiceKind } from '@mutualis/domain/opsn/opsn';
import { feeOf } from '../schemeContext';
import type { KindForm } from './kind-form';

/** An OPSN service is told apart by its kind and label (two « Autre service » may coexist). */
export const serviceKey = (service: { kind: OpsnServiceKind; label?: string | null }) => `${service.kind}|${service.label ?? ''}`;

export interface OpsnMembershipFields {
  opsnId: string;
  /** Chosen services of the OPSN, by `serviceKey`. */
  services: string[];
  payer: 'EPCI' | 'COMMUNES';
  population: PopulationKind;
  daysMetric: string;
}

/** The fees are the registry's: the form chooses services, not prices. */
export const opsnMembershipForm: KindForm<'OPSN_MEMBERSHIP', OpsnMembershipFields> = {
  enteredRule: false,
  statusQuo: true,
  staff: false,
  acDeduction: false,
  costLinesHint: 'Les cotisations viennent du registre des OPSN ; ajoutez ici d’éventuels frais propres à l’intercommunalité.',
  forecastUnits: false,
  savingPeriod: 'mandate',
  obligations: [],
  startsAsTariff: false,
  blank: () => ({ opsnId: '', services: [], payer: 'COMMUNES', population: 'totale', daysMetric: '' }),
  toDraft: (d) => ({ opsnId: d.opsnId, services: d.services.map(serviceKey), payer: d.payer, population: d.population, daysMetric: d.daysMetric ?? '' }),
  read({ details: d }, { read, env }) {
    const opsn = env.opsns.find((o) => o.id === d.opsnId);
    read.require(opsn !== undefined, 'details.opsnId', 'Choisissez un OPSN du registre de l’intercommunalité.');
    const services = (opsn?.services ?? []).flatMap((service) => {
      const fee = feeOf(service);
      return d.services.includes(serviceKey(service)) && fee ? [{ kind: service.kind, label: service.label ?? null, fee }] : [];
    });
    return {
      kind: 'OPSN_MEMBERSHIP',
      opsnId: d.opsnId,
      opsnName: opsn?.name ?? '',
      services,
      payer: d.payer,
      population: d.population,
      daysMetric: services.some((s) => s.fee.kind === 'BASE_PLUS_PER_DAY') ? d.daysMetric || null : null,
    };
  },
};
