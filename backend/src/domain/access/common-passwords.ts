/**
 * Passwords of 12 characters or more that appear at the top of published breach lists, and the
 * words people most often pad with digits or symbols to reach a length rule ("Motdepasse2026!").
 * Compared lower-cased.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '123456789012', '1234567890123', '12345678901234', '123456789123', '123123123123', '111111111111',
  '000000000000', '121212121212', '112233445566', '123456123456', '987654321098', '098765432109',
  '1q2w3e4r5t6y', '1qaz2wsx3edc', 'q1w2e3r4t5y6', 'qwertyuiop12', 'qwertyuiop123', 'qwertyuiopas',
  'qwerty123456', 'qwertyqwerty', 'asdfghjkl123', 'zxcvbnm12345', 'azertyuiop12', 'azertyuiop123',
  'azerty123456', 'azertyazerty', 'azertyuiopqs', 'aqwzsxedcrfv', 'password1234', 'password12345',
  'passwordpassword', 'password123456', 'p@ssw0rd1234', 'iloveyou1234', 'iloveyou12345', 'abcdefghijkl',
  'abcdef123456', 'abc123456789', 'abcd12345678', 'motdepasse12', 'motdepasse123', 'motdepasse1234',
  'motdepasse2024', 'motdepasse2025', 'motdepasse2026', 'jetaime123456', 'bonjour123456', 'soleil123456',
  'administrateur', 'administrator', 'administrator1', 'changeme1234', 'welcome12345', 'letmein12345',
  'football1234', 'baseball1234', 'sunshine1234', 'princess1234', 'superman1234', 'starwars1234',
  'monkey123456', 'dragon123456', 'master123456', 'shadow123456', 'michael12345', 'jennifer1234',
  'trustno11234', 'whatever1234', 'computer1234', 'internet1234', 'bienvenue123', 'bienvenue1234',
  'marseille1234', 'doudou123456', 'chouchou1234', 'nicolas12345', 'camille12345', 'mairie123456',
  'mairie2026!!', 'commune12345', 'mutualis1234', 'mutualis2026', 'intercommunalite', 'communaute12',
]);

/** Words that stay guessable however many digits or symbols follow them. */
export const COMMON_STEMS: ReadonlySet<string> = new Set([
  'password', 'passw0rd', 'p@ssword', 'p@ssw0rd', 'motdepasse', 'motdepass', 'azerty', 'azertyuiop', 'qwerty',
  'qwertyuiop', 'iloveyou', 'jetaime', 'bonjour', 'soleil', 'bienvenue', 'welcome', 'admin', 'administrateur',
  'mairie', 'commune', 'mutualis', 'changeme', 'secret', 'abcdef', 'abc', 'test', 'demo',
]);
