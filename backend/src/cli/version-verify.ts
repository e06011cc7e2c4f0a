import { DomainError } from '../domain/errors.js';
import { canonicalJson } from '../domain/versions/canonical.js';
import { comparableOf } from '../domain/versions/diff.js';
import { sha256Of, unpackContent } from '../modules/versions/version-store.js';
import { runCli } from './run.js';

// npm run version:verify — recomputes every version's SHA-256 from its stored content, and checks
// that what comparisons read of it (its comparable content) is taken from that content.
await runCli(async ({ dataSource }) => {
  const rows: { id: string; number: number; title: string; siren: string; content: string; comparable: unknown; sha256: string }[] = await dataSource.query(
    `SELECT v.id, v.number, s.title, e.siren, encode(v.content_gzip, 'base64') AS content, v.comparable, v.content_sha256 AS sha256
     FROM scheme_version v JOIN scheme s ON s.id = v.scheme_id JOIN epci e ON e.id = v.epci_id
     ORDER BY e.siren, s.title, v.number`,
  );
  const intact = (v: (typeof rows)[number]) => {
    const content = unpackContent(v.content);
    return sha256Of(content) === v.sha256 && canonicalJson(comparableOf(content)) === canonicalJson(v.comparable);
  };
  const lines = rows.map((v) => `${intact(v) ? 'intègre ' : 'ALTÉRÉE '} SIREN ${v.siren} « ${v.title} » v${v.number} (${v.id})`);
  const altered = lines.filter((l) => l.startsWith('ALTÉRÉE')).length;
  const report = [...lines, `${rows.length} version(s) vérifiée(s), ${altered} altérée(s).`].join('\n');
  if (altered > 0) throw new DomainError('INVALID_STATE', report);
  return report;
});
