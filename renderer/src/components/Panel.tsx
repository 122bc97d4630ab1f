import type { ReactNode } from 'react';

interface Props {
  /** The h2's id; the section is labelled by it, so screen readers and tests find it by name. */
  id: string;
  title: ReactNode;
  /** A line under the title saying what the panel is for. */
  description?: ReactNode;
  /** The header's right side: a note, a badge or a control. */
  aside?: ReactNode;
  /** Extra classes beside `panel` (layout of the view's grid). */
  className?: string;
  /** The body, with its own `panel-body` element: bodies differ (lists, forms, tables, charts). */
  children: ReactNode;
}

/** A titled card of a view: one h2 in a header row, the body below. */
export function Panel({ id, title, description, aside, className, children }: Props) {
  const heading = <h2 id={id}>{title}</h2>;
  return (
    <section className={className ? `panel ${className}` : 'panel'} aria-labelledby={id}>
      <div className="panel-header">
        {description ? (
          <div>
            {heading}
            <p>{description}</p>
          </div>
        ) : (
          heading
        )}
        {aside}
      </div>
      {children}
    </section>
  );
}
