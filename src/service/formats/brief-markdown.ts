import type { Brief } from '../brief.js';
import { briefSections, dateSpan, hiddenNote, sourceCount, isRefs, sourceCitation } from './brief-lines.js';
import type { BriefLine } from './brief-lines.js';

// Backslash-escaped so article text cannot become markup (a raw `<script>` passes through many Markdown
// renderers) or pass for a reference: "[2]" in a quote must not read as a pointer to source 2.
const text = (value: string) => value.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>]/g, '\\$&');

const refs = (numbers: readonly number[]) => `[${numbers.join(', ')}]`;

const part = (piece: BriefLine['parts'][number]) =>
  isRefs(piece) ? refs(piece) : typeof piece === 'string' ? text(piece) : `“${text(piece.quoted)}”`;

/** The brief as Markdown: headed sections of bullet lines, each ending with its sources, then the sources. */
export function renderBriefMarkdown(brief: Brief): string {
  const note = hiddenNote(brief);
  const lines = [
    `# Brief: ${text(brief.title)}`,
    '',
    `${dateSpan(brief)} · ${sourceCount(brief)}`,
    ...(note ? ['', `_${text(note)}_`] : []),
  ];
  for (const section of briefSections(brief)) {
    lines.push('', `## ${section.heading}`, '');
    for (const line of section.lines) {
      const body = line.parts.map(part).join('');
      lines.push(`- ${line.lead === null ? '' : `**${text(line.lead)}**`}${body}`);
    }
  }
  lines.push('', '## Sources', '');
  for (const source of brief.sources) {
    const outside = source.inScope ? '' : ' (outside this story)';
    lines.push(
      `- [${source.ref}] ${text(sourceCitation(source))}${outside}: ${text(source.url ?? source.source)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
