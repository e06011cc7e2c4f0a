import { parisDate, type IsoDate } from '../domain/consultation/dates.js';
import { DomainError } from '../domain/errors.js';

/**
 * The server's clock, for everything the law counts in days (deadlines, deemed-favourable
 * opinions, deliberation dates) and the 15-minute edit window of comments. Real time, unless the
 * configuration gives a start instant (MUTUALIS_NOW, refused in production): then it runs on from
 * that instant and tests may move it, so a browser journey can let three months pass.
 */
export class ServerClock {
  private offsetMs: number;

  constructor(private readonly start: Date | null) {
    this.offsetMs = start ? start.getTime() - Date.now() : 0;
  }

  get adjustable(): boolean {
    return this.start !== null;
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Today in Paris. */
  today(): IsoDate {
    return parisDate(this.now());
  }

  /** Moves the clock to `instant` (null: back to the configured start); refused on a real clock. */
  set(instant: Date | null): Date {
    if (!this.start) throw new DomainError('FORBIDDEN', "L'horloge du serveur ne se règle que sur un serveur de test (MUTUALIS_NOW).");
    this.offsetMs = (instant ?? this.start).getTime() - Date.now();
    return this.now();
  }
}
