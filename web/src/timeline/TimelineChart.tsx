import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { api } from '../api';
import type { Story, TimelineEntry } from '../api';
import { actorsLine, eventFamily } from '../event-types';
import { Link } from '../router';
import { dayToIso, isSpan, rangeOf, ticks } from './dates';
import type { DayRange } from './dates';
import { layoutLane } from './layout';

const EDGE_PX = 24;
const ROW_PX = 22;
const DOT_PX = 12;
const MIN_BAR_PX = 8;
const MAX_ROWS = 6;
const MAX_PX_PER_DAY = 400;

interface Lane {
  id: string | null;
  title: string;
  entries: Array<{ entry: TimelineEntry; range: DayRange }>;
}

export interface TimelineChartProps {
  entries: TimelineEntry[];
  stories: Story[];
  selectedId: string | null;
  onSelect: (eventId: string) => void;
  onSelectGroup: (entries: TimelineEntry[]) => void;
}

function markerShape(entry: TimelineEntry, range: DayRange): string {
  if (entry.precision === 'undated' || entry.undated) return 'undated';
  if (entry.precision === 'around') return 'around';
  return isSpan(entry.precision, range) ? 'span' : 'day';
}

export const describeEntry = (entry: TimelineEntry): string =>
  `${entry.type ?? 'Event'}${entry.mode && entry.mode !== 'asserted' ? ` (${entry.mode})` : ''}, ${
    entry.when ?? entry.date ?? 'undated'
  }: ${actorsLine(entry.sourceNames, entry.targetNames)}${entry.place ? ` at ${entry.place}` : ''}`;

function lanesOf(entries: TimelineEntry[], stories: Story[]): Lane[] {
  const byStory = new Map<string | null, Lane>();
  for (const story of stories)
    byStory.set(story.id, { id: story.id, title: story.title ?? story.id, entries: [] });
  for (const entry of entries) {
    const range = rangeOf(entry.date);
    if (!range) continue;
    const key = entry.storyId ?? null;
    const lane = byStory.get(key) ?? { id: key, title: key ?? 'Not in a story', entries: [] };
    lane.entries.push({ entry, range });
    byStory.set(key, lane);
  }
  return [...byStory.values()].filter((lane) => lane.entries.length > 0);
}

/**
 * Events on a horizontal time axis, one lane per story. Zooming (buttons, Ctrl + wheel or wheel over the
 * ruler, + and − keys) keeps the date under the pointer in place.
 */
