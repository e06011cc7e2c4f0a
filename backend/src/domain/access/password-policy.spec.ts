import { passwordProblem } from './password-policy.js';

describe('password policy', () => {
  it('accepts a long passphrase without any composition rule', () => {
    expect(passwordProblem('la marée monte sur le port')).toBeNull();
    expect(passwordProblem('correcthorsebatterystaple')).toBeNull();
  });

  it('refuses fewer than 12 characters, counting accented letters once', () => {
    expect(passwordProblem('Court-2026!')).toMatch(/au moins 12 caractères/);
    expect(passwordProblem('éléphantsroses')).toBeNull();
    expect(passwordProblem('ééééé-àààà1')).toMatch(/au moins 12/);
  });

  it('refuses common passwords, whatever their case', () => {
    expect(passwordProblem('AzertyUiop123')).toMatch(/trop courant/);
    expect(passwordProblem('123456789012')).toMatch(/trop courant/);
  });

  it('refuses a common word padded with digits or symbols', () => {
    expect(passwordProblem('Motdepasse2026!')).toMatch(/trop courant/);
    expect(passwordProblem('password!!!!!!!!')).toMatch(/trop courant/);
  });

  it('refuses a run of one or two repeated characters', () => {
    expect(passwordProblem('abababababababab')).toMatch(/trop courant/);
  });

  it('refuses a password made from the account address', () => {
    expect(passwordProblem('camille.durand-2026', 'camille.durand@mairie.fr')).toMatch(/adresse électronique/);
  });

  it('refuses absurdly long input before it reaches the hash function', () => {
    expect(passwordProblem('x'.repeat(200) + 'y'.repeat(57))).toMatch(/dépasser 256/);
  });
});
