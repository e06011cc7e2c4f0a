import { constants, gunzipSync, gzipSync } from 'node:zlib';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { canonicalJson } from '../../domain/versions/canonical.js';
import { comparableOf, type VersionContent } from '../../domain/versions/diff.js';

/**
 * Freezing and comparing within budget on the largest EPCI:
 * - a version's content is stored as its canonical JSON text, gzipped, instead of jsonb: the
 *   database parsed and compressed megabytes at each freeze, most of its time. It is kept out of
 *   TOAST compression, being compressed already;
 * - beside it, what a comparison reads of it (comparableOf: the draft, the communes' names, each
 *   commune's cost per year, the totals), so a comparison reads kilobytes. version:verify checks it
 *   against the content. It is json, not jsonb: it is only ever read whole, and on the embedded
 *   engine converting it to and from jsonb was most of writing it at a freeze and of reading it.
 */
export class VersionStorage1795880000000 implements MigrationInterface {
  name = 'VersionStorage1795880000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE scheme_version ADD COLUMN content_gzip bytea, ADD COLUMN comparable json`);
    await db.query(`ALTER TABLE scheme_version ALTER COLUMN content_gzip SET STORAGE EXTERNAL`);
    // Versions frozen before are rewritten one by one in this migration's transaction, the
    // immutability guard lifted for this rewrite only; their hash is over the same canonical text.
    await db.query(`ALTER TABLE scheme_version DISABLE TRIGGER scheme_version_immutable`);
    const versions: { id: string }[] = await db.query(`SELECT id FROM scheme_version`);
    for (const { id } of versions) {
      const [{ content }]: { content: VersionContent }[] = await db.query(`SELECT content FROM scheme_version WHERE id = $1`, [id]);
      const packed = gzipSync(canonicalJson(content), { level: constants.Z_BEST_SPEED }).toString('base64');
      await db.query(`UPDATE scheme_version SET content_gzip = decode($2, 'base64'), comparable = $3 WHERE id = $1`, [id, packed, JSON.stringify(comparableOf(content))]);
    }
    await db.query(`ALTER TABLE scheme_version ENABLE TRIGGER scheme_version_immutable`);
    await db.query(`ALTER TABLE scheme_version DROP COLUMN content`);
    await db.query(`ALTER TABLE scheme_version ALTER COLUMN content_gzip SET NOT NULL, ALTER COLUMN comparable SET NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE scheme_version ADD COLUMN content jsonb`);
    await db.query(`ALTER TABLE scheme_version DISABLE TRIGGER scheme_version_immutable`);
    const versions: { id: string }[] = await db.query(`SELECT id FROM scheme_version`);
    for (const { id } of versions) {
      const [{ packed }] = await db.query(`SELECT encode(content_gzip, 'base64') AS packed FROM scheme_version WHERE id = $1`, [id]);
      await db.query(`UPDATE scheme_version SET content = $2::jsonb WHERE id = $1`, [id, gunzipSync(Buffer.from(packed, 'base64')).toString('utf8')]);
    }
    await db.query(`ALTER TABLE scheme_version ENABLE TRIGGER scheme_version_immutable`);
    await db.query(`ALTER TABLE scheme_version DROP COLUMN content_gzip, DROP COLUMN comparable`);
    await db.query(`ALTER TABLE scheme_version ALTER COLUMN content SET NOT NULL`);
  }
}
