// Client-side checks only spare a round trip; the server validates again and has the last word.

export const MIN_PASSWORD_LENGTH = 12;

export const PASSWORD_HINT = `Au moins ${MIN_PASSWORD_LENGTH} caractères. Une phrase de passe facile à retenir convient.`;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkRequired(value: string, message: string): string | undefined {
  return value.trim() ? undefined : message;
}

export function checkEmail(value: string): string | undefined {
  if (!value.trim()) return 'Saisissez l’adresse électronique.';
  return EMAIL_PATTERN.test(value.trim()) ? undefined : 'Saisissez une adresse électronique valide, par exemple nom@commune.fr.';
}

export function checkPassword(value: string): string | undefined {
  return value.length >= MIN_PASSWORD_LENGTH
    ? undefined
    : `Le mot de passe doit contenir au moins ${MIN_PASSWORD_LENGTH} caractères.`;
}
