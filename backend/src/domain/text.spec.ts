import { ofName } from './text.js';

describe('« de » before a name', () => {
  it('elides before a vowel or an h, joins the article, and keeps « de » otherwise', () => {
    expect(ofName('Angeville')).toBe('d’Angeville');
    expect(ofName('Escatalens')).toBe('d’Escatalens');
    expect(ofName('Hendaye')).toBe('d’Hendaye');
    expect(ofName('Le Mans')).toBe('du Mans');
    expect(ofName('Les Mureaux')).toBe('des Mureaux');
    expect(ofName('La Ville-Dieu-du-Temple')).toBe('de La Ville-Dieu-du-Temple');
    expect(ofName('Moissac')).toBe('de Moissac');
  });
});
