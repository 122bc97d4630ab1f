import { useShallow } from 'zustand/react/shallow';
import type { Theme } from '../../../shared/ipc/types';
import { IconKeyboard, IconMonitor, IconMoon, IconSun, LogoMark } from '../components/icons';
import { useStore } from '../stores/store';
import { JobsIndicator } from './JobsIndicator';

const NEXT_THEME: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'system' };
const THEME_LABEL: Record<Theme, string> = { system: 'System theme', light: 'Light theme', dark: 'Dark theme' };

export function TopBar({ onHelp }: { onHelp: () => void }) {
  const { version, mode } = useStore(useShallow((s) => ({ version: s.info?.version, mode: s.info?.mode })));
  return (
    <header className="topbar">
      <div className="brand">
        <LogoMark />
        <span className="brand-name">GridScout</span>
        {version ? <span className="brand-version">v{version}</span> : null}
      </div>
      <JobsIndicator />
      <div className="topbar-tools">
        {mode === 'browser' ? (
          <span className="badge" title="Served by `npm run serve`: the same app in a browser">
            Browser mode
          </span>
        ) : null}
        <ThemeToggle />
        <button type="button" className="btn ghost icon" onClick={onHelp} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
          <IconKeyboard />
        </button>
      </div>
    </header>
  );
}

function ThemeToggle() {
  const theme = useStore((s) => s.settings?.theme ?? 'system');
  const updateSettings = useStore((s) => s.updateSettings);
  const Icon = theme === 'light' ? IconSun : theme === 'dark' ? IconMoon : IconMonitor;
  const next = NEXT_THEME[theme];
  return (
    <button
      type="button"
      className="btn ghost icon"
      onClick={() => void updateSettings({ theme: next })}
      aria-label={`${THEME_LABEL[theme]}. Switch to ${THEME_LABEL[next].toLowerCase()}`}
      title={`${THEME_LABEL[theme]} (click for ${THEME_LABEL[next].toLowerCase()})`}
    >
      <Icon />
    </button>
  );
}
