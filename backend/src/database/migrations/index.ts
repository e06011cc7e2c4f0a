import { Foundation1795363200000 } from './1795363200000-foundation.js';
import { ProfilesAndOpsn1795536000000 } from './1795536000000-profiles-and-opsn.js';
import { Schemes1795622400000 } from './1795622400000-schemes.js';
import { Versions1795708800000 } from './1795708800000-versions.js';
import { RequestLimits1795800000000 } from './1795800000000-request-limits.js';
import { AuditChain1795800000001 } from './1795800000001-audit-chain.js';
import { Consultation1795810000000 } from './1795810000000-consultation.js';
import { Mail1795820000000 } from './1795820000000-mail.js';
import { AuditJournal1795860000000 } from './1795860000000-audit-journal.js';
import { ConsultationReminders1795870000000 } from './1795870000000-consultation-reminders.js';
import { VersionStorage1795880000000 } from './1795880000000-version-storage.js';

/** Every migration, in order. A new migration is added here and never edited once merged. */
export const MIGRATIONS = [
  Foundation1795363200000,
  ProfilesAndOpsn1795536000000,
  Schemes1795622400000,
  Versions1795708800000,
  RequestLimits1795800000000,
  AuditChain1795800000001,
  Consultation1795810000000,
  Mail1795820000000,
  AuditJournal1795860000000,
  ConsultationReminders1795870000000,
  VersionStorage1795880000000,
];
