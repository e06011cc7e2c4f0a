import fs from 'node:fs';

/**
 * The server's notion of "now" for deadlines the application sets itself (link expiry). In tests,
 * TEST_CLOCK_FILE (refused in production by the configuration) names a file holding a number of
 * seconds to move the clock forward by, read on each call so a test can change it while the server runs.
 */
export class Clock {
  constructor(private readonly offsetFile: string | null) {}

  now(): Date {
    if (!this.offsetFile) return new Date();
    let offsetSeconds = 0;
    try {
      offsetSeconds = Number(fs.readFileSync(this.offsetFile, 'utf8').trim()) || 0;
    } catch {
      /* no file yet: no offset */
    }
    return new Date(Date.now() + offsetSeconds * 1000);
  }
}
