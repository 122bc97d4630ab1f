// The one name normaliser. Search, the importers' identity matching, the rankings CSV, ADP and
// draft sync all key players by these functions, so "Amon-Ra St. Brown", "Amon Ra St Brown" and
// "AMON-RA ST. BROWN" are one player everywhere.

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v']);

/**
 * The key names are stored, searched and matched by: lower case, accents gone, apostrophes and
 * periods dropped ("Ja'Marr" -> "jamarr", "D.K." -> "dk"), hyphens and other punctuation as
 * spaces ("Amon-Ra" -> "amon ra", which is also how sources that drop the hyphen write it),
 * spaced initials joined ("D. J. Moore" -> "dj moore"), generational suffixes removed
 * ("Kenneth Walker III" -> "kenneth walker", "Marvin Harrison Jr." -> "marvin harrison").
 */
export function normaliseName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.'’‘`]/g, (c) => (c === '.' ? '. ' : ''))
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
  // "d j moore": a run of single letters is one set of initials ("dj moore", as most sources write it).
  const joined: string[] = [];
  let inInitials = false;
  for (const w of words) {
    if (w.length === 1 && inInitials) joined[joined.length - 1] += w;
    else joined.push(w);
    inInitials = w.length === 1 && /[a-z]/.test(w);
  }
  while (joined.length > 1 && SUFFIXES.has(joined[joined.length - 1]!)) joined.pop();
  return joined.join(' ');
}

/** The key a player row is stored under: team defences as "<team name> dst" ("Chiefs D/ST" -> "chiefs dst"). */
export function playerNameKey(name: string, dstTeam: string | null): string {
  return dstTeam === null ? normaliseName(name) : normaliseName(`${name.replace(/\s*D\/ST$/, '')} dst`);
}

/**
 * A normalised name in the form every source agrees on: short forms and nicknames the ADP
 * exports, Sleeper and the stat files disagree on map to one spelling. Use it on both sides of
 * a cross-source match (never as the stored key, so a search for "gabe" still finds Gabe Davis).
 */
export function canonicalName(name: string): string {
  const key = normaliseName(name);
  return NAME_ALIASES[key] ?? key;
}

// Nickname or short form -> the spelling in nflverse's stat files.
const NAME_ALIASES: Readonly<Record<string, string>> = {
  'mitch trubisky': 'mitchell trubisky',
  'gabe davis': 'gabriel davis',
  'josh palmer': 'joshua palmer',
  'chig okonkwo': 'chigoziem okonkwo',
  'hollywood brown': 'marquise brown',
  'eli mitchell': 'elijah mitchell',
  'kenneth gainwell': 'kenny gainwell',
  'william fuller': 'will fuller',
  'dell beckham o': 'odell beckham', // a 2020 ADP export's mangled name
  'dell beckham jr o': 'odell beckham',
  'ken walker': 'kenneth walker',
  'j howard': 'oj howard',
  'robby anderson': 'robbie chosen',
  'robbie anderson': 'robbie chosen',
  'scotty miller': 'scott miller',
  'jeff wilson': 'jeffery wilson',
  'chris herndon': 'christopher herndon',
  'tank dell': 'nathaniel dell',
  'cameron ward': 'cam ward',
  'bam knight': 'zonovan knight',
  // Nicknames drafters type at the draft table (initials such as "CMC" need no entry: nameInitials).
  hollywood: 'marquise brown',
  'kw3': 'kenneth walker',
};

/** Every key a search query may mean: the query as typed and, for a known nickname, the full name. */
export function searchKeys(query: string): string[] {
  const key = normaliseName(query);
  const canonical = NAME_ALIASES[key];
  return canonical && canonical !== key ? [key, canonical] : [key];
}

/**
 * The initials drafters call a player by: each word's first letter, and each capital that
 * starts a part of a word ("Christian McCaffrey" -> "cmc", "Amon-Ra St. Brown" -> "arsb",
 * "Ja'Marr Chase" -> "jmc"). Suffixes do not count ("Marvin Harrison Jr." -> "mh").
 */
export function nameInitials(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[\s\-.]+/)
    .filter((w) => w.length > 0);
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1]!.toLowerCase().replace(/[^a-z]/g, ''))) words.pop();
  let out = '';
  for (const w of words) {
    // "McCaffrey" and "Ja'Marr" start a second part with a capital; "DK" is one word, not two.
    const parts = w.split(/(?<=[a-z])(?=[A-Z])|['’]/).filter((p) => /[A-Za-z]/.test(p));
    for (const p of parts) out += p.replace(/[^A-Za-z]/g, '').charAt(0).toLowerCase();
  }
  return out;
}

/**
 * Does a typed query name this player? Every word typed starts a word of his name (or of the
 * full name a nickname stands for: "hollywood brown"), the name without its spaces contains
 * it ("amonra"), or the query is his initials ("cmc", "ARSB"). Search everywhere uses this.
 */
export function nameMatches(query: string, name: string): boolean {
  const keys = searchKeys(query);
  if (!keys[0]) return true;
  const words = normaliseName(name).split(' ');
  const joined = words.join('');
  if (keys.some((k) => k.split(' ').every((t) => words.some((w) => w.startsWith(t)) || joined.includes(t)))) return true;
  const q = keys[0];
  return !q.includes(' ') && q.length >= 2 && q === nameInitials(name);
}
