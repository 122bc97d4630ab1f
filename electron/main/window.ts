// The main window and the application menu. The window is locked down (context
// isolation, sandbox, no Node, no webviews); the guards in security.ts do the rest.
import { app, BrowserWindow, Menu, nativeTheme, type MenuItemConstructorOptions } from 'electron';

export interface WindowPaths {
  preload: string;
  /** file: URL of the built index.html, or the dev server's URL. */
  pageUrl: string;
}

export function createMainWindow(paths: WindowPaths): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'GridScout',
    // Matches the shell's background so the first frame does not flash white in dark mode.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#111418' : '#ffffff',
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click would otherwise try to open links in new windows (denied anyway).
      disableBlinkFeatures: 'Auxclick',
      devTools: !app.isPackaged,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(paths.pageUrl);
  return win;
}

/**
 * The shell's views in navigation order, with the Alt+digit shortcuts the page itself
 * handles (renderer/src/views/registry.tsx is the source; keep the two in step).
 */
export const MENU_VIEWS = [
  { id: 'players', label: 'Players', digit: '1' },
  { id: 'rankings', label: 'Rankings', digit: '2' },
  { id: 'model', label: 'Model', digit: '9' },
  { id: 'draft', label: 'Draft', digit: '3' },
  { id: 'leagues', label: 'Leagues', digit: '4' },
  { id: 'feedback', label: 'Feedback', digit: '5' },
  { id: 'data', label: 'Data', digit: '6' },
  { id: 'settings', label: 'Settings', digit: '7' },
  { id: 'about', label: 'About', digit: '8' },
] as const;
export type MenuView = (typeof MENU_VIEWS)[number]['id'];

/** The page's URL showing one view: its hash router reads #/<view>. */
export function viewUrl(pageUrl: string, view: MenuView): string {
  return `${pageUrl.split('#')[0]}#/${view}`;
}

export interface MenuActions {
  navigate(view: MenuView): void;
  openExternal(url: string): void;
  checkForUpdates(): void;
  /** Repository (owner/name) for the "GridScout on GitHub" item. */
  repo: string;
}

/**
 * The application menu. The Go menu shows the page's own Alt+digit shortcuts without
 * registering them (Windows/Linux), so the keystroke still reaches the page and there is
 * one handler; clicking an item navigates from here.
 */
export function buildAppMenu(actions: MenuActions): Menu {
  const isMac = process.platform === 'darwin';
  const go = (view: MenuView, label: string, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.navigate(view),
  });
  const goMenu: MenuItemConstructorOptions[] = MENU_VIEWS.map((v) => ({
    ...go(v.id, v.label, `Alt+${v.digit}`),
    registerAccelerator: false,
  }));

  const template: MenuItemConstructorOptions[] = [
    ...(isMac
      ? [
          {
            label: 'GridScout',
            submenu: [
              go('about', 'About GridScout'),
              { type: 'separator' },
              go('settings', 'Settings…', 'Cmd+,'),
              { type: 'separator' },
              { role: 'services' },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: '&File',
      submenu: [
        { label: 'Load Data…', click: () => actions.navigate('data') },
        ...(isMac ? [] : [{ type: 'separator' } as const, go('settings', 'Settings…', 'Ctrl+,'), { type: 'separator' } as const]),
        isMac ? { role: 'close' } : { role: 'quit', accelerator: 'Ctrl+Q' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&Go',
      submenu: goMenu,
    },
    {
      label: '&View',
      submenu: [
        ...(app.isPackaged ? [] : [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const]),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'Report a Problem…', click: () => actions.navigate('feedback') },
        { label: 'Check for Updates…', click: () => actions.checkForUpdates() },
        { type: 'separator' },
        { label: 'GridScout on GitHub', click: () => actions.openExternal(`https://github.com/${actions.repo}`) },
        { label: 'nflverse Data (CC BY 4.0)', click: () => actions.openExternal('https://github.com/nflverse/nflverse-data') },
        ...(isMac ? [] : [{ type: 'separator' } as const, go('about', 'About GridScout')]),
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
