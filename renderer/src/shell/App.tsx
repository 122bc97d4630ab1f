// The app shell: skip link, top bar (name, job progress, theme), left navigation,
// notices, the current view, and a status bar with the data credit.
import { Suspense, useCallback, useEffect, useRef, useState, type MouseEvent } from 'react';
import { api, onEvent } from '../api';
import { useStore } from '../stores/store';
import { startHashRouter } from '../stores/routeSlice';
import { applyTheme } from '../theme';
import { findView } from '../views/registry';
import { NotFound } from './NotFound';
import { NavBar } from './NavBar';
import { FirstStartPanel } from './FirstStartPanel';
import { NoticesBanner } from './NoticesBanner';
import { ShortcutsDialog } from './ShortcutsDialog';
import { StatusBar } from './StatusBar';
import { TopBar } from './TopBar';
import { ViewErrorBoundary } from './ViewErrorBoundary';
import { useShortcuts } from './useShortcuts';

export function App() {
  const route = useStore((s) => s.route);
  const theme = useStore((s) => s.settings?.theme);
  const loadError = useStore((s) => s.loadError);
  const [helpOpen, setHelpOpen] = useState(false);
  // Bumped when the browser-mode server comes back after a restart: the view mounts afresh,
  // so nothing it showed while the server was gone (errors, stale rows) outlives the outage.
  const [reconnects, setReconnects] = useState(0);
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    const stopRouter = startHashRouter((r) => useStore.setState({ route: r }));
    const stopJobs = onEvent('job.progress', (job) => useStore.getState().applyJobProgress(job));
    const stopData = onEvent('data.changed', () => void useStore.getState().refreshStatus());
    const stopReconnect = api.onReconnect(() => {
      void useStore.getState().loadApp();
      setReconnects((n) => n + 1);
    });
    void useStore.getState().loadApp();
    return () => {
      stopRouter();
      stopJobs();
      stopData();
      stopReconnect();
    };
  }, []);

  useEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);

  const view = findView(route.view);
  useEffect(() => {
    document.title = view ? `${view.label} · GridScout` : 'GridScout';
  }, [view]);

  const openHelp = useCallback(() => setHelpOpen(true), []);
  const focusMain = useCallback(() => mainRef.current?.focus(), []);
  useShortcuts({ onHelp: openHelp, focusMain });
  // The skip link must not change the hash: the hash is the route.
  const skipToMain = useCallback(
    (e: MouseEvent) => {
      e.preventDefault();
      focusMain();
    },
    [focusMain],
  );

  const Component = view?.component;
  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      <TopBar onHelp={openHelp} />
      <NavBar current={route.view} />
      <main id="main" className="main" ref={mainRef} tabIndex={-1} aria-labelledby="view-title">
        <NoticesBanner />
        <FirstStartPanel />
        {loadError ? (
          <LoadFailed message={loadError} />
        ) : (
          // Keyed by the path: an error of one address never shows on another.
          <ViewErrorBoundary key={`${route.view}/${route.params.join('/')}#${reconnects}`}>
            <Suspense fallback={<div className="view-loading" aria-busy="true" />}>
              {Component ? <Component route={route} /> : <NotFound />}
            </Suspense>
          </ViewErrorBoundary>
        )}
      </main>
      <StatusBar />
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}

function LoadFailed({ message }: { message: string }) {
  return (
    <div className="view-body">
      <div className="load-failed panel" role="alert">
        <h1 id="view-title">GridScout cannot reach its data</h1>
        <p>{message}</p>
        <button type="button" className="btn primary" onClick={() => void useStore.getState().loadApp()}>
          Try again
        </button>
      </div>
    </div>
  );
}
