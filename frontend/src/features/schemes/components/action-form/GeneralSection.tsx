import { TextArea } from '@gouvfr-lasuite/cunningham-react';
import { ACTION_KIND_LABELS, OBLIGATION_LABELS, OBLIGATIONS, THEME_LABELS, THEMES, type Theme } from '@mutualis/domain/scheme/action';
import { SelectField, TextField } from '../../../../shared/forms/fields';
import { Checkbox, FormSection, YearSelect } from './controls';
import { useActionForm } from './formContext';

const THEME_OPTIONS = THEMES.map((theme) => ({ value: theme, label: THEME_LABELS[theme] }));

/** Title, description, theme, obligations and years: what every kind of action has. */
export function GeneralSection({ mandate }: { mandate: { first: number; last: number } }) {
  const { editor, idOf, problemsIn, edit } = useActionForm();
  const { draft } = editor;
  const titleProblems = problemsIn('title');

  function setYears(years: { first: number; last: number }) {
    // Cost lines follow the action's years, so that a shorter action keeps valid lines.
    const clamp = (year: number) => Math.min(Math.max(year, years.first), years.last);
    editor.update((current) => ({
      ...current,
      years,
      costLines: current.costLines.map((line) => ({ ...line, year: clamp(line.year), years: { first: clamp(line.years.first), last: clamp(line.years.last) } })),
      details: { ...current.details, acquisitionYear: clamp(current.details.acquisitionYear) },
    }));
  }

  return (
    <FormSection id={idOf('general')} legend={`${ACTION_KIND_LABELS[draft.kind]} : description`} problems={[]}>
      <TextField
        id={idOf('title')}
        name="title"
        label="Titre de l’action"
        value={draft.title}
        error={titleProblems.join(' ') || undefined}
        maxLength={200}
        required
        onChange={(event) => edit('title', event.target.value)}
      />
      <TextArea
        id={idOf('description')}
        label="Description (facultative)"
        variant="classic"
        fullWidth
        rows={3}
        value={draft.description}
        onChange={(event) => edit('description', event.target.value)}
      />
      <SelectField
        id={idOf('theme')}
        name="theme"
        label="Thème"
        value={draft.theme}
        options={THEME_OPTIONS}
        placeholder="Aucun thème"
        onChange={(event) => edit('theme', event.target.value as Theme | '')}
      />
      <fieldset className="choice-group choice-group--columns">
        <legend className="field-label">Obligations auxquelles l’action répond</legend>
        {OBLIGATIONS.map((obligation) => (
          <Checkbox
            key={obligation}
            label={OBLIGATION_LABELS[obligation]}
            checked={draft.obligations.includes(obligation)}
            onChange={(checked) =>
              edit('obligations', checked ? [...draft.obligations, obligation] : draft.obligations.filter((o) => o !== obligation))
            }
          />
        ))}
      </fieldset>
      <FormSection id={idOf('years')} legend="Années de l’action" problems={problemsIn('years')}>
        <div className="inline-fields">
          <YearSelect id={idOf('years-first')} label="Première année" value={draft.years.first} years={mandate} onChange={(first) => setYears({ ...draft.years, first })} />
          <YearSelect id={idOf('years-last')} label="Dernière année" value={draft.years.last} years={mandate} onChange={(last) => setYears({ ...draft.years, last })} />
        </div>
      </FormSection>
    </FormSection>
  );
}
