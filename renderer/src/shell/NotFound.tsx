// What an address to something that does not exist shows: what was asked for, why it is
// not there, and a way back. The shell uses it for unknown views; views use it for ids
// that match nothing (#/leagues/9999, #/draft/9999, #/players/abc) instead of loading
// forever.
import { ViewHeader } from '../components/ViewHeader';
import { hrefFor } from '../stores/routeSlice';

interface Props {
  title?: string;
  message?: string;
  /** Where the way back leads (a route path) and what it says. */
  back?: { path: string; label: string };
}

export function NotFound({
  title = 'Page not found',
  message = 'This address does not match any view.',
  back = { path: 'players', label: 'Go to Players' },
}: Props) {
  return (
    <>
      <ViewHeader title={title} />
      <div className="view-body">
        <section className="panel not-found" aria-labelledby="not-found-message">
          <p id="not-found-message">{message}</p>
          <p>
            <a className="btn primary" href={hrefFor(back.path)}>
              {back.label}
            </a>
          </p>
        </section>
      </div>
    </>
  );
}
