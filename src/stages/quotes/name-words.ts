/** Words that tell what a capitalised name is: a body's last word, a role title inside it. */
import { TITLE_SOURCE } from '../entities/titles.js';

/** Last words that make a name an organisation's: "the Home Office", "Georgian Police", "HS2 Ltd". */
export const BODY_WORD =
  /^(?:ministry|office|department|police|service|services|agency|authority|administration|council|commission|committee|court|army|force|forces|news|radio|times|post|press|ltd|inc|corp|group|bank|party|union|institute|monitor|association|foundation|trust|board|bureau|government|parliament|judiciary)$/i;

/** A role title anywhere in the words: "Minister of Transport", "Secretary". */
export const TITLE_INSIDE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${TITLE_SOURCE})(?![\\p{L}\\p{N}])`, 'iu');
