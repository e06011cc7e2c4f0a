import type { FeeFormula } from '@mutualis/domain/opsn/opsn';
import type { SchemeContext } from '@mutualis/domain/scheme/to-costing';
import { toCostingCommune, type CommuneFigures } from '@mutualis/domain/territory/commune-profile';
import type { SchemeContextQuery } from '../../../gql/graphql';

export type ContextEpci = SchemeContextQuery['epci'];
type ContextCommune = ContextEpci['communes'][number];
/** What the action form reads of a registry OPSN: its services and their fees. */
export type RegistryOpsn = Pick<ContextEpci['opsns'][number], 'id' | 'name' | 'services'>;

/** A commune as the pages list it: INSEE code, name and population municipale. */
export interface CommuneRef {
  insee: string;
  name: string;
  populationMunicipale: number;
}

/** The API's profile fields as the domain's figures (its metrics list as a record by key). */
function figuresOf(profile: ContextCommune['profile']): CommuneFigures {
  const { metrics, ...figures } = profile;
  return {
    populationDgf: figures.populationDgf ?? null,
    populationDgfYear: figures.populationDgfYear ?? null,
    dgfBelowTotalConfirmed: figures.dgfBelowTotalConfirmed,
    agentsEtp: figures.agentsEtp ?? null,
    agentsYear: figures.agentsYear ?? null,
    workstations: figures.workstations ?? null,
    phones: figures.phones ?? null,
    tablets: figures.tablets ?? null,
    devicesYear: figures.devicesYear ?? null,
    potentielFinancierCents: figures.potentielFinancierCents ?? null,
    potentielFinancierYear: figures.potentielFinancierYear ?? null,
    metrics: Object.fromEntries(metrics.map((metric) => [metric.key, metric.value])),
  };
}

/** What the shared engine needs to cost a draft exactly as the server does. */
export function schemeContextOf(epci: ContextEpci, mandate: { first: number; last: number }): SchemeContext {
  return {
    mandate: { first: mandate.first, last: mandate.last },
    taxRegime: epci.taxRegime,
    communes: epci.communes.map((commune) =>
      toCostingCommune(
        {
          insee: commune.inseeCode,
          name: commune.name,
          populationMunicipale: commune.populationMunicipale,
          populationTotale: commune.populationTotale,
        },
        figuresOf(commune.profile),
      ),
    ),
  };
}

export function communeRefsOf(epci: ContextEpci): CommuneRef[] {
  return epci.communes.map((commune) => ({
    insee: commune.inseeCode,
    name: commune.name,
    populationMunicipale: commune.populationMunicipale,
  }));
}

/** A registry fee as the domain reads it; null while the OPSN has not published it. */
export function feeOf(service: RegistryOpsn['services'][number]): FeeFormula | null {
  const fee = service.fee;
  return fee ? { kind: fee.kind, amountCents: fee.amountCents, perDayCents: fee.perDayCents ?? null } : null;
}
