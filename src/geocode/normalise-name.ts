/**
 * Name keys for matching: case, accents, hyphens, apostrophes (straight and curly),
 * punctuation and spacing do not matter, so "Fada N'Gourma", "Fada Ngourma" and
 * "Fada-N’Gourma" share one key. Shared by the gazetteer build and the geocoder so
 * the committed file and the runtime always agree.
 */

const LIGATURES: Record<string, string> = { "œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "đ": "d", "ł": "l", "ı": "i" };

/** Lower-case, accent-free text with words separated by single spaces (used to read affixes). */
export function foldText(text: string): string {
  let s = text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  s = s.replace(/[œæßøđłı]/g, (c) => LIGATURES[c] ?? c);
  // Apostrophes join (N'Gourma = Ngourma); every other non-alphanumeric separates.
  s = s.replace(/['’‘`´ʼ]/g, "");
  return s.replace(/[^a-z0-9]+/g, " ").trim();
}

/** The matching key: folded text without spaces. Empty when the name has no Latin letters or digits. */
const ASCII = /^[\x00-\x7f]*$/;
const NOT_ALNUM = /[^a-z0-9]+/g;

/** Latin letters with diacritics (U+0080–U+024F, U+1E00–U+1EFF) → their ASCII key letters, computed once. */
const LATIN_FOLD = new Map<number, string>();
for (const [from, to] of [[0x80, 0x24f], [0x1e00, 0x1eff]]) {
  for (let c = from; c <= to; c++) {
    const ch = String.fromCharCode(c);
    LATIN_FOLD.set(c, nameKeySlow(ch));
  }
}

function nameKeySlow(text: string): string {
  return foldText(text).replace(/ /g, "");
}

export function nameKey(text: string): string {
  // Fast path for plain ASCII (most names): apostrophes and separators both vanish from a key.
  if (ASCII.test(text)) return text.toLowerCase().replace(NOT_ALNUM, "");
  let out = "";
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += lower[i];
      continue;
    }
    const folded = LATIN_FOLD.get(c);
    if (folded === undefined) return nameKeySlow(text); // other scripts, combining marks: the careful way
    out += folded;
  }
  return out;
}

/**
 * A looser key for spelling variants of transcribed names ("Deguimbere"/"Deguembere",
 * "Boulkessi"/"Boulikessy"): the consonant skeleton after common French/English
 * transcription equivalences. Only used as a fallback when the exact key is unknown.
 */
export function looseKey(text: string): string {
  return looseKeyOf(nameKey(text));
}

const VOWELS = new Set(["a", "e", "i", "o", "u"]);

/**
 * `looseKey` of a name already keyed by `nameKey` (an index keys each name once). Equivalences, in
 * one left-to-right pass (the index keys 80,000 names at prepare time): tch/tsh/ch/sh, kh, qu, q,
 * ck and c are k; dj/dz j; ph f; ou/oo/w u; y i; z s; h nothing. Then the first letter and the
 * consonants, doubled letters once.
 */
export function looseKeyOf(key: string): string {
  const s = transcribed(key);
  if (s.length < 4) return "";
  let out = "";
  let last = "";
  for (let i = 0; i < s.length; ) {
    const c = s[i];
    const d = s[i + 1];
    let m: string;
    let step = 1;
    if (c === "t" && (d === "c" || d === "s") && s[i + 2] === "h") (m = "k"), (step = 3);
    else if ((c === "c" || c === "s" || c === "k") && d === "h") (m = "k"), (step = 2);
    else if (c === "d" && (d === "j" || d === "z")) (m = "j"), (step = 2);
    else if (c === "p" && d === "h") (m = "f"), (step = 2);
    else if ((c === "q" && d === "u") || (c === "c" && d === "k")) (m = "k"), (step = 2);
    else if (c === "q" || c === "c") m = "k";
    else if (c === "o" && (d === "u" || d === "o")) (m = "u"), (step = 2);
    else if (c === "w") m = "u";
    else if (c === "y") m = "i";
    else if (c === "z") m = "s";
    else if (c === "h") m = "";
    else m = c;
    i += step;
    if (m === "" || (out !== "" && VOWELS.has(m))) continue;
    if (m !== last) (out += m), (last = m);
  }
  return out;
}

/**
 * French and English transcriptions of one sound, made alike before keys are taken: gn for ny
 * ("Gnimignama"/"Niminiama"), the Tamasheq "In-" written as a bare N ("Ntillit"/"I-n-Tillit"),
 * and its guttural r written gh or r ("Takaghat"/"Takarat").
 * (A soft c is left alone: "Palace" would become a village.)
 */
function transcribed(key: string): string {
  return key
    .replace(/gn/g, "n")
    .replace(/gh/g, "r")
    .replace(/^n(?=[^aeiouy])/, "in");
}

/** Key with vowels kept but spelled alike (y/i, w/ou, doubled letters, h), for edit distance between variants. */
export function variantKey(text: string): string {
  return variantKeyOf(nameKey(text));
}

/** `variantKey` of a name already keyed by `nameKey`: y is i, w and ou (ow) are u, h is nothing, doubled letters once; one pass. */
export function variantKeyOf(key: string): string {
  const t = transcribed(key);
  let out = "";
  let last = "";
  for (let i = 0; i < t.length; i++) {
    let c = t[i];
    if (c === "h") continue;
    if (c === "y") c = "i";
    else if (c === "w") c = "u";
    else if (c === "o" && (t[i + 1] === "u" || t[i + 1] === "w")) (c = "u"), i++;
    if (c !== last) (out += c), (last = c);
  }
  return out;
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}
