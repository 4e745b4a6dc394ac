import type { ReadArticle } from '../../core/connected.js';
import { foldName } from './names.js';

/**
 * Bodies every country has, named by their kind alone: "the Foreign Ministry", "the Ministry of Foreign
 * Affairs", "the Supreme Court", "Parliament", "the Air Force". Such a name says which country's body it is only through its
 * article; two reports that each write "the Ministry of Foreign Affairs" may mean Egypt's and Taiwan's.
 */

/** The heads of a state body's name. */
const INSTITUTION =
  /^(?:ministry|ministries|department|office|court|bank|assembly|parliament|council|cabinet|police|army|navy|force|forces|guard|presidency|senate|commission|prosecutor|prosecution|judiciary|government)$/;

/** The other words of such a name: portfolios, ranks and function words, nothing that names a country. */
const PORTFOLIO =
  /^(?:of|for|the|and|on|air|armed|coast|naval|ground|special|foreign|affairs|defence|defense|interior|home|health|finance|justice|education|supreme|high|constitutional|central|national|federal|state|presidential|public|security|economy|economic|trade|industry|agriculture|environment|energy|transport|labour|labor|internal|external|social|culture|information|communications|emigration|immigration|expatriates|tourism|planning|development|general|attorney|military|intelligence|cooperation|international|religious|endowments|youth|sports|women|water|housing|treasury|revenue|customs|border|prime|minister|s|executive|legislative|electoral)$/;

/** Whether a folded or written name is a state body's kind alone. */
export function bodyOfAnyCountry(name: string): boolean {
  const words = foldName(name).split(' ');
  return (
    words.some((w) => INSTITUTION.test(w)) && words.every((w) => INSTITUTION.test(w) || PORTFOLIO.test(w))
  );
}

/**
 * The country an article is most about: the one its mentions of countries and governments name most, none
 * on a tie. A body every country has, named alone, is that country's ("the Justice Department" of a report
 * on Washington).
 */
export function mainCountryOf(read: ReadArticle): string | null {
  const countryOf = new Map<string, string>();
  for (const e of read.reading.entities)
    if (e.country && (e.type === 'country' || e.stands === 'government')) countryOf.set(e.id, e.country);
  const counts = new Map<string, number>();
  for (const m of read.reading.mentions) {
    const country = m.entityId ? countryOf.get(m.entityId) : undefined;
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[1]![1] === ranked[0]![1])) return null;
  return ranked[0]![0];
}
