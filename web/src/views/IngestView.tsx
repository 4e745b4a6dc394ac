import { useEffect, useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import { ApiError, api, getJson, token } from '../api';
import type { IngestReport, IngestRequest, Job } from '../api';
import { useTitle } from '../components/use-title';
import { Link } from '../router';

type Mode = 'paste' | 'upload' | 'url' | 'feed';

const MODES: Array<[Mode, string]> = [
  ['paste', 'Paste'],
  ['upload', 'Upload a file'],
  ['url', 'A page’s URL'],
  ['feed', 'A feed’s URL'],
];

const POLL_MS = 600;
const FINISHED = new Set(['done', 'completed', 'complete', 'succeeded', 'success', 'finished']);
const FAILED = new Set(['failed', 'error', 'errored']);
/** PostgreSQL workers: stored and linked, its actors and events not connected yet. */
const SHOWN_STATUS: Record<string, string> = { linked: 'linked, waiting to connect' };

const looksLikeHtml = (name: string, type: string, content: string) =>
  /\.x?html?$/i.test(name) || type.includes('html') || /^\s*(<!doctype html|<html[\s>])/i.test(content);

const errorText = (error: Job['error']): string => error ?? '';

/** Follows a job until it finishes; the server does the work, this only shows how far it got. */
function useJob(id: string | null): { job: Job | null; pollError: string | null } {
  const [job, setJob] = useState<Job | null>(null);
  const [pollError, setPollError] = useState<string | null>(null);
  useEffect(() => {
    if (!id) return;
    let stopped = false;
    let timer: number | undefined;
    const poll = async () => {
      try {
        const next = await getJson<Job>(api.job(id));
        if (stopped) return;
        setJob(next);
        const status = (next.status ?? '').toLowerCase();
        if (!FINISHED.has(status) && !FAILED.has(status)) timer = window.setTimeout(poll, POLL_MS);
      } catch (error) {
        if (!stopped) setPollError(error instanceof Error ? error.message : String(error));
      }
    };
    void poll();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [id]);
  return { job, pollError };
}

const COUNTS = ['added', 'revised', 'updated', 'unchanged'] as const;

function Report({ report }: { report: IngestReport | null | undefined }) {
  if (!report) return null;
  const failed = report.failed ?? [];
  const unread = report.readingFailed ?? [];
  return (
    <>
      <p>{COUNTS.map((key) => `${report[key] ?? 0} ${key}`).join(' · ')}</p>
      {failed.length > 0 && (
        <ul className="status-error">
          {failed.map((f, index) => (
            <li key={index}>
              {f.input ?? 'input'}: {f.reason ?? f.problem ?? 'failed'}
            </li>
          ))}
        </ul>
      )}
      {unread.length > 0 && (
        <p className="muted">
          Stored but not read (no names, quotes or events from them yet): {unread.map((u) => u.id).join(', ')}
        </p>
      )}
    </>
  );
}

export function IngestView() {
  useTitle('Ingest');
  const [mode, setMode] = useState<Mode>('paste');
  const [pasted, setPasted] = useState('');
  const [pastedIsHtml, setPastedIsHtml] = useState(false);
  const [file, setFile] = useState<{ name: string; content: string; html: boolean } | null>(null);
  const [address, setAddress] = useState('');
  const [meta, setMeta] = useState({ title: '', outlet: '', published: '' });
  const [bearer, setBearer] = useState(token.get);
  const [jobId, setJobId] = useState<string | null>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const { job, pollError } = useJob(jobId);

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    if (!chosen) return setFile(null);
    const content = await chosen.text();
    setFile({ name: chosen.name, content, html: looksLikeHtml(chosen.name, chosen.type, content) });
  };

  const request = (): IngestRequest | null => {
    const extra = Object.fromEntries(Object.entries(meta).filter(([, value]) => value.trim() !== ''));
    // A feed holds many articles, so one title, outlet or date cannot describe it.
    if (mode === 'feed' && address.trim()) return { feed: address.trim() };
    if (mode === 'paste' && pasted.trim())
      return { ...extra, ...(pastedIsHtml ? { html: pasted } : { text: pasted }) };
    if (mode === 'upload' && file)
      return { ...extra, ...(file.html ? { html: file.content } : { text: file.content }) };
    if (mode === 'url' && address.trim()) return { ...extra, url: address.trim() };
    return null;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = request();
    if (!body)
      return setSubmitError('Nothing to ingest yet: paste a text, choose a file or enter an address.');
    token.set(bearer.trim());
    setSubmitError(null);
    setSending(true);
    setJobId(null);
    try {
      const answer = await api.ingest(body);
      if (!answer?.job?.id) throw new Error('the server accepted the article but named no job to follow');
      setJobId(answer.job.id);
    } catch (error) {
      const needsToken = error instanceof ApiError && (error.status === 401 || error.status === 403);
      const message = error instanceof Error ? error.message : String(error);
      setSubmitError(needsToken ? `${message}. This server needs an access token: enter it below.` : message);
    } finally {
      setSending(false);
    }
  };

  const status = (job?.status ?? (jobId ? 'queued' : '')).toLowerCase();
  const finished = FINISHED.has(status);
  const failed = FAILED.has(status);
  const total = typeof job?.total === 'number' && job.total > 0 ? job.total : null;
  return (
    <>
      <h1>Ingest</h1>
      <form className="ingest" onSubmit={submit}>
        <fieldset className="modes">
          <legend>What to add</legend>
          {MODES.map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name="mode"
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        {mode === 'paste' && (
          <>
            <label className="block">
              Article text
              <textarea name="text" rows={12} value={pasted} onChange={(e) => setPasted(e.target.value)} />
            </label>
            <label>
              <input
                type="checkbox"
                checked={pastedIsHtml}
                onChange={(e) => setPastedIsHtml(e.target.checked)}
              />{' '}
              This is a page’s HTML
            </label>
          </>
        )}
        {mode === 'upload' && (
          <label className="block">
            A text, Markdown or HTML file
            <input
              type="file"
              accept=".txt,.md,.html,.htm,.xhtml,text/plain,text/html,text/markdown"
              onChange={readFile}
            />
            {file && (
              <span className="muted small">
                {file.name}: {file.content.length.toLocaleString('en')} characters, read as{' '}
                {file.html ? 'HTML' : 'text'}
              </span>
            )}
          </label>
        )}
        {(mode === 'url' || mode === 'feed') && (
          <label className="block">
            {mode === 'url' ? 'Page URL' : 'RSS or Atom feed URL'}
            <input
              type="url"
              name="address"
              placeholder="https://"
              value={address}
              onChange={(e) => setAddress(e.target.value)}
            />
          </label>
        )}
        {mode !== 'feed' && (
          <fieldset className="meta">
            <legend>Optional: what the article itself may not say</legend>
            <label>
              Title{' '}
              <input
                name="title"
                value={meta.title}
                onChange={(e) => setMeta({ ...meta, title: e.target.value })}
              />
            </label>
            <label>
              Outlet{' '}
              <input
                name="outlet"
                value={meta.outlet}
                onChange={(e) => setMeta({ ...meta, outlet: e.target.value })}
              />
            </label>
            <label>
              Published{' '}
              <input
                name="published"
                type="date"
                value={meta.published}
                onChange={(e) => setMeta({ ...meta, published: e.target.value })}
              />
            </label>
          </fieldset>
        )}
        <label className="block">
          Access token{' '}
          <span className="muted small">(only if this server asks for one; kept for this tab only)</span>
          <input
            type="password"
            autoComplete="off"
            value={bearer}
            onChange={(e) => setBearer(e.target.value)}
          />
        </label>
        <button type="submit" disabled={sending || (!!jobId && !finished && !failed)}>
          Ingest
        </button>
      </form>
      {submitError && (
        <p className="status status-error" role="alert">
          {submitError}
        </p>
      )}
      {jobId && (
        <section className="panel job" aria-labelledby="job-heading" aria-live="polite">
          <h2 id="job-heading">
            Ingest job <span className="muted small">{jobId}</span>
          </h2>
          <progress
            max={total ?? undefined}
            value={finished ? (total ?? 1) : total ? (job?.processed ?? 0) : undefined}
            aria-label="Ingest progress"
          />
          <p role="status">
            {finished ? 'Done' : failed ? 'Failed' : (SHOWN_STATUS[status] ?? (status || 'Working'))}
            {total ? ` · ${job?.processed ?? 0} of ${total}` : ''}
          </p>
          {(failed || job?.error) && (
            <p className="status status-error">{errorText(job?.error) || 'The job failed.'}</p>
          )}
          {pollError && <p className="status status-error">Lost track of the job: {pollError}</p>}
          <Report report={job?.report} />
          {finished && (
            <p>
              <Link to="/articles">See the articles</Link>
            </p>
          )}
        </section>
      )}
    </>
  );
}
