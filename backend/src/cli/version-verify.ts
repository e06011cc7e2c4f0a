import { DomainError } from '../domain/errors.js';
import { sha256Of } from '../modules/versions/version-store.js';
import { runCli } from './run.js';

// npm run version:verify — recomputes every version's SHA-256 from its stored content.
await runCli(async ({ dataSource }) => {
  const rows: { id: string; number: number; title: string; siren: string; content: unknown; sha256: string }[] = await dataSource.query(
    `SELECT v.id, v.number, s.title, e.siren, v.content, v.content_sha256 AS sha256
     FROM scheme_version v JOIN scheme s ON s.id = v.scheme_id JOIN epci e ON e.id = v.epci_id
     ORDER BY e.siren, s.title, v.number`,
  );
  const lines = rows.map((v) => `${sha256Of(v.content) === v.sha256 ? 'intègre ' : 'ALTÉRÉE '} SIREN ${v.siren} « ${v.title} » v${v.number} (${v.id})`);
  const altered = lines.filter((l) => l.startsWith('ALTÉRÉE')).length;
  const report = [...lines, `${rows.length} version(s) vérifiée(s), ${altered} altérée(s).`].join('\n');
  if (altered > 0) throw new DomainError('INVALID_STATE', report);
  return report;
});
