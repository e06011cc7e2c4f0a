/**
 * OPSN (opérateurs publics de services numériques): the public bodies that pool digital services
 * for local authorities, and the fee formulas they publish. Each EPCI keeps a registry of those
 * its territory works with; an OPSN membership action prices itself from it.
 */
import { readFrenchNumber, typedCentsText } from '../territory/numbers.js';

export const OPSN_LEGAL_FORMS = [
  'SYNDICAT_MIXTE',
  'GIP',
  'SPL',
  'AGENCE_TECHNIQUE',
  'CENTRE_DE_GESTION',
  'ASSOCIATION',
] as const;
export type OpsnLegalForm = (typeof OPSN_LEGAL_FORMS)[number];

export const LEGAL_FORM_LABELS: Record<OpsnLegalForm, string> = {
  SYNDICAT_MIXTE: 'Syndicat mixte',
  GIP: "Groupement d'intérêt public (GIP)",
  SPL: 'Société publique locale (SPL)',
  AGENCE_TECHNIQUE: 'Agence technique départementale',
  CENTRE_DE_GESTION: 'Centre de gestion',
  ASSOCIATION: 'Association',
};

export const OPSN_SERVICE_KINDS = [
  'DEMATERIALISATION',
  'PROCUREMENT_PLATFORM',
  'TELETRANSMISSION',
  'DPO',
  'ARCHIVING',
  'HOSTING',
  'GIS',
  'BUSINESS_SOFTWARE',
  'CYBERSECURITY',
  'WEBSITES',
  'TRAINING',
  'OTHER',
] as const;
export type OpsnServiceKind = (typeof OPSN_SERVICE_KINDS)[number];

export const SERVICE_KIND_LABELS: Record<OpsnServiceKind, string> = {
  DEMATERIALISATION: 'Dématérialisation',
  PROCUREMENT_PLATFORM: 'Salle des marchés (profil d’acheteur)',
  TELETRANSMISSION: 'Télétransmission ACTES / HELIOS',
  DPO: 'Délégué à la protection des données (DPO)',
  ARCHIVING: 'Archivage électronique',
  HOSTING: 'Hébergement',
  GIS: "Système d'information géographique (SIG)",
  BUSINESS_SOFTWARE: 'Logiciels métiers',
  CYBERSECURITY: 'Cybersécurité',
  WEBSITES: 'Sites internet',
  TRAINING: 'Formation et accompagnement',
  OTHER: 'Autre service',
};

/**
 * How an OPSN prices a service. Amounts are in cents and may be decimal (0,375 € per inhabitant
 * is 37.5 cents), as decimal text.
 * - PER_INHABITANT: rate × population of each member (cotisation par habitant);
 * - FLAT_PER_MEMBER: the same amount for each member commune;
 * - FLAT_EPCI: one amount for the EPCI, covering its communes;
 * - BASE_PLUS_PER_DAY: a yearly base per member plus a price per day of work (DPO, support).
 */
export const FEE_KINDS = ['PER_INHABITANT', 'FLAT_PER_MEMBER', 'FLAT_EPCI', 'BASE_PLUS_PER_DAY'] as const;
export type FeeKind = (typeof FEE_KINDS)[number];

export const FEE_KIND_LABELS: Record<FeeKind, string> = {
  PER_INHABITANT: 'Par habitant',
  FLAT_PER_MEMBER: 'Forfait par commune membre',
  FLAT_EPCI: "Forfait pour l'intercommunalité",
  BASE_PLUS_PER_DAY: 'Forfait + prix par jour',
};

export interface FeeFormula {
  kind: FeeKind;
  /** PER_INHABITANT: cents per inhabitant; FLAT_*: cents a year; BASE_PLUS_PER_DAY: base in cents a year. */
  amountCents: string;
  /** BASE_PLUS_PER_DAY only: cents per day of work. */
  perDayCents: string | null;
}

export interface OpsnService {
  kind: OpsnServiceKind;
  /** Needed for OTHER; otherwise an optional precision ("Parapheur électronique"). */
  label: string | null;
  /** Null when the fee is not known yet: never invented. */
  fee: FeeFormula | null;
}

export interface OpsnDetails {
  name: string;
  legalForm: OpsnLegalForm;
  /** Départements served, by code: 01…95, 2A, 2B, 971…976. */
  departments: string[];
  website: string | null;
  services: OpsnService[];
}

const DEPARTMENT = /^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/;

/** Reads a price typed in euros ("1,10", "250") into cents as decimal text ("110", "25000"). */
export function readEurosAsCents(typed: string): { ok: true; cents: string } | { ok: false; problem: string } {
  const reading = readFrenchNumber(typed, 4, 100_000_000);
  if (!reading.ok) return reading;
  const [whole, decimals = ''] = reading.value.split('.');
  const cents = `${whole}${decimals.padEnd(2, '0').slice(0, 2)}`.replace(/^0+(?=\d)/, '');
  const rest = decimals.slice(2);
  return { ok: true, cents: rest ? `${cents}.${rest}` : cents };
}

/** An OPSN as a form sends it: prices typed in euros, as French users write them. */
export interface OpsnTypedInput {
  name: string;
  legalForm: OpsnLegalForm;
  departments: string[];
  website?: string | null;
  services: { kind: OpsnServiceKind; label?: string | null; fee?: { kind: FeeKind; amount: string; perDay?: string | null } | null }[];
}

/**
 * Reads a typed OPSN into its details (prices in cents) and checks them, the same way in the page
 * and on the server. Problems are keyed by the form's field paths, e.g. "services.0.amount".
 */
