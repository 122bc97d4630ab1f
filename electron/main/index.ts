// The desktop app: lifecycle, the one window, the menu, and the glue that puts the same
// handler table the browser mode serves behind Electron IPC. Everything else lives in
// modules that run in plain Node (see docs/architecture.md, "one handler table, two transports").
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, Menu, Notification, safeStorage, session, shell } from 'electron';
import { closeAppContext, createAppContext, type AppContext } from './context';
import { DatabaseTooNewError } from './db/migrate';
import { handlers } from './handlers/index';
import { startFeedback } from './feedback/service';
import { startModelService } from './model/registry';
import { resumeFollows } from './sync/follower';
import { createSafeStorageEspnCookies, keepEspnCookiesIn } from './sync/espnCookies';
import { watchMyTurn, type MyTurn } from './sync/myTurn';
import { bundledSnapshot, importOnFirstStart } from './data/firstStart';
import { createSafeStorageTokenStore } from './feedback/tokenStore';
import { forwardEvents, registerIpcOnMain } from './ipc';
import { desktopNetwork, resumeParties } from './party/desktopServer';
import { guardSession, guardWebContents, isAppUrl, openExternalSafely, type GuardDeps } from './security';
import { checkForUpdates } from './updater';
import { appConfig } from './version';
import { buildAppMenu, createMainWindow, viewUrl, type MenuView } from './window';

const here = path.dirname(fileURLToPath(import.meta.url)); // out/main
const PRELOAD = path.join(here, '../preload/index.cjs');
const INDEX_HTML = path.join(here, '../renderer/index.html');

// electron-vite's dev server in development; the built files otherwise.
const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const pageUrl = devUrl ?? pathToFileURL(INDEX_HTML).href;
const appRoot = devUrl ? `${new URL(devUrl).origin}/` : pathToFileURL(path.dirname(INDEX_HTML) + path.sep).href;

// GRIDSCOUT_HOME moves the app folder (tests, portable use); must be set before 'ready'
// and before the single-instance lock, which is per folder.
if (process.env.GRIDSCOUT_HOME) app.setPath('userData', path.resolve(process.env.GRIDSCOUT_HOME));

app.enableSandbox();

let ctx: AppContext | null = null;
let mainWindow: BrowserWindow | null = null;

function fatal(title: string, message: string): void {
  dialog.showErrorBox(title, message);
  app.exit(1);
}

function guardDeps(): GuardDeps {
  return { appRoot, shell, log: ctx?.log ?? console };
}

/** Menu navigation: a fragment-only change of the page's URL, which its hash router follows. */
function navigate(view: MenuView): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
  void mainWindow.webContents.loadURL(viewUrl(pageUrl, view));
}

