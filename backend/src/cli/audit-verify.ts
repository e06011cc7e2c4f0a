import { DomainError } from '../domain/errors.js';
import { runCli } from './run.js';

// npm run audit:verify — walks the audit trail's hash chain: every row's hash recomputed, every
// link to the row before it, no number missing. Prints the last link, to keep outside the database:
// a deletion at the very end of the chain can only be seen against it.
await runCli(async ({ dataSource }) => {
  const broken: { chain_seq: string; id: string; action: string; problem: string }[] = await dataSource.query(
    `WITH chain AS (
       SELECT e.chain_seq, e.id, e.action, e.prev_hash, e.row_hash, audit_event_digest(e) AS recomputed,
              lag(e.row_hash) OVER w AS previous_hash, lag(e.chain_seq, 1, 0::bigint) OVER w AS previous_seq
       FROM audit_event e WINDOW w AS (ORDER BY e.chain_seq)
     )
     SELECT chain_seq::text, id::text, action,
            CASE WHEN chain_seq IS NULL THEN 'hors chaîne'
                 WHEN chain_seq <> previous_seq + 1 THEN 'maillon(s) ' || (previous_seq + 1) || '–' || (chain_seq - 1) || ' supprimé(s)'
                 WHEN prev_hash IS DISTINCT FROM previous_hash THEN 'lien rompu avec le maillon précédent'
                 ELSE 'contenu modifié' END AS problem
     FROM chain
     WHERE chain_seq IS NULL OR chain_seq <> previous_seq + 1 OR prev_hash IS DISTINCT FROM previous_hash OR row_hash IS DISTINCT FROM recomputed
     ORDER BY chain_seq`,
  );
  const [last] = await dataSource.query(`SELECT chain_seq::text AS seq, row_hash AS hash, (SELECT count(*) FROM audit_event)::text AS total FROM audit_event ORDER BY chain_seq DESC NULLS LAST LIMIT 1`);
  const lines = broken.map((b) => `ROMPU  maillon ${b.chain_seq ?? '?'} (événement ${b.id}, ${b.action}) : ${b.problem}`);
  const summary = last
    ? `${last.total} événement(s) vérifié(s), ${broken.length} anomalie(s). Dernier maillon : n° ${last.seq}, empreinte ${last.hash}.`
    : 'Journal d’audit vide.';
  const report = [...lines, summary].join('\n');
  if (broken.length > 0) throw new DomainError('INVALID_STATE', report);
  return report;
});