export function readOpsnInput(input: OpsnTypedInput): { details: OpsnDetails; problems: { field: string; message: string }[] } {
  const problems: { field: string; message: string }[] = [];
  const cents = (typed: string, field: string, what: string) => {
    const read = typed.trim() === '' ? { ok: false as const, problem: 'indiquez le montant en euros.' } : readEurosAsCents(typed);
    if (read.ok) return read.cents;
    problems.push({ field, message: `${what} : ${read.problem}` });
    return '0';
  };
  const services = input.services.map((service, i): OpsnService => {
    const what = `Service ${i + 1} (${service.label || SERVICE_KIND_LABELS[service.kind]})`;
    const fee = service.fee;
    const perDay = fee?.kind === 'BASE_PLUS_PER_DAY' && fee.perDay?.trim() ? fee.perDay : null;
    return {
      kind: service.kind,
      label: service.label?.trim() || null,
      fee: fee
        ? {
            kind: fee.kind,
            amountCents: cents(fee.amount, `services.${i}.amount`, what),
            perDayCents: perDay === null ? null : cents(perDay, `services.${i}.perDay`, `${what}, prix par jour`),
          }
        : null,
    };
  });
  const details: OpsnDetails = {
    name: input.name.trim(),
    legalForm: input.legalForm,
    departments: input.departments.map((d) => d.trim().toUpperCase().padStart(2, '0')),
    website: input.website?.trim() || null,
    services,
  };
  return { details, problems: [...problems, ...checkOpsn(details)] };
}

/** Checks an OPSN's details; the problems are French and name the field. */
export function checkOpsn(details: OpsnDetails): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (details.name.trim() === '') problems.push({ field: 'name', message: 'Le nom est obligatoire.' });
  if (details.name.length > 200) problems.push({ field: 'name', message: 'Le nom ne peut dépasser 200 caractères.' });
  for (const code of details.departments) {
    if (!DEPARTMENT.test(code)) problems.push({ field: 'departments', message: `« ${code} » n'est pas un code de département (01 à 95, 2A, 2B, 971 à 976).` });
  }
  if (new Set(details.departments).size !== details.departments.length) {
    problems.push({ field: 'departments', message: 'Un département est cité deux fois.' });
  }
  if (details.website !== null && !/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(details.website)) {
    problems.push({ field: 'website', message: 'Le site doit être une adresse web commençant par https:// ou http://.' });
  }
  details.services.forEach((service, i) => {
    const at = `Service ${i + 1} (${service.label || SERVICE_KIND_LABELS[service.kind]})`;
    if (service.kind === 'OTHER' && !service.label?.trim()) {
      problems.push({ field: `services.${i}.label`, message: `Service ${i + 1} : précisez le nom du service.` });
    }
    const sameKind = details.services.findIndex((s) => s.kind === service.kind && (s.label ?? '') === (service.label ?? ''));
    if (sameKind !== i) problems.push({ field: `services.${i}.kind`, message: `${at} : ce service est déjà listé.` });
    if (service.fee?.kind === 'BASE_PLUS_PER_DAY' && service.fee.perDayCents === null) {
      problems.push({ field: `services.${i}.perDay`, message: `${at} : indiquez le prix par jour.` });
    }
  });
  return problems;
}

const euros = (cents: string) => `${typedCentsText(cents)} €`;

/** A fee formula in words, e.g. « 1,10 € par habitant et par an ». */
export function describeFee(fee: FeeFormula): string {
  switch (fee.kind) {
    case 'PER_INHABITANT':
      return `${euros(fee.amountCents)} par habitant et par an`;
    case 'FLAT_PER_MEMBER':
      return `${euros(fee.amountCents)} par an et par commune`;
    case 'FLAT_EPCI':
      return `${euros(fee.amountCents)} par an pour l'intercommunalité`;
    case 'BASE_PLUS_PER_DAY':
      return `${euros(fee.amountCents)} par an et par commune + ${euros(fee.perDayCents ?? '0')} par jour`;
  }
}

/** The label an OPSN service goes by in messages and lists: its own, or its kind's. */
export const serviceLabel = (service: { kind: OpsnServiceKind; label?: string | null }) => service.label || SERVICE_KIND_LABELS[service.kind];

/**
 * Some real OPSN, offered as suggestions when filling in the registry: names, legal forms and
 * départements (the seat's, for ADICO, which serves further) — their fees change by deliberation
 * and must come from their own tariffs.
 */
export const OPSN_SUGGESTIONS: readonly Pick<OpsnDetails, 'name' | 'legalForm' | 'departments'>[] = [
  { name: 'Mégalis Bretagne', legalForm: 'SYNDICAT_MIXTE', departments: ['22', '29', '35', '56'] },
  { name: 'SIDEC du Jura', legalForm: 'SYNDICAT_MIXTE', departments: ['39'] },
  { name: 'Manche Numérique', legalForm: 'SYNDICAT_MIXTE', departments: ['50'] },
  { name: "Syndicat mixte Inforoutes de l'Ardèche", legalForm: 'SYNDICAT_MIXTE', departments: ['07'] },
  { name: 'ADICO', legalForm: 'ASSOCIATION', departments: ['60'] },
  { name: 'Agence publique de gestion locale (APGL64)', legalForm: 'SYNDICAT_MIXTE', departments: ['64'] },
  { name: 'Soluris', legalForm: 'SYNDICAT_MIXTE', departments: ['17'] },
  { name: 'e-Collectivités Vendée', legalForm: 'SYNDICAT_MIXTE', departments: ['85'] },
  { name: 'Gironde Numérique', legalForm: 'SYNDICAT_MIXTE', departments: ['33'] },
];
