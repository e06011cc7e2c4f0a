import { passwordProblem } from './password-policy.js';

describe('password policy', () => {
  it('accepts a long passphrase without any composition rule', () => {
    expect(passwordProblem('la marée monte sur le port')).toBeNull();
    expect(passwordProblem('correcthorsebatterystaple')).toBeNull();
  });

  it('refuses fewer than 12 characters, counting accented letters once', () => {
    expect(passwordProblem('Court-2026!')).toMatch(/au moins 12 caractères/);
    expect(passwordProblem('ééééé-àààà1')).toMatch(/au moins 12/);
  });

  it('refuses common passwords, whatever their case', () => {
    expect(passwordProblem('AzertyUiop123')).toMatch(/trop facile à deviner/);
    expect(passwordProblem('123456789012')).toMatch(/trop facile à deviner/);
    expect(passwordProblem('1234567890ab')).toMatch(/trop facile à deviner/);
  });

  it('refuses a common word padded with digits or symbols', () => {
    expect(passwordProblem('Motdepasse2026!')).toMatch(/trop facile à deviner/);
    expect(passwordProblem('password!!!!!!!!')).toMatch(/trop facile à deviner/);
  });

  it('refuses a season and a year repeated to reach the length', () => {
    expect(passwordProblem('Summer2026Summer')).toMatch(/trop facile à deviner/);
  });

  it("refuses the product's own words, however they are separated", () => {
    expect(passwordProblem('demo-mutualis-2026')).toMatch(/trop facile à deviner/);
    expect(passwordProblem('mutualis-mutualis')).toMatch(/trop facile à deviner/);
  });

  it('refuses a run of one or two repeated characters', () => {
    expect(passwordProblem('abababababababab')).toMatch(/trop facile à deviner/);
  });

  it('refuses a password made from the account address, and says so', () => {
    expect(passwordProblem('camille.durand-2026', { email: 'camille.durand@exemple.fr' })).toMatch(/votre nom ou votre adresse électronique/);
  });

  it("refuses a password made from the person's name", () => {
    expect(passwordProblem('Jeanne Martin 1975', { name: 'Jeanne Martin' })).toMatch(/votre nom/);
  });

  it('says in whole French sentences why a password is refused', () => {
    expect(passwordProblem('abababababababab')).toMatch(/^Ce mot de passe est trop facile à deviner\.( [^.]+[.!?])+$/);
  });

  it('refuses absurdly long input before it reaches the estimator', () => {
    expect(passwordProblem('x'.repeat(200) + 'y'.repeat(57))).toMatch(/dépasser 256/);
  });
});
