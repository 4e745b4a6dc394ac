import type { SentenceEvidence } from '../api';
import { Link, articleHref } from '../router';

/** A claim's supporting sentence, quoted, with a link to it in the article reader. */
export function Source({ evidence, published }: { evidence: SentenceEvidence; published?: string | null }) {
  const articleId = evidence.articleId;
  return (
    <blockquote className="source">
      <p>{evidence.sentence ?? '(no sentence given)'}</p>
      {articleId && (
        <footer>
          <Link to={articleHref(articleId, evidence, evidence.sentence)}>
            Read in article {articleId}
            {published ? ` (${published})` : ''}
          </Link>
        </footer>
      )}
    </blockquote>
  );
}
