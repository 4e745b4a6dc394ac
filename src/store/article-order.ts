/** How many articles' places are kept: a few thousand linkings' scopes. */
const KEPT = 20_000;

/**
 * Articles' places in ingestion order (`seq`), noted as their rows are read. A place never changes (an
 * article is revised in its row and never deleted), so a kept one is never stale, whichever process wrote
 * since. Linking asks for the order of its scope's articles, read just before, twice per article: with
 * their places kept, that is no query (on PostgreSQL, two round trips fewer under the write lock).
 */
export class ArticleOrder {
  private readonly places = new Map<string, number>();

  note(rows: ReadonlyArray<{ id: string; seq: number }>): void {
    for (const { id, seq } of rows) {
      this.places.delete(id);
      this.places.set(id, Number(seq));
    }
    for (const id of this.places.keys()) {
      if (this.places.size <= KEPT) break;
      this.places.delete(id);
    }
  }

  /**
   * Forgets every place: a rolled-back transaction may have noted rows that were never committed (an article
   * inserted and read back in it), and the same id may later be stored at another place.
   */
  clear(): void {
    this.places.clear();
  }

  /** `ids` in ingestion order (each once), or null when one of them has no place kept. */
  order(ids: readonly string[]): string[] | null {
    const unique = [...new Set(ids)];
    if (!unique.every((id) => this.places.has(id))) return null;
    return unique.sort((a, b) => this.places.get(a)! - this.places.get(b)!);
  }
}
