import type { FieldChange } from '../../model/versions';

/** « Fonctionnement annuel : 800,00 € → 1 200,00 € », one line per field. */
export function FieldChanges({ changes }: { changes: readonly FieldChange[] }) {
  return (
    <ul className="field-changes">
      {changes.map((change) => (
        <li key={change.label}>
          <span className="field-changes__label">{change.label}</span> : {change.before} <span aria-hidden="true">→</span>
          <span className="visually-hidden">devient</span> {change.after}
        </li>
      ))}
    </ul>
  );
}