function informDialog(title: string, message: string): void {
  const options = { type: 'info' as const, title, message, buttons: ['OK'] };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

/** Not tested here (no Electron binary): the decision to announce is watchMyTurn's, tested in Node. */
function notifyMyTurn(turn: MyTurn): void {
  if (!mainWindow || mainWindow.isFocused() || !Notification.isSupported()) return;
  const note = new Notification({ title: turn.title, body: turn.body });
  note.on('click', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  note.show();
}

function openWindow(appCtx: AppContext): void {
  const win = createMainWindow({ preload: PRELOAD, pageUrl });
  forwardEvents(appCtx, win.webContents);
  // CI's smoke test of the packaged binary (scripts/smoke-packaged.mjs): the window came
  // up with the page drawn, which is what a user would check by hand; say so and leave.
  if (process.env.GRIDSCOUT_SMOKE_TEST === '1') {
    win.once('ready-to-show', () => {
      process.stdout.write(`GRIDSCOUT_WINDOW_READY ${JSON.stringify({ title: win.getTitle(), url: win.webContents.getURL() })}\n`);
      app.quit();
    });
  }
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
}

async function start(): Promise<void> {
  try {
    ctx = createAppContext({
      home: app.getPath('userData'),
      mode: 'electron',
      // `npm start` passes the better-sqlite3 build for Electron's ABI (kept outside
      // node_modules so Node's build still serves the tests). The packaged app carries
      // an in-place Electron build, so it ignores the variable.
      nativeBinding: app.isPackaged ? undefined : process.env.GRIDSCOUT_SQLITE_BINDING || undefined,
      versions: { electron: process.versions.electron, chrome: process.versions.chrome },
      // Imports and refreshes run in this bundled worker (out/main/dataWorker.js).
      dataWorkerFile: path.join(here, 'dataWorker.js'),
    });
  } catch (err) {
    if (err instanceof DatabaseTooNewError) return fatal('GridScout needs an update', err.message);
    const message = (err as Error).message;
    // `electron .` straight from a checkout loads node_modules' better-sqlite3, built for Node.
    const hint = /NODE_MODULE_VERSION/.test(message) ? '\n\nStart it with `npm start`, which builds SQLite for Electron.' : '';
    return fatal('GridScout could not start', message + hint);
  }
  const appCtx = ctx;
  // The feedback outbox sends what was queued before a restart as soon as the app is up;
  // the pasted GitHub token is kept encrypted with the OS keychain (safeStorage).
  startFeedback(appCtx, { tokens: createSafeStorageTokenStore(appCtx.db, safeStorage) });
  // Projections come from the saved model; it retrains in a worker thread (its own bundle,
  // out/main/worker.js) after every import or refresh.
  startModelService(appCtx, {
    autoTrain: true,
    workerFile: path.join(here, 'worker.js'),
    nativeBinding: app.isPackaged ? undefined : process.env.GRIDSCOUT_SQLITE_BINDING || undefined,
  });
  // ESPN private leagues' cookies are kept like the token; my turn in a followed draft is a
  // system notification when the window is not in front (the room's tone and title say it there).
  keepEspnCookiesIn(appCtx, createSafeStorageEspnCookies(appCtx.db, safeStorage));
  watchMyTurn(appCtx, notifyMyTurn);
  // Live drafts that were following a draft host when the app stopped follow again and catch up.
  resumeFollows(appCtx);
  appCtx.log.info(`GridScout ${app.getVersion()} starting (Electron ${process.versions.electron}), home ${appCtx.home}`);

  // Draft parties: phones reach a guest-only HTTP server on the address the user picks;
  // a party open when the app was closed is served again where the phones last found it.
  appCtx.party = desktopNetwork(appCtx, handlers, path.dirname(INDEX_HTML));
  void resumeParties(appCtx);

  guardSession(session.defaultSession, guardDeps());
  await registerIpcOnMain(handlers, appCtx, (url) => isAppUrl(url, appRoot));

  Menu.setApplicationMenu(
    buildAppMenu({
      navigate,
      openExternal: (url) => openExternalSafely(url, guardDeps()),
      checkForUpdates: () => void checkForUpdates({ isPackaged: app.isPackaged, log: appCtx.log, inform: informDialog }),
      repo: appConfig().feedbackRepo,
    }),
  );

  openWindow(appCtx);
  // First start with an empty database: import the snapshot shipped in resources/data
  // (the window shows the progress and what comes next); the model trains after it.
  const snapshot = bundledSnapshot();
  if (snapshot) void importOnFirstStart(appCtx, { snapshot });
  // Printing (a draft board to PDF) hooks in here later: mainWindow.webContents.printToPDF.
}

if (!app.requestSingleInstanceLock()) {
  // Another GridScout already has this folder open: it gets focus (below), this one leaves.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // Every web contents (the window, devtools, anything a bug might open) gets the guards.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, guardDeps()));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    // macOS: clicking the dock icon with no window open brings the window back.
    if (ctx && BrowserWindow.getAllWindows().length === 0) openWindow(ctx);
  });

  app.on('will-quit', () => {
    if (ctx) closeAppContext(ctx);
    ctx = null;
  });

  app.whenReady().then(start, (err: unknown) => fatal('GridScout could not start', String(err)));
}
