// Guards for every web contents the app creates: no navigation away from the app's own
// page, no new windows, no webviews, no permissions, and links opened in the user's
// browser only when they are https on a short allow-list.
//
// The decisions are pure functions (tested in plain Node by security.test.ts); the
// Electron objects come in as arguments and only their types are imported, so this
// module loads without Electron.
import type { Session, Shell, WebContents } from 'electron';

/** Hosts the app may open in the user's browser (exact match, https only). */
export const EXTERNAL_HOSTS: readonly string[] = [
  'github.com', // releases, feedback issues, nflverse data repositories
  'nflverse.com', // the data source
  'creativecommons.org', // CC BY 4.0, the data licence shown in About
  'docs.sleeper.com', // the Sleeper API terms linked from About and the Data view's ADP
  'fantasyfootballcalculator.com', // ADP: Fantasy Football Calculator, linked wherever its ADP appears
];

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Whether `url` is the app's own page. `appRoot` is the folder of the built renderer as a
 * file: URL ending in '/', or the dev server's origin (http://localhost:5173/) in development.
 * URL parsing resolves `..` and `%2e%2e`, so a path cannot climb out of the root.
 */
export function isAppUrl(url: string, appRoot: string): boolean {
  const target = parse(url);
  const root = parse(appRoot);
  if (!target || !root) return false;
  if (target.username || target.password) return false;
  if (root.protocol === 'file:') {
    const rootPath = root.pathname.endsWith('/') ? root.pathname : `${root.pathname}/`;
    return target.protocol === 'file:' && target.host === root.host && target.pathname.startsWith(rootPath);
  }
  if (root.protocol === 'http:' || root.protocol === 'https:') {
    return target.protocol === root.protocol && target.host === root.host;
  }
  return false;
}

/**
 * The link to hand to the user's browser, normalised by the URL parser (so the browser gets
 * exactly the URL that was checked, not a raw string it might parse differently), or null
 * unless it is https with no credentials, on the default port, to an allow-listed host.
 */
export function externalUrl(url: string): string | null {
  const target = parse(url);
  if (!target) return null;
  if (target.protocol !== 'https:') return null;
  if (target.username || target.password || target.port !== '') return null;
  return EXTERNAL_HOSTS.includes(target.hostname) ? target.href : null;
}

export function isAllowedExternalUrl(url: string): boolean {
  return externalUrl(url) !== null;
}

export type NavigationDecision = 'allow' | 'open-external' | 'deny';

/** What to do when the page tries to go to `url` (a link, a redirect, window.open). */
export function decideNavigation(url: string, appRoot: string): NavigationDecision {
  if (isAppUrl(url, appRoot)) return 'allow';
  if (isAllowedExternalUrl(url)) return 'open-external';
  return 'deny';
}

/**
 * Network requests the page itself may make. The renderer talks to the main process over
 * IPC only: everything outside the app's files (plus the dev server in development) is
 * cancelled, so a bug or injected markup cannot phone home. The main process does its
 * own fetching (data refresh, feedback) outside this session's renderer.
 */
export function isAllowedRendererRequest(url: string, appRoot: string): boolean {
  const target = parse(url);
  if (!target) return false;
  if (['data:', 'blob:', 'devtools:', 'chrome-extension:'].includes(target.protocol)) return true;
  if (isAppUrl(url, appRoot)) return true;
  // Vite's hot-reload socket in development.
  const root = parse(appRoot);
  if (root && root.protocol === 'http:' && target.protocol === 'ws:') return target.host === root.host;
  return false;
}

export interface GuardDeps {
  appRoot: string;
  shell: Pick<Shell, 'openExternal'>;
  log: { warn(message: string): void };
}

/** Open a link in the user's browser when the allow-list says so; log and drop it otherwise. */
export function openExternalSafely(url: string, deps: GuardDeps): boolean {
  const checked = externalUrl(url);
  if (checked === null) {
    deps.log.warn(`Blocked opening a link outside the allow-list: ${url.slice(0, 200)}`);
    return false;
  }
  void deps.shell.openExternal(checked);
  return true;
}

/** Apply every guard to one web contents (called for each one the app creates). */
export function guardWebContents(contents: WebContents, deps: GuardDeps): void {
  const onLeave = (event: { preventDefault(): void }, url: string) => {
    const decision = decideNavigation(url, deps.appRoot);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-external') openExternalSafely(url, deps);
    else deps.log.warn(`Blocked navigation to ${url.slice(0, 200)}`);
  };
  contents.on('will-navigate', onLeave);
  // Sub-frames (an iframe in injected markup) get the same rule; the main frame is will-navigate's.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) onLeave(event, event.url);
  });
  contents.on('will-redirect', onLeave);
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternalSafely(url, deps);
    else deps.log.warn(`Blocked a new window for ${url.slice(0, 200)}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    deps.log.warn('Blocked a <webview>.');
  });
}

/** Session-wide guards: no permission is ever granted, and no request leaves the app's files. */
export function guardSession(session: Session, deps: GuardDeps): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    deps.log.warn(`Denied a permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRendererRequest(details.url, deps.appRoot);
    if (!allowed) deps.log.warn(`Cancelled a request from the page: ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
}
