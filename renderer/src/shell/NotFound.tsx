import { ViewHeader } from '../components/ViewHeader';
import { hrefFor } from '../stores/routeSlice';

export function NotFound() {
  return (
    <>
      <ViewHeader title="Page not found" subtitle="This address does not match any view." />
      <div className="view-body">
        <p>
          <a href={hrefFor('players')}>Go to Players</a>
        </p>
      </div>
    </>
  );
}
