import './ChoiceGroup.css';
import { useId } from 'react';

export interface Choice<V extends string> {
  value: V;
  label: string;
}

interface ChoiceGroupProps<V extends string> {
  legend: string;
  choices: readonly Choice<V>[];
  value: V;
  onChange: (value: V) => void;
  /** Side by side (a view switch) rather than one under the other (a form question). */
  inline?: boolean;
  /** Keeps the legend for screen readers only, when a heading nearby already says it. */
  hideLegend?: boolean;
}

/** Native radio buttons in a fieldset: arrow keys, labels and the group's name come for free. */
export function ChoiceGroup<V extends string>({ legend, choices, value, onChange, inline = false, hideLegend = false }: ChoiceGroupProps<V>) {
  const name = useId();
  return (
    <fieldset className={inline ? 'choice-group choice-group--inline' : 'choice-group'}>
      <legend className={hideLegend ? 'visually-hidden' : 'field-label'}>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="choice">
          <input type="radio" name={name} value={choice.value} checked={choice.value === value} onChange={() => onChange(choice.value)} />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
