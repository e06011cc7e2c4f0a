// Created once: building Intl objects is costly and tables format hundreds of cells.
const integerFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const nameCollator = new Intl.Collator('fr-FR', { sensitivity: 'base', numeric: true });

/** 158 234 → "158 234" with a narrow no-break space, as French typography requires. */
export function formatInteger(value: number): string {
  return integerFormat.format(value);
}

/** French alphabetical order: accents and case do not split "Élancourt" from "Elne". */
export const compareFrench = nameCollator.compare;
