/**
 * Words that keep their period. Lookups are by the word without its period, case-sensitive, because
 * "Co." is an abbreviation and "co." rarely is.
 */

/** Titles and address parts: a capitalised word always follows, so the period never ends a sentence. */
export const TITLES: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gov', 'Sen', 'Rep', 'Reps', 'Sens', 'Gen', 'Col', 'Lt', 'Maj', 'Capt',
  'Cmdr', 'Sgt', 'Cpl', 'Adm', 'Pres', 'Rev', 'Fr', 'Hon', 'Supt', 'Insp', 'Det', 'St', 'Mt', 'Ft', 'Sr',
  'Jr', 'Messrs', 'Mme', 'Mlle', 'Gens', 'Atty', 'Amb', 'vs', 'v', 'cf', 'approx', 'Pt', 'Brig', 'Mgr',
]);

/** Endings of company names and lists: they may end a sentence, so the next word decides. */
export const MAYBE_FINAL: ReadonlySet<string> = new Set([
  'Inc', 'Co', 'Corp', 'Ltd', 'Bros', 'Plc', 'plc', 'Cos', 'etc', 'Ave', 'Blvd', 'Rd', 'Dept', 'Univ',
  'Assn', 'Intl', 'Govt', 'Est', 'al',
]);

/** Month abbreviations keep their period before a day or year ("Nov. 5", "Jan. 2024"). */
export const MONTHS: ReadonlySet<string> = new Set([
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);

/** "No. 10", "Nos. 3 and 4", "Vol. 2", "Art. 5": only before a number. */
export const BEFORE_NUMBER: ReadonlySet<string> = new Set(['No', 'no', 'Nos', 'Vol', 'Art', 'Fig', 'pp', 'p', 'Ch']);

/**
 * Capitalised words that mostly start sentences. After an abbreviation that may end a sentence ("Inc.",
 * "U.S."), one of these makes it end there; any other capitalised word is read as the name going on.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'There',
  'But', 'And', 'Or', 'So', 'Yet', 'In', 'On', 'At', 'For', 'With', 'After', 'Before', 'When', 'While',
  'If', 'As', 'Its', 'His', 'Her', 'Their', 'Our', 'My', 'Some', 'Many', 'Most', 'Other', 'Such', 'Both',
  'Meanwhile', 'However', 'Still', 'Also', 'Then', 'Now', 'Last', 'Earlier', 'Later', 'According',
  'Shares', 'What', 'Why', 'How', 'Who', 'Where', 'No', 'Not', 'One', 'Two', 'Since', 'Under', 'By',
]);
