/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds. An item that carries its full article becomes a document
 * directly; one that carries only a teaser becomes a link to fetch, its fields kept as hints.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../core/errors.js';
import { feedDateToIso } from './dates.js';
import { definedHints, documentItem, errorItem, type PendingItem } from './items.js';

export interface FeedContent {
  kind: 'html' | 'text';
  body: string;
}

export interface FeedItem {
  link: string | null;
  title: string | null;
  /** ISO 8601, the feed's offset kept. */
  published: string | null;
  author: string | null;
  /** The full article when the feed carries it; a teaser does not count. */
  content: FeedContent | null;
  /** The feed's own title: the outlet its items come from. */
  outlet: string | null;
}

/** Summaries and descriptions are usually teasers; past this much text they are the article itself. */
const FULL_SUMMARY_CHARS = 1500;

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  // Without it numeric character references (&#8217;) stay undecoded, which XML requires decoding.
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link' || name === 'author',
  // Atom's xhtml content is markup, not text: keep it raw (html/text content is decoded by hand below).
  stopNodes: ['feed.entry.content', 'feed.entry.summary'],
});

export function parseFeed(xml: string, input: string): FeedItem[] {
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { msg, line } = validation.err;
    throw new InputError(input, 'malformed', `invalid XML at line ${line}: ${msg}`);
  }
  let root: XmlNode;
  try {
    root = parser.parse(xml) as XmlNode;
  } catch (error) {
    // The parser refuses what it will not expand (external entities in a DOCTYPE); one feed's refusal.
    throw new InputError(input, 'malformed', `cannot read this XML: ${(error as Error).message}`);
  }
  const rss = asNode(root['rss']);
  if (rss) return rssItems(asNode(rss['channel']) ?? {}, nodes(asNode(rss['channel'])?.['item']));
  const rdf = asNode(root['rdf:RDF']);
  if (rdf) return rssItems(asNode(rdf['channel']) ?? {}, nodes(rdf['item']));
  const atom = asNode(root['feed']);
  if (atom) return atomItems(atom);
  const rootName = Object.keys(root).find((key) => !key.startsWith('?')) ?? 'none';
  throw new InputError(input, 'malformed', `not an RSS or Atom feed (root element <${rootName}>)`);
}

/**
 * Feed items as documents, or as links to fetch when they do not carry the article. Relative links are
 * resolved against `feedUrl` when the feed came from the network.
 */
export function feedEntries(items: FeedItem[], feedSource: string, feedUrl?: string): PendingItem[] {
  return items.map((unresolved, index) => {
    const resolved = absoluteLink(unresolved.link, feedUrl);
    // Only web addresses are kept: a `javascript:` or `data:` one would be stored and shown as a link.
    const item = { ...unresolved, link: resolved !== null && isHttpLink(resolved) ? resolved : null };
    if (resolved !== null && item.link === null && !item.content) {
      const shown = resolved.length > 60 ? `${resolved.slice(0, 60)}…` : resolved;
      return errorItem(
        new InputError(
          `${feedSource}#item-${index + 1}`,
          'unsupported',
          `link ${shown} is not an http(s) URL`,
        ),
      );
    }
    const hints = definedHints({
      url: item.link,
      title: item.title,
      published: item.published,
      author: item.author,
      outlet: item.outlet,
    });
    const source = item.link ?? `${feedSource}#item-${index + 1}`;
    if (item.content) {
      return documentItem({
        source,
        url: item.link,
        kind: item.content.kind,
        body: item.content.body,
        hints,
      });
    }
    if (item.link) return { fetch: item.link, source, hints };
    return errorItem(new InputError(source, 'malformed', 'feed item has neither content nor a link'));
  });
}

function isHttpLink(link: string): boolean {
  return /^https?:\/\//i.test(link);
}

/** Read where it can be; an unreadable date goes on as given, so that preparing the article reports it. */
function feedDate(value: string | null): string | null {
  return feedDateToIso(value) ?? value;
}

function absoluteLink(link: string | null, feedUrl: string | undefined): string | null {
  if (link === null || feedUrl === undefined) return link;
  try {
    return new URL(link, feedUrl).href;
  } catch {
    return link;
  }
}

function rssItems(channel: XmlNode, items: XmlNode[]): FeedItem[] {
  const outlet = text(channel['title']);
  return items.map((item) => {
    const encoded = text(item['content:encoded']);
    const description = text(item['description']);
    return {
      link: text(first(item['link'])) ?? permalinkGuid(item['guid']),
      title: text(item['title']),
      published: feedDate(text(item['pubDate']) ?? text(item['dc:date'])),
      author: text(item['dc:creator']) ?? rssAuthor(text(first(item['author']))),
      content: encoded
        ? { kind: 'html', body: encoded }
        : description && isLong(description)
          ? { kind: 'html', body: description }
          : null,
      outlet,
    };
  });
}

function atomItems(feed: XmlNode): FeedItem[] {
  const outlet = text(feed['title']);
  return nodes(feed['entry']).map((entry) => {
    const summary = atomContent(entry['summary']);
    return {
      link: atomLink(nodes(entry['link'])),
      title: text(entry['title']),
      published: feedDate(text(entry['published']) ?? text(entry['updated'])),
      author: text(asNode(first(entry['author']))?.['name']),
      content: atomContent(entry['content']) ?? (summary && isLong(summary.body) ? summary : null),
      outlet,
    };
  });
}

/** Atom's `type` decides what the raw (unparsed) element text is; `src` means the content lives elsewhere. */
function atomContent(value: unknown): FeedContent | null {
  const node = asNode(value);
  const raw = node ? node['#text'] : value;
  if (typeof raw !== 'string' || raw.trim() === '' || node?.['@_src'] !== undefined) return null;
  const type = String(node?.['@_type'] ?? 'text').toLowerCase();
  if (type === 'xhtml') return { kind: 'html', body: raw.trim() };
  if (type === 'html' || type === 'text/html') return { kind: 'html', body: decodeXmlText(raw).trim() };
  if (type === 'text' || type === 'text/plain') return { kind: 'text', body: decodeXmlText(raw).trim() };
  return null;
}

function atomLink(links: XmlNode[]): string | null {
  const alternate = links.find((link) => (link['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
  return text(alternate?.['@_href']);
}

function permalinkGuid(value: unknown): string | null {
  const node = asNode(value);
  if (node?.['@_isPermaLink'] === 'false') return null;
  const guid = text(value);
  return guid && /^https?:\/\//i.test(guid) ? guid : null;
}

/** RSS `author` is an e-mail address, often with the name in brackets: `jo@example.com (Jo Doe)`. */
function rssAuthor(value: string | null): string | null {
  if (!value) return null;
  return /\(([^)]+)\)\s*$/.exec(value)?.[1]?.trim() ?? value;
}

function isLong(html: string): boolean {
  return (
    html
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim().length > FULL_SUMMARY_CHARS
  );
}

/** Text of raw XML: CDATA sections verbatim, entity references decoded everywhere else. */
function decodeXmlText(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeEntities(part)))
    .join('');
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return XML_ENTITIES[name] ?? whole;
  });
}

function text(value: unknown): string | null {
  const raw =
    typeof value === 'string' || typeof value === 'number' ? String(value) : asNode(value)?.['#text'];
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const trimmed = String(raw).trim();
  return trimmed === '' ? null : trimmed;
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function nodes(value: unknown): XmlNode[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((item): item is XmlNode => asNode(item) !== null);
}

function asNode(value: unknown): XmlNode | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as XmlNode) : null;
}
