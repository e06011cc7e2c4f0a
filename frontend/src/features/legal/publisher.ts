/**
 * Who publishes this instance of Mutualis. The legal notice, the accessibility statement and the
 * personal data page are written from these values: an operator deploying Mutualis replaces them
 * with its own (README, « Pages légales »).
 */
export const PUBLISHER = {
  name: 'Mutualis — instance de démonstration',
  address: 'Adresse de l’organisme qui exploite cette instance',
  director: 'Le représentant légal de l’organisme qui exploite cette instance',
  contactEmail: 'contact@mutualis.example',
  accessibilityEmail: 'accessibilite@mutualis.example',
  dpoEmail: 'dpo@mutualis.example',
  host: 'L’hébergeur choisi par l’organisme qui exploite cette instance',
  /** The date the accessibility statement was written or last revised. */
  statementDate: '3 décembre 2026',
} as const;

/** The RGAA conformance state, as the footer and the statement say it: no audit has been made yet. */
export const ACCESSIBILITY_STATE = 'non conforme';
