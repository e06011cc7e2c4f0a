/** Kinds of EPCI à fiscalité propre. */
export type EpciKind = 'CC' | 'CA' | 'CU' | 'MET';
export const EPCI_KINDS: readonly EpciKind[] = ['CC', 'CA', 'CU', 'MET'];

/**
 * FPU (fiscalité professionnelle unique) or FA (fiscalité additionnelle). Only an FPU EPCI pays
 * its communes an attribution de compensation, so only there can a shared service be paid by
 * deducting it from the AC.
 */
export type TaxRegime = 'FPU' | 'FA';
export const TAX_REGIMES: readonly TaxRegime[] = ['FPU', 'FA'];

export const isSiren = (value: string) => /^\d{9}$/.test(value);
