import type { ReactNode } from 'react';

interface Props {
  /** The view's h1. By convention the registry label, so tests and users find it. */
  title: string;
  subtitle?: ReactNode;
  /** Buttons or filters on the right of the header. */
  actions?: ReactNode;
}

/** The top of every view: one h1, a line saying what the view answers, actions. */
export function ViewHeader({ title, subtitle, actions }: Props) {
  return (
    <header className="view-header">
      <div className="view-header-text">
        <h1 id="view-title">{title}</h1>
        {subtitle ? <p className="view-subtitle">{subtitle}</p> : null}
      </div>
      {actions ? <div className="view-header-actions">{actions}</div> : null}
    </header>
  );
}
