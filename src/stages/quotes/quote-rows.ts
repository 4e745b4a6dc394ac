import type { Quote } from '../../core/analysis.js';
import { analyzeText } from '../../pipeline/reading.js';
import { findQuotes } from './index.js';

/**
 * The quotes stage's tests read a sentence's quotes as rows of the fields each test asserts, joined by " | ",
 * so one line says what was read. Test support only: no stage imports it.
 */
export type QuoteField = (q: Quote) => string;

export const content: QuoteField = (q) => q.content.text;
export const speaker: QuoteField = (q) => q.speaker ?? '-';
export const source: QuoteField = (q) => q.source?.text ?? '-';
export const cue: QuoteField = (q) => q.cue?.text ?? '-';
export const direction: QuoteField = (q) => (q.direct ? 'direct' : 'indirect');
export const confidence: QuoteField = (q) => String(q.confidence);
export const confidence2: QuoteField = (q) => q.confidence.toFixed(2);

/** The quotes of `text` (read as published on 2025-03-12) as rows of `fields`. */
export const quoteRows = (text: string, ...fields: QuoteField[]): string[] =>
  findQuotes(analyzeText(text, '2025-03-12')).map((q) => fields.map((f) => f(q)).join(' | '));
