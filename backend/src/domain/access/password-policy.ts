import { COMMON_PASSWORDS, COMMON_STEMS } from './common-passwords.js';

/**
 * NIST SP 800-63B / ANSSI style: length matters, composition rules do not. At least 12
 * characters, at most 256 (hashing cost), and nothing from the lists of common passwords.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** Returns the French reason the password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, email?: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return `Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères.`;
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return `Le mot de passe ne peut pas dépasser ${PASSWORD_MAX_LENGTH} caractères.`;
  }
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, '');
  if (COMMON_PASSWORDS.has(lower) || COMMON_STEMS.has(stem) || new Set(lower).size <= 2) {
    return 'Ce mot de passe est trop courant : choisissez-en un autre, par exemple une phrase de plusieurs mots.';
  }
  if (email && lower.includes(email.toLowerCase().split('@')[0]!) && email.split('@')[0]!.length >= 4) {
    return 'Le mot de passe ne doit pas contenir votre adresse électronique.';
  }
  return null;
}
