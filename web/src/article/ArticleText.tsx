import { useEffect, useMemo, useRef } from 'react';
import { paragraphsOf, segmentsOf } from './highlight';
import type { Highlight, HighlightKind } from './highlight';

/**
 * The cleaned text as React elements: paragraphs cut into pieces at highlight boundaries, each piece a
 * plain text node. Article content never goes through innerHTML, so markup in an article stays text.
 */
export function ArticleText({
  text,
  highlights,
  shown,
  target,
}: {
  text: string;
  highlights: Highlight[];
  shown: Set<HighlightKind>;
  target: { start: number; end: number } | null;
}) {
  const targetElement = useRef<HTMLElement>(null);
  const visible = useMemo(() => {
    const chosen = highlights.filter((h) => shown.has(h.kind));
    return target
      ? [...chosen, { kind: 'target' as const, ...target, label: 'The sentence you followed a link to' }]
      : chosen;
  }, [highlights, shown, target]);
  const paragraphs = useMemo(() => paragraphsOf(text), [text]);

  useEffect(() => {
    targetElement.current?.scrollIntoView({ block: 'center' });
    targetElement.current?.focus({ preventScroll: true });
  }, [target?.start, target?.end]);

  let targetPlaced = false;
  return (
    <div className="article-text">
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start}>
          {segmentsOf(paragraph.start, paragraph.end, visible).map((segment) => {
            const piece = text.slice(segment.start, segment.end);
            if (segment.highlights.length === 0) return piece;
            const kinds = [...new Set(segment.highlights.map((h) => h.kind))];
            const isTarget = kinds.includes('target');
            const firstTarget = isTarget && !targetPlaced;
            if (firstTarget) targetPlaced = true;
            const className = kinds.map((kind) => `hl-${kind}`).join(' ');
            const title = segment.highlights
              .filter((h) => h.kind !== 'target')
              .map((h) => h.label)
              .join('\n');
            return isTarget ? (
              <mark
                key={segment.start}
                className={className}
                title={title || undefined}
                ref={firstTarget ? targetElement : undefined}
                tabIndex={firstTarget ? -1 : undefined}
              >
                {piece}
              </mark>
            ) : (
              <span key={segment.start} className={className} title={title}>
                {piece}
              </span>
            );
          })}
        </p>
      ))}
    </div>
  );
}
