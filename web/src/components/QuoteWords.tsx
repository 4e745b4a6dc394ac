/**
 * What a quote says, as the reader should take it: a direct quote in quotation marks, reported speech
 * (the reading's paraphrase) never in them, and marked as such, in every view that shows quotes.
 */
export function QuoteWords({ direct, text }: { direct: boolean | undefined; text: string | undefined }) {
  return (
    <blockquote>
      <p>{direct === false ? `${text ?? ''} (reported speech)` : `“${text ?? ''}”`}</p>
    </blockquote>
  );
}
