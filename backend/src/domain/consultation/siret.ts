import { badInput } from '../errors.js';

/** The Luhn key, which every SIREN and SIRET satisfies. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

export const isValidSiret = (siret: string): boolean => /^\d{14}$/.test(siret) && luhnValid(siret);

/**
 * The SIRET of a body whose SIREN is known, from the 5-digit NIC its user enters. Refuses a NIC
 * that is not 5 digits or whose SIRET fails the Luhn key (most typing errors).
 */
export function siretOf(siren: string, nic: string, field = 'nic'): string {
  const text = nic.trim();
  if (!/^\d{5}$/.test(text)) throw badInput(`Le NIC compte exactement 5 chiffres (les 5 derniers du SIRET, après le SIREN ${siren}).`, { field });
  const siret = siren + text;
  if (!isValidSiret(siret)) throw badInput(`Le SIRET ${siret} n'est pas valide (sa clé de contrôle ne correspond pas) : vérifiez le NIC.`, { field });
  return siret;
}
