/**
 * 64-bit simhash of word 3-shingles. Copies of one report (syndicated, re-posted with
 * a different header or footer) differ in a few shingles only, so their fingerprints
 * differ in a few bits; unrelated texts differ in about half of the 64 bits.
 */

const SHINGLE = 3;
/** Copies are at most this many bits apart. */
export const NEAR_DUPLICATE_MAX_BITS = 3;

function words(text: string): string[] {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Two independent 32-bit FNV-1a variants (different offsets/primes) make one 64-bit hash. */
function hash64(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
    b ^= b >>> 15;
  }
  // Final avalanche so that short shingles spread over all bits.
  a ^= a >>> 16;
  a = Math.imul(a, 0x85ebca6b) >>> 0;
  a ^= a >>> 13;
  b ^= b >>> 16;
  b = Math.imul(b, 0xc2b2ae35) >>> 0;
  b ^= b >>> 13;
  return [a >>> 0, b >>> 0];
}

export function simhash(text: string): string {
  const tokens = words(text);
  const weights = new Int32Array(64);
  const shingles = tokens.length < SHINGLE ? [tokens.join(" ")] : [];
  for (let i = 0; i + SHINGLE <= tokens.length; i++) shingles.push(tokens.slice(i, i + SHINGLE).join(" "));
  for (const shingle of shingles) {
    const [hi, lo] = hash64(shingle);
    for (let bit = 0; bit < 32; bit++) {
      weights[bit] += (hi >>> bit) & 1 ? 1 : -1;
      weights[32 + bit] += (lo >>> bit) & 1 ? 1 : -1;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (weights[bit] > 0) hi |= 1 << bit;
    if (weights[32 + bit] > 0) lo |= 1 << bit;
  }
  return (hi >>> 0).toString(16).padStart(8, "0") + (lo >>> 0).toString(16).padStart(8, "0");
}

function popcount(x: number): number {
  let v = x >>> 0;
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Hamming distance between two 16-hex-digit fingerprints; Infinity when either is malformed. */
export function hammingDistance(a: string, b: string): number {
  if (!/^[0-9a-f]{16}$/.test(a) || !/^[0-9a-f]{16}$/.test(b)) return Infinity;
  const hi = parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16);
  const lo = parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16);
  return popcount(hi) + popcount(lo);
}

export function isNearDuplicate(a: string, b: string): boolean {
  return hammingDistance(a, b) <= NEAR_DUPLICATE_MAX_BITS;
}
