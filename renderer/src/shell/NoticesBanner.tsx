import { useState } from 'react';
import type { Notice } from '../../../shared/ipc/types';
import { IconAbout, IconWarning } from '../components/icons';
import { useStore } from '../stores/store';

/** Things the app did on its own that the user must know (e.g. a corrupt database moved aside). */
export function NoticesBanner() {
  const notices = useStore((s) => s.status?.notices);
  if (!notices?.length) return null;
  return (
    <section className="notices" aria-label="Notices">
      {notices.map((n) => (
        <NoticeItem key={n.id} notice={n} />
      ))}
    </section>
  );
}

function NoticeItem({ notice }: { notice: Notice }) {
  const dismissNotice = useStore((s) => s.dismissNotice);
  const [error, setError] = useState<string | null>(null);
  const Icon = notice.level === 'info' ? IconAbout : IconWarning;
  const dismiss = async () => {
    const result = await dismissNotice(notice.id);
    if (!result.ok) setError(result.error.message);
  };
  return (
    <div className={`notice notice-${notice.level}`} role={notice.level === 'info' ? 'status' : 'alert'}>
      <Icon className="notice-icon" />
      <div className="notice-text">
        <p>{notice.message}</p>
        <p className="notice-when">
          {new Date(notice.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
          {error ? <span className="notice-error"> · {error}</span> : null}
        </p>
      </div>
      <button type="button" className="btn small" onClick={() => void dismiss()}>
        Dismiss
      </button>
    </div>
  );
}
