import { useMemo, useState } from 'react';
import { api, getJson } from '../api';
import type { Article, ArticleDetail, MetadataEvidence } from '../api';
import { ArticleText } from '../article/ArticleText';
import { highlightsOf, targetOf } from '../article/highlight';
import type { HighlightKind } from '../article/highlight';
import { Status } from '../components/Status';
import { useFetch } from '../components/use-fetch';
import { useTitle } from '../components/use-title';
import { Link, useLocation } from '../router';

const KINDS: Array<[HighlightKind, string]> = [
  ['entity', 'Names'],
  ['date', 'Dates'],
  ['quote', 'Quotes'],
  ['figure', 'Figures'],
];

function EvidenceNote({ evidence }: { evidence: MetadataEvidence | string | null | undefined }) {
  if (!evidence) return null;
  // A publication range gives its reason as words; a single value, its origin and the words behind it.
  if (typeof evidence === 'string') return <span className="evidence-note">{evidence}</span>;
  return (
    <span className="evidence-note">
      from the {evidence.origin}
      {evidence.detail ? <>: “{evidence.detail}”</> : null}
    </span>
  );
}

function Metadata({ article }: { article: Article }) {
  return (
    <dl className="facts">
      <dt>Outlet</dt>
      <dd>
        {article.outlet ?? <span className="muted">unknown</span>}{' '}
        <EvidenceNote evidence={article.outletEvidence} />
      </dd>
      <dt>Published</dt>
      <dd>
        {article.published ? (
          <>
            <time dateTime={article.published}>{article.published}</time>{' '}
            <EvidenceNote evidence={article.publishedEvidence} />
          </>
        ) : article.publishedRange ? (
          <>
            between {article.publishedRange.from ?? '?'} and {article.publishedRange.to ?? '?'}{' '}
            <EvidenceNote evidence={article.publishedRange.evidence} />
          </>
        ) : (
          <span className="muted">unknown</span>
        )}
      </dd>
      {article.author && (
        <>
          <dt>By</dt>
          <dd>{article.author}</dd>
        </>
      )}
      {article.url && (
        <>
          <dt>URL</dt>
          <dd>
            <a href={article.url} rel="noopener noreferrer nofollow" target="_blank">
              {article.url}
            </a>
          </dd>
        </>
      )}
      {article.source && article.source !== article.url && (
        <>
          <dt>Read from</dt>
          <dd>
            <code>{article.source}</code>
          </dd>
        </>
      )}
    </dl>
  );
}

export function ArticleView({ id }: { id: string }) {
  const location = useLocation();
  const path = api.article(id);
  const detail = useFetch(path, (signal) => getJson<ArticleDetail>(path, signal));
  useTitle(detail.data?.article?.title ?? `Article ${id}`);
  return (
    <Status fetched={detail}>
      {(data) => <Reader detail={data} at={location.query.get('at')} find={location.query.get('find')} />}
    </Status>
  );
}

function Reader({ detail, at, find }: { detail: ArticleDetail; at: string | null; find: string | null }) {
  const { article } = detail;
  const text = article?.text ?? '';
  const [shown, setShown] = useState<Set<HighlightKind>>(() => new Set(KINDS.map(([kind]) => kind)));
  const highlights = useMemo(() => highlightsOf(detail), [detail]);
  const target = useMemo(() => targetOf(text, at, find), [text, at, find]);
  const counts = new Map(KINDS.map(([kind]) => [kind, highlights.filter((h) => h.kind === kind).length]));
  const toggle = (kind: HighlightKind) => {
    const next = new Set(shown);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    setShown(next);
  };
  const actors = (detail.entities ?? []).filter(
    (e) => e.name && (e.type === 'person' || e.type === 'organisation'),
  );
  const removed = article?.removed ?? [];
  return (
    <article className="reader">
      <h1>{article?.title ?? <span className="muted">(untitled)</span>}</h1>
      <Metadata article={article} />
      {detail.storyId && (
        <p className="actions">
          <Link className="button" to={`/timeline?story=${encodeURIComponent(detail.storyId)}`}>
            Its story on the timeline
          </Link>
          <a className="button" href={api.brief(detail.storyId)} target="_blank" rel="noopener">
            Brief of its story
          </a>
        </p>
      )}
      <fieldset className="highlight-toggles">
        <legend>Highlight</legend>
        {KINDS.map(([kind, label]) => (
          <label key={kind} className={`toggle hl-${kind}`}>
            <input type="checkbox" checked={shown.has(kind)} onChange={() => toggle(kind)} /> {label} (
            {counts.get(kind)})
          </label>
        ))}
      </fieldset>
      {(at || find) && !target && (
        <p className="status">The linked sentence is no longer in this article’s text.</p>
      )}
      <ArticleText text={text} highlights={highlights} shown={shown} target={target} />
      <details className="panel removed">
        <summary>What clean-up removed ({removed.length} lines)</summary>
        {removed.length === 0 ? (
          <p className="muted">Nothing: the text is as it was read.</p>
        ) : (
          <ol>
            {removed.map((line, index) => (
              <li key={index}>
                <code>{line}</code>
              </li>
            ))}
          </ol>
        )}
      </details>
      {actors.length > 0 && (
        <section aria-labelledby="actors-heading">
          <h2 id="actors-heading">Who is in it</h2>
          <ul className="chips">
            {actors.map((entity) => (
              <li key={entity.id ?? entity.name}>
                <Link to={`/actors/${encodeURIComponent(entity.name ?? '')}`}>{entity.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
