import { franc } from 'franc-min';

/** Below this, trigram statistics guess more than they measure. */
const MIN_CHARS = 40;
/** A few paragraphs settle the language; reading a whole long article only costs time. */
const SAMPLE_CHARS = 1000;

/**
 * ISO 639-3 → 639-1 for the languages franc-min knows. Individual languages map to the two-letter code of
 * the macrolanguage people use for them (Standard Arabic → `ar`, Mandarin → `zh`); those without one, or
 * distinct enough from it that the merge would mislead (Sorani vs Kurdish), keep their three letters.
 */
const ISO_639_1: Readonly<Record<string, string>> = {
  amh: 'am',
  arb: 'ar',
  azj: 'az',
  bel: 'be',
  ben: 'bn',
  bos: 'bs',
  bul: 'bg',
  ces: 'cs',
  cmn: 'zh',
  deu: 'de',
  ell: 'el',
  eng: 'en',
  fra: 'fr',
  guj: 'gu',
  hau: 'ha',
  hin: 'hi',
  hrv: 'hr',
  hun: 'hu',
  ibo: 'ig',
  ind: 'id',
  ita: 'it',
  jav: 'jv',
  jpn: 'ja',
  kan: 'kn',
  kaz: 'kk',
  kin: 'rw',
  kor: 'ko',
  lin: 'ln',
  mal: 'ml',
  mar: 'mr',
  mya: 'my',
  nld: 'nl',
  npi: 'ne',
  nya: 'ny',
  pan: 'pa',
  pbu: 'ps',
  pes: 'fa',
  plt: 'mg',
  pol: 'pl',
  por: 'pt',
  ron: 'ro',
  run: 'rn',
  rus: 'ru',
  sin: 'si',
  som: 'so',
  spa: 'es',
  srp: 'sr',
  sun: 'su',
  swe: 'sv',
  swh: 'sw',
  tam: 'ta',
  tel: 'te',
  tgl: 'tl',
  tha: 'th',
  tur: 'tr',
  ukr: 'uk',
  urd: 'ur',
  uzn: 'uz',
  vie: 'vi',
  yor: 'yo',
  zlm: 'ms',
  zul: 'zu',
};

/**
 * Words so frequent in English prose, and so rare as words of other languages, that a text made of more
 * than a fifth of them is English. Most news is English, and this check costs a hundredth of the
 * trigram comparison against every language franc knows.
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to that is was for with said it on as by have has from are were be this which would their'.split(
    ' ',
  ),
);
const ENGLISH_SHARE = 0.2;
const MIN_WORDS_FOR_SHORTCUT = 30;

function isPlainlyEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS_FOR_SHORTCUT) return false;
  let hits = 0;
  for (const word of words) if (ENGLISH_FUNCTION_WORDS.has(word)) hits += 1;
  return hits / words.length >= ENGLISH_SHARE;
}

/** ISO 639-1 code where one exists (`en`), else ISO 639-3; null when the text is too short to tell. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS).trim();
  if (sample.length < MIN_CHARS) return null;
  if (isPlainlyEnglish(sample)) return 'en';
  const code = franc(sample, { minLength: MIN_CHARS });
  if (code === 'und') return null;
  return ISO_639_1[code] ?? code;
}
