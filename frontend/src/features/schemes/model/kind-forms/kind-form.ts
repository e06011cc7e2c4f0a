/**
 * What a kind of action brings to the action form: which generic parts it uses, its own fields in
 * the form's state, and how they are written from a saved action and read back. Each kind has its
 * file beside this one (its fields' component is in components/action-form/details/);
 * `../kinds.ts` holds them by kind.
 */
import type { ActionKind, YearRange } from '@mutualis/domain/costing/types';
import type { DetailsOf, Obligation, SchemeAction } from '@mutualis/domain/scheme/action';
import type { ActionDraft, CommuneEntry } from '../actionDraft';
import type { Reader } from '../reader';
import type { DraftEnvironment } from '../readDraft';

/** What a kind reads its fields with. */
export interface DetailsReading {
  read: Reader;
  env: DraftEnvironment;
  nameOf: (insee: string) => string;
  /** What is typed for a commune. */
  entry: (insee: string) => CommuneEntry;
  /** Figures typed per participant (units, quantities), left out when blank (the engine counts them as zero). */
  perParticipant: (typed: (insee: string) => string, field: string, what: (name: string) => string) => Record<string, string>;
}

/** What a kind writes a saved action's details with. */
export interface DetailsWriting {
  action: SchemeAction;
  /** Writes into a commune's entry what the details hold for it. */
  setEntry: (insee: string, change: Partial<CommuneEntry>) => void;
}

export interface KindForm<K extends ActionKind, Fields extends object> {
  /** The drafter sets the sharing rule (a key or a tariff); otherwise the kind sets it. */
  enteredRule: boolean;
  /** What each commune pays today; a group purchase derives it from each member's own needs. */
  statusQuo: boolean;
  /** Staff moves with the action: ETP transferred by the communes, ETP gained by the EPCI. */
  staff: boolean;
  /** Communes may pay by deduction from their attribution de compensation (in an FPU EPCI). */
  acDeduction: boolean;
  /** Hint over the cost lines editor. */
  costLinesHint: string;
  /** Each commune forecasts the units it will use (a provision of services is reimbursed per unit). */
  forecastUnits: boolean;
  /** Over what the preview's saving runs: a group purchase's contract, otherwise the mandate. */
  savingPeriod: 'mandate' | 'contract';
  /** Obligations a new action of this kind answers. */
  obligations: Obligation[];
  /** A new action of this kind starts with a tariff (a flat fee and a price per unit) rather than a key. */
  startsAsTariff: boolean;
  /** This kind's fields before anything is typed; `chosen` when the new action is of this kind. */
  blank: (mandate: YearRange, chosen: boolean) => Fields;
  /** A saved action's details as a French user types them. */
  toDraft: (details: DetailsOf<K>, writing: DetailsWriting) => Partial<Fields>;
  /** The details from the form's typed state; what cannot be read goes to `reading.read`'s problems. */
  read: (draft: ActionDraft, reading: DetailsReading) => DetailsOf<K>;
}
