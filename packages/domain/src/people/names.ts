// Names are searched across spellings and scripts (issue: "Mamadu Dialo" finds
// "Mamadou Diallo"; a name in Arabic script finds its record). The stored,
// searchable form is made here, once, so the server and the browser agree.

export const nameScripts = ['latin', 'arabic', 'other'] as const;
export type NameScript = (typeof nameScripts)[number];

// Arabic letters written in several ways for the same sound or word.
const arabicFolds: [RegExp, string][] = [
  [/[أإآٱ]/g, 'ا'],
  [/ى/g, 'ي'],
  [/ة/g, 'ه'],
  [/ؤ/g, 'و'],
  [/ئ/g, 'ي'],
  [/ـ/g, ''], // tatweel, a stretching stroke
];

/**
 * The form a name is compared in: lower case, accents and Arabic vowel marks
 * removed, Arabic letter variants folded, punctuation turned to spaces, one
 * space between words.
 */
export function searchableName(name: string): string {
  let folded = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  for (const [pattern, replacement] of arabicFolds) folded = folded.replace(pattern, replacement);
  return folded
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/ +/g, ' ');
}

/** The words of a name, each compared on its own so that word order does not matter ("DIALLO Mamadou"). */
export function nameTokens(name: string): string[] {
  const normal = searchableName(name);
  return normal ? [...new Set(normal.split(' '))] : [];
}

export function scriptOf(name: string): NameScript {
  if (/\p{Script=Arabic}/u.test(name)) return 'arabic';
  if (/\p{Script=Latin}/u.test(name)) return 'latin';
  return 'other';
}

/**
 * Keys for "sounds like the same full name": every word reduced to its sound
 * (each word may have two, primary and alternate), sorted so that word order
 * does not matter, joined. "Mamadu Dialo" and "DIALLO Mamadou" share a key with
 * "Mamadou Diallo". Capped, since each two-sound word doubles the keys.
 */
export function soundKeys(wordSounds: readonly (readonly string[])[], cap = 32): string[] {
  let combos: string[][] = [[]];
  for (const sounds of wordSounds) {
    const options = [...new Set(sounds.filter(Boolean))];
    if (options.length === 0) continue;
    combos = combos.flatMap((combo) => options.map((s) => [...combo, s])).slice(0, cap);
  }
  return [...new Set(combos.filter((c) => c.length > 0).map((c) => [...c].sort().join(' ')))];
}

/**
 * Keys for "two of the same words": each pair of words of a name, each pair in
 * byte order, so that "Mamadou Saliou Diallo" shares "diallo mamadou" with
 * "DIALLO Mamadou". Search looks names up by pairs, not single words: a common
 * first name alone matches a tenth of a country, a first and a family name
 * together a few hundred people. Each word position may offer alternatives
 * (the spellings close to a misspelt word); a one-word name is its own key.
 * Capped, since alternatives multiply.
 */
export function wordPairs(words: readonly (readonly string[])[], cap = 400): string[] {
  const positions = words.map((options) => [...new Set(options.filter(Boolean))]).filter((o) => o.length);
  if (positions.length === 1) return (positions[0] ?? []).slice(0, cap);
  const keys = new Set<string>();
  for (let i = 0; i < positions.length; i += 1) {
    for (let j = i + 1; j < positions.length; j += 1) {
      for (const a of positions[i] ?? []) {
        for (const b of positions[j] ?? []) {
          if (a !== b) keys.add(a < b ? `${a} ${b}` : `${b} ${a}`);
          if (keys.size >= cap) return [...keys];
        }
      }
    }
  }
  return [...keys];
}
