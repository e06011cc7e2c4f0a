import { ofName } from './text.js';

describe('« de » before a name', () => {
  it('elides before a vowel, joins the article, and keeps « de » otherwise', () => {
    expect(ofName('Angeville')).toBe('d’Angeville');
    expect(ofName('Escatalens')).toBe('d’Escatalens');
    expect(ofName('Le Mans')).toBe('du Mans');
    expect(ofName('Les Mureaux')).toBe('des Mureaux');
    expect(ofName('La Ville-Dieu-du-Temple')).toBe('de La Ville-Dieu-du-Temple');
    expect(ofName('Moissac')).toBe('de Moissac');
  });

  it('elides before a mute h', () => {
    expect(ofName('Hyères')).toBe('d’Hyères');
    expect(ofName('Hérouville-Saint-Clair')).toBe('d’Hérouville-Saint-Clair');
  });

  it('keeps « de » before an aspirated h, whatever follows the name’s first word', () => {
    for (const name of ['Hendaye', 'Hasparren', 'Houilles', 'Herblay-sur-Seine', 'Hazebrouck', 'Honfleur', 'Haute-Goulaine', 'Hautes-Duyes', 'Haut-Lieu']) {
      expect(ofName(name)).toBe(`de ${name}`);
    }
    expect(ofName('Hem')).toBe('de Hem');
  });
});
