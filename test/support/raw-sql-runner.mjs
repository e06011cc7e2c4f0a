// Opens an embedded PGlite directory and runs the SQL statements given as JSON on stdin, one by one.
// Prints one JSON result per statement: { rows } or { error }. Used by test/support/raw-sql.ts.
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

// Decoded as a stream: a chunk boundary may fall inside a multi-byte character (« é »), which
// decoding each chunk on its own would turn into U+FFFD.
process.stdin.setEncoding('utf8');
let input = '';
for await (const chunk of process.stdin) input += chunk;
const db = await PGlite.create(path.join(process.env.DATA_DIR, 'pglite'));
const results = [];
for (const statement of JSON.parse(input)) {
  try {
    results.push({ rows: (await db.query(statement)).rows });
  } catch (error) {
    results.push({ error: error.message });
  }
}
await db.close();
process.stdout.write(JSON.stringify(results));
