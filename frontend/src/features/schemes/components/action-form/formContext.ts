import { createContext, useContext } from 'react';
import type { ActionEditor } from '../../hooks/useActionEditor';
import type { ActionDraft, DetailsDraft } from '../../model/actionDraft';

/**
 * Where a problem is shown: the form section (and the element the error summary links to) of the
 * field the domain or the server names, e.g. 'details.forecastUnits' → the participants table.
 */
export function sectionOf(field: string): string | null {
  if (['title', 'years', 'participants', 'statusQuo', 'allocation', 'epciEtpGained'].includes(field)) return field;
  if (['details.forecastUnits', 'allocation.percents', 'allocation.bounds'].includes(field)) return 'participants';
  if (field.startsWith('details')) return 'details';
  if (/^costLines\.\d+$/.test(field)) return field;
  return null;
}

export interface ActionFormContextValue {
  editor: ActionEditor;
  /** Read, not edited: every section's controls are disabled. */
  readOnly: boolean;
  /** The id of a section's element, for labels and the error summary's links. */
  idOf: (section: string) => string;
  /** The problems shown in a section. */
  problemsIn: (section: string) => string[];
  editDetails: (change: Partial<DetailsDraft>) => void;
  edit: <K extends keyof ActionDraft>(key: K, value: ActionDraft[K]) => void;
}

export const ActionFormContext = createContext<ActionFormContextValue | null>(null);

export function useActionForm(): ActionFormContextValue {
  const value = useContext(ActionFormContext);
  if (!value) throw new Error('useActionForm is used outside the action form');
  return value;
}
