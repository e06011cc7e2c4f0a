import { composeMail, dateInWords } from './compose.js';

const content = {
  subject: 'Consultation de <CC> & co',
  paragraphs: ['Donnez l’avis de « Moissac » <b>avant</b> la date.'],
  action: { label: 'Ouvrir', url: 'https://mutualis.example/x?a=1&b="2"' },
};

describe('a composed mail', () => {
  it('escapes every text and the link in its HTML', () => {
    const { html } = composeMail(content);
    expect(html).toContain('Donnez l’avis de « Moissac » &lt;b&gt;avant&lt;/b&gt; la date.');
    expect(html).toContain('href="https://mutualis.example/x?a=1&amp;b=&quot;2&quot;"');
    expect(html).not.toContain('<b>');
  });

  it('carries the same words and the link in its plain text', () => {
    const { text } = composeMail(content);
    expect(text).toContain('Donnez l’avis de « Moissac » <b>avant</b> la date.');
    expect(text).toContain('Ouvrir :\nhttps://mutualis.example/x?a=1&b="2"');
  });
});

it('writes a deadline in words, on the day it is in France', () => {
  expect(dateInWords(new Date('2027-02-28T23:30:00Z'))).toBe('1 mars 2027');
  expect(dateInWords(new Date('2027-02-28T12:00:00Z'))).toBe('28 février 2027');
});