export function TimelineChart({ entries, stories, selectedId, onSelect, onSelectGroup }: TimelineChartProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState(800);
  const [zoom, setZoom] = useState<number | null>(null);
  const pendingAnchor = useRef<{ day: number; offset: number } | null>(null);
  const [scrollLeft, setScrollLeft] = useState(0);

  const lanes = useMemo(() => lanesOf(entries, stories), [entries, stories]);
  const { domain, focus } = useMemo(() => {
    const all = lanes.flatMap((lane) => lane.entries.map((e) => e.range));
    const from = Math.min(...all.map((r) => r.from));
    const to = Math.max(...all.map((r) => r.to));
    const pad = Math.max(2, Math.round((to - from) * 0.02));
    // A few events years away (a war's start, a 2027 target) would squeeze everything else into a
    // sliver, so the first view shows where the middle 90% of events lie; they stay a scroll away.
    const starts = all.map((r) => r.from).sort((a, b) => a - b);
    const low = starts[Math.floor(starts.length * 0.05)] ?? from;
    const high = Math.max(
      low + 1,
      ...all.filter((r) => r.from <= (starts[Math.ceil(starts.length * 0.95) - 1] ?? to)).map((r) => r.to),
    );
    const focusPad = Math.max(2, Math.round((high - low) * 0.04));
    return {
      domain: { from: from - pad, to: to + pad },
      focus: { from: Math.max(from - pad, low - focusPad), to: Math.min(to + pad, high + focusPad) },
    };
  }, [lanes]);
  const days = domain.to - domain.from + 1;
  const fit = Math.max(0.01, (viewport - 2 * EDGE_PX) / days);
  const focused = Math.max(fit, (viewport - 2 * EDGE_PX) / (focus.to - focus.from + 1));
  const scale = Math.min(MAX_PX_PER_DAY, Math.max(fit, zoom ?? focused));
  const x = (day: number) => EDGE_PX + (day - domain.from) * scale;
  const width = EDGE_PX * 2 + days * scale;

  useLayoutEffect(() => {
    if (zoom === null && scroller.current) scroller.current.scrollLeft = (focus.from - domain.from) * scale;
  }, [zoom, focus.from, domain.from, scale]);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setViewport(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const zoomBy = (factor: number, offset = (scroller.current?.clientWidth ?? viewport) / 2) => {
    const element = scroller.current;
    const scrollLeft = element?.scrollLeft ?? 0;
    pendingAnchor.current = { day: domain.from + (scrollLeft + offset - EDGE_PX) / scale, offset };
    setZoom(Math.min(MAX_PX_PER_DAY, Math.max(fit, scale * factor)));
  };

  useLayoutEffect(() => {
    const anchor = pendingAnchor.current;
    const element = scroller.current;
    if (!anchor || !element) return;
    pendingAnchor.current = null;
    element.scrollLeft = EDGE_PX + (anchor.day - domain.from) * scale - anchor.offset;
  }, [scale, domain.from]);

  // React attaches wheel listeners as passive, and only an active one may stop the page from scrolling.
  const zoomByRef = useRef(zoomBy);
  zoomByRef.current = zoomBy;
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      const overRuler = event.target instanceof Element && event.target.closest('.timeline-ruler') !== null;
      if (!event.ctrlKey && !event.metaKey && !overRuler) return;
      event.preventDefault();
      const offset = event.clientX - element.getBoundingClientRect().left;
      zoomByRef.current(event.deltaY < 0 ? 1.25 : 0.8, offset);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
    if (event.key === '+' || event.key === '=') zoomBy(1.5);
    else if (event.key === '-' || event.key === '_') zoomBy(1 / 1.5);
    else if (event.key === '0') setZoom(fit);
    else return;
    event.preventDefault();
  };

  const tickMarks = ticks(domain.from, domain.to, scale);
  // Tick labels name months without their year, so the range in view is spelled out once.
  const shownFrom = Math.max(domain.from, Math.floor(domain.from + (scrollLeft - EDGE_PX) / scale));
  const shownTo = Math.min(domain.to, Math.ceil(domain.from + (scrollLeft + viewport - EDGE_PX) / scale));
  return (
    <div className="timeline" onKeyDown={onKeyDown}>
      <div className="toolbar" role="group" aria-label="Zoom">
        <button type="button" onClick={() => zoomBy(1.5)} aria-keyshortcuts="+">
          Zoom in
        </button>
        <button type="button" onClick={() => zoomBy(1 / 1.5)} aria-keyshortcuts="-" disabled={scale <= fit}>
          Zoom out
        </button>
        <button type="button" onClick={() => setZoom(fit)} aria-keyshortcuts="0" disabled={scale <= fit}>
          Show all
        </button>
        <span className="shown-range">
          {dayToIso(shownFrom)} to {dayToIso(shownTo)}
        </span>
        <span className="hint">
          Keys + and − zoom, 0 shows all; so do Ctrl + wheel and the wheel over the dates.
        </span>
      </div>
      <div
        className="timeline-scroll"
        ref={scroller}
        tabIndex={0}
        onScroll={(e) => setScrollLeft(e.currentTarget.scrollLeft)}
        aria-label="Timeline: scroll sideways with the arrow keys"
      >
        <div className="timeline-canvas" style={{ width }}>
          <div className="timeline-ruler" aria-hidden="true">
            {tickMarks.map((tick) => (
              <span
                key={tick.day}
                className={tick.major ? 'tick major' : 'tick'}
                style={{ left: x(tick.day) }}
              >
                {tick.label}
              </span>
            ))}
          </div>
          <div className="timeline-grid" aria-hidden="true">
            {tickMarks.map((tick) => (
              <span
                key={tick.day}
                className={tick.major ? 'gridline major' : 'gridline'}
                style={{ left: x(tick.day) }}
              />
            ))}
          </div>
          {lanes.map((lane) => {
            const layout = layoutLane(
              lane.entries.map(({ entry, range }) => {
                const shape = markerShape(entry, range);
                const spanned = shape === 'span' || (shape === 'around' && range.to > range.from);
                const barWidth = Math.max(MIN_BAR_PX, (range.to - range.from + 1) * scale);
                return spanned
                  ? { item: { entry, range, shape }, left: x(range.from), width: barWidth }
                  : { item: { entry, range, shape }, left: x(range.from + 0.5) - DOT_PX / 2, width: DOT_PX };
              }),
              MAX_ROWS,
            );
            const rows = layout.rows + (layout.overflow.length > 0 ? 1 : 0);
            return (
              <section className="lane" key={lane.id ?? 'none'} aria-label={`Story: ${lane.title}`}>
                <div className="lane-head">
                  {lane.id ? (
                    <Link to={`/timeline?story=${encodeURIComponent(lane.id)}`}>{lane.title}</Link>
                  ) : (
                    <span>{lane.title}</span>
                  )}
                  <span className="count">{lane.entries.length} events</span>
                  {lane.id && (
                    <a className="button small" href={api.brief(lane.id)} target="_blank" rel="noopener">
                      Brief
                    </a>
                  )}
                </div>
                <div className="lane-track" style={{ height: rows * ROW_PX + 4 }}>
                  {layout.placed.map(({ item, left, width: markerWidth, row }) => (
                    <button
                      type="button"
                      key={item.entry.eventId}
                      className={`mark mark-${item.shape} family-${eventFamily(item.entry.type)}`}
                      style={{ left, width: markerWidth, top: row * ROW_PX + 4 }}
                      aria-pressed={item.entry.eventId === selectedId}
                      aria-label={describeEntry(item.entry)}
                      title={describeEntry(item.entry)}
                      data-event-id={item.entry.eventId}
                      onClick={() => onSelect(item.entry.eventId)}
                    />
                  ))}
                  {layout.overflow.map((bucket) => (
                    <button
                      type="button"
                      key={`more-${bucket.left}`}
                      className="mark-more"
                      style={{ left: bucket.left, top: layout.rows * ROW_PX + 4 }}
                      aria-label={`${bucket.items.length} more events around ${dayToIso(bucket.items[0]!.range.from)}`}
                      onClick={() => onSelectGroup(bucket.items.map((i) => i.entry))}
                    >
                      +{bucket.items.length}
                    </button>
                  ))}
                </div>
              </section>
            );
          })}
        </div>
      </div>
    </div>
  );
}
