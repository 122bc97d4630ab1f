import { hrefFor } from '../stores/routeSlice';
import { VIEWS, type ViewDef } from '../views/registry';

const GROUPS: ViewDef['group'][] = ['Scout', 'Draft', 'App'];

/** The left navigation: plain links (Tab reaches each; Enter follows it). */
export function NavBar({ current }: { current: string }) {
  return (
    <nav className="nav" aria-label="Views">
      {GROUPS.map((group) => (
        <div className="nav-group" key={group}>
          <div className="caps-label nav-group-label" aria-hidden="true">
            {group}
          </div>
          <ul>
            {VIEWS.filter((v) => v.group === group).map((v) => (
              <li key={v.id}>
                <a
                  className="nav-link"
                  href={hrefFor(v.id)}
                  aria-current={v.id === current ? 'page' : undefined}
                  aria-keyshortcuts={`Alt+${v.digit}`}
                >
                  <v.icon />
                  <span className="nav-label">{v.label}</span>
                  {/* The digit comes from CSS (attr()), so it is not part of the link's text. */}
                  <kbd className="nav-kbd" data-key={v.digit} aria-hidden="true" />
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
