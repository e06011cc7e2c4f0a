/**
 * What an office file (workbook, CSV, report) is made from: a frozen version or the draft as it
 * stands, the EPCI it belongs to, which part of it the caller may take out, and — once the
 * consultation and adoption exist — their results. Framework-free: the writers in
 * modules/exports turn it into files.
 */
import type { CommuneProfile, CostingResult, DecimalInput, YearRange } from '../costing/types.js';
import type { VersionContent } from '../versions/diff.js';

export interface ExportEpci {
  name: string;
  siren: string;
}

/** The draft at one revision, or a frozen version. */
export type ExportState =
  | { kind: 'DRAFT'; revision: number; at: Date }
  | { kind: 'VERSION'; number: number; frozenAt: Date; message: string; authorName: string };

/** The whole scheme, or one commune's part of it (a fiche commune, or what a commune's reviewer may see). */
export type ExportScope = { kind: 'WHOLE' } | { kind: 'COMMUNE'; insee: string };

export type OpinionKind = 'FAVOURABLE' | 'FAVOURABLE_WITH_RESERVATIONS' | 'UNFAVOURABLE' | 'DEEMED_FAVOURABLE' | 'PENDING';

/** A consultation round's results (CGCT L5211-39-1), as the consultation module will hand them over. */
export interface ConsultationResults {
  opinions: {
    insee: string;
    name: string;
    opinion: OpinionKind;
    notifiedOn: string | null;
    deadline: string | null;
    deliberation: { number: string; date: string } | null;
    reservations: string | null;
  }[];
}

/** The adopting deliberation of the EPCI council. */
export interface Adoption {
  deliberationNumber: string;
  date: string;
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
}

export interface ExportSubject {
  epci: ExportEpci;
  schemeTitle: string;
  state: ExportState;
  content: VersionContent;
  scope: ExportScope;
  /** The usage metrics' labels by key, for the communes' figures. */
  metricLabels: ReadonlyMap<string, string>;
  consultation?: ConsultationResults | null;
  adoption?: Adoption | null;
}

/** The communes the scope covers, in the costing's order. */
export function communesInScope(subject: Pick<ExportSubject, 'content' | 'scope'>): CostingResult['communes'] {
  const { scope } = subject;
  const { communes } = subject.content.costing;
  return scope.kind === 'WHOLE' ? communes : communes.filter((c) => c.insee === scope.insee);
}

export function profilesInScope(subject: Pick<ExportSubject, 'content' | 'scope'>): CommuneProfile[] {
  const { scope } = subject;
  return scope.kind === 'WHOLE' ? subject.content.communes : subject.content.communes.filter((c) => c.insee === scope.insee);
}

export const yearsOf = ({ first, last }: YearRange): number[] => Array.from({ length: last - first + 1 }, (_, i) => first + i);

/** A decimal figure as stored (a JSON number or exact decimal text), as a number for a spreadsheet cell. */
export const decimalNumber = (value: DecimalInput | null | undefined): number | null =>
  value === null || value === undefined || value === '' ? null : Number(value);
