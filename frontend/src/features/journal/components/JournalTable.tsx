import { actionSentence, describeJournalChange, journalSubject, type JournalNames } from '@mutualis/domain/audit/journal';
import { formatDateTime } from '../../schemes/format';
import type { JournalEvent } from '../hooks/useJournal';

const parse = (json: string | null | undefined): unknown => (json ? JSON.parse(json) : null);

/** Who did what and when, and the change's before and after in words. */
export function JournalTable({ events, names }: { events: readonly JournalEvent[]; names: JournalNames }) {
  return (
    <table className="data-table journal-table">
      <caption className="visually-hidden">Changements, du plus récent au plus ancien</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Personne</th>
          <th scope="col">Changement</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <JournalRow key={event.id} event={event} names={names} />
        ))}
      </tbody>
    </table>
  );
}

function JournalRow({ event, names }: { event: JournalEvent; names: JournalNames }) {
  const before = parse(event.before);
  const after = parse(event.after);
  const subject = journalSubject(before, after);
  const changes = describeJournalChange(event.action, before, after, names);
  const who = event.actorName ?? event.actorLabel ?? 'Système';
  return (
    <tr>
      <td className="journal-table__when">{formatDateTime(event.occurredAt)}</td>
      <th scope="row">{who}</th>
      <td>
        <p className="journal-table__what">
          {who} {actionSentence(event.action)}
          {subject && <> : « {subject} »</>}
        </p>
        {changes.length > 0 && (
          <details>
            <summary>Avant et après ({changes.length === 1 ? '1 élément' : `${changes.length} éléments`})</summary>
            <dl className="journal-table__changes">
              {changes.map((change) => (
                <div key={change.label}>
                  <dt>{change.label}</dt>
                  <dd>
                    <span className="visually-hidden">avant : </span>
                    <del>{change.before}</del> → <span className="visually-hidden">après : </span>
                    <ins>{change.after}</ins>
                  </dd>
                </div>
              ))}
            </dl>
          </details>
        )}
      </td>
    </tr>
  );
}
