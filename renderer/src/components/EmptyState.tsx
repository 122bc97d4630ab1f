import type { ReactNode } from 'react';
import type { IconComponent } from './icons';

interface Props {
  icon: IconComponent;
  title: string;
  /** What this screen will answer once there is something to show. */
  children: ReactNode;
  /** Next steps: commands, buttons (e.g. <LoadDataHelp />); beside the text on wide screens. */
  actions?: ReactNode;
}

/**
 * What a view shows when it has nothing to show yet: what it is for and the next step.
 * Never fake rows or filler text.
 */
export function EmptyState({ icon: Icon, title, children, actions }: Props) {
  return (
    <section className={`empty-state${actions ? ' has-actions' : ''}`} aria-labelledby="empty-state-title">
      <div className="empty-state-main">
        <div className="empty-state-icon">
          <Icon width={22} height={22} />
        </div>
        <h2 id="empty-state-title">{title}</h2>
        <div className="empty-state-body">{children}</div>
      </div>
      {actions ? <div className="empty-state-actions">{actions}</div> : null}
    </section>
  );
}
