import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { Link } from '../router';

interface Props {
  /** The view's name, for the message: "Timeline". */
  view: string;
  /** The URL shown: when it changes (back, forward, another story), the view is tried again. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Keeps a failing view from taking the page with it: React unmounts everything above an uncaught render
 * error, which leaves a white page. The boundary shows the error and ways back instead; the header and
 * its links stay usable. App gives each view its own boundary; moving to another URL tries the view again.
 */
export class ViewBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console with React's component stack, for a bug report.
    console.error(error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="panel view-error" role="alert" aria-labelledby="view-error-heading">
        <h1 id="view-error-heading">{this.props.view} could not be shown</h1>
        <p>
          <code>{error.message || error.name}</code>
        </p>
        <p className="actions">
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          <button type="button" onClick={() => window.history.back()}>
            Go back
          </button>
          <Link to="/timeline">Go to the timeline</Link>
        </p>
      </section>
    );
  }
}
