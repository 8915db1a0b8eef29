// Name normalisation shared by the recogniser and the corpus merge.

/** Lower-case ASCII slug of a name for entity ids: "Lech Wałęsa" -> "lech-walesa". */
export function slugify(name: string): string {
  const folded = foldDiacritics(name.toLowerCase()).replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/ß/g, 'ss');
  let out = '';
  let dash = false;
  for (let k = 0; k < folded.length; k++) {
    const c = folded.charCodeAt(k);
    const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (alnum) {
      if (dash && out.length > 0) out += '-';
      out += folded[k];
      dash = false;
    } else if (c > 127 && /\p{L}/u.test(folded[k])) {
      if (dash && out.length > 0) out += '-';
      out += folded[k];
      dash = false;
    } else {
      dash = true;
    }
  }
  return out;
}

export function entityId(type: string, name: string): string {
  return `${type}:${slugify(name)}`;
}

export function foldDiacritics(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

/**
 * Transliteration skeleton: spellings of one name that romanisation systems disagree on collapse to one key
 * ("Zelensky"/"Zelenskyy"/"Zelenskiy", "Kiev"/"Kyiv", "Gaddafi"/"Qadhafi"/"Kadhafi", "Odessa"/"Odesa").
 */
export function skeleton(name: string): string {
  let s = foldDiacritics(name.toLowerCase()).replace(/ł/g, 'l');
  s = s.replace(/[^a-z]/g, '');
  s = s
    .replace(/kh/g, 'h')
    .replace(/dh/g, 'd')
    // A written g is a k only where romanisations of an Arabic q disagree, at the start ("Gaddafi"/"Qadhafi");
    // inside a word it is a sound of its own: "Mirgorod" and "Mirkorod" are two towns.
    .replace(/[qc](?=[aou]|$)/g, 'k')
    .replace(/^[qg]/, 'k')
    .replace(/ie/g, 'i')
    .replace(/[yj]/g, 'i')
    .replace(/ou/g, 'u')
    .replace(/w/g, 'v');
  let out = '';
  for (let k = 0; k < s.length; k++) if (s[k] !== s[k - 1]) out += s[k];
  return out;
}

/** "RUSSIANS" or "russian" -> "Russian": display form of a key written in any case. */
export function titleCase(key: string): string {
  return key.replace(/(^|[\s\-'])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}
