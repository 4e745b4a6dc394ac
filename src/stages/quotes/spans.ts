import type { Span } from '../../core/analysis.js';

/** Whether two spans of the text share a character. */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
