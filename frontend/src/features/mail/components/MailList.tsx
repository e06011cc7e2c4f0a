import { useQuery } from '@apollo/client/react';
import type { MailsQuery as MailsData } from '../../../gql/graphql';
import { Loading } from '../../../shared/ui/Loading';
import { QueryFailure } from '../../../shared/ui/QueryFailure';
import { MailsQuery } from '../graphql/mail';

type Mail = MailsData['mails'][number];

const STATUS: Record<Mail['status'], string> = {
  PENDING: 'Non envoyé',
  SENT: 'Envoyé',
  FAILED: 'Échec de l’envoi',
};

const DATE_TIME = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });

/**
 * The outbox as the operator (every mail) or an EPCI's administrators (theirs) see it. Without an
 * SMTP server the bodies are shown: it is how the demo's mails are read.
 */
export function MailList({ epciId }: { epciId: string | null }) {
  const { data, error } = useQuery(MailsQuery, { variables: { epciId }, fetchPolicy: 'cache-and-network' });
  if (error) return <QueryFailure error={error} />;
  if (!data) return <Loading />;
  if (data.mails.length === 0) return <p>Aucun courriel pour l’instant.</p>;
  return (
    <ol className="mail-list">
      {data.mails.map((mail) => (
        <li key={mail.id} className="mail-list__item">
          <article aria-labelledby={`mail-${mail.id}`}>
            <h2 id={`mail-${mail.id}`} className="mail-list__subject">
              {mail.subject}
            </h2>
            <p className="muted">
              À {mail.recipient} · {DATE_TIME.format(new Date(mail.createdAt as string))} · {STATUS[mail.status]}
              {mail.status !== 'SENT' && mail.lastError ? ` (${mail.lastError})` : ''}
            </p>
            {mail.textBody && <pre className="mail-list__body">{mail.textBody}</pre>}
          </article>
        </li>
      ))}
    </ol>
  );
}
