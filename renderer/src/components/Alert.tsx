// A message the user must hear at once (role="alert": screen readers read it out), or
// nothing while there is none. The class says where it sits (a field, a panel, a room).
import type { ReactNode } from 'react';

export function Alert({ message, className }: { message: ReactNode; className: string }) {
  return message ? (
    <p className={className} role="alert">
      {message}
    </p>
  ) : null;
}
