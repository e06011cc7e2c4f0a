/** What a mail says: the same words in plain text and in HTML, around one clear link. */
export interface MailContent {
  subject: string;
  /** Paragraphs before the link, in plain words. */
  paragraphs: string[];
  action: { label: string; url: string };
  /** Paragraphs after the link (why they received it, what to do if it was not them). */
  after?: string[];
}

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const SIGNATURE = '— Mutualis, le schéma de mutualisation de votre intercommunalité';

export function composeMail(content: MailContent): ComposedMail {
  const after = content.after ?? [];
  const text = [
    'Bonjour,',
    ...content.paragraphs,
    `${content.action.label} :\n${content.action.url}`,
    ...after,
    SIGNATURE,
  ].join('\n\n');
  const paragraph = (p: string) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`;
  const html = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>
<body style="font-family:Marianne,Arial,sans-serif;font-size:16px;line-height:1.5;color:#1e1e1e;max-width:600px;margin:0 auto;padding:24px">
${paragraph('Bonjour,')}
${content.paragraphs.map(paragraph).join('\n')}
<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#000091;color:#ffffff;padding:12px 20px;text-decoration:none;border-radius:4px;display:inline-block">${escapeHtml(content.action.label)}</a></p>
<p style="margin:0 0 16px;font-size:14px;color:#555">Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur : ${escapeHtml(content.action.url)}</p>
${after.map(paragraph).join('\n')}
<p style="margin:24px 0 0;font-size:14px;color:#555">${escapeHtml(SIGNATURE)}</p>
</body></html>`;
  return { subject: content.subject, text, html };
}

const DATE_IN_WORDS = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' });

/** « 28 février 2027 », as a deadline is written in a letter (« avant le … »). */
export const dateInWords = (date: Date) => DATE_IN_WORDS.format(date);
