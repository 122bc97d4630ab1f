// The Feedback view's data: past reports and the sender's state, reloaded when the main
// side says the outbox changed and, while something waits to be sent, every few seconds
// (the sender's countdowns and rate-limit windows move without an event).
import { useEffect } from 'react';
import type { FeedbackListing } from '../../../../shared/ipc/types';
import { useTableData } from '../../components/useTableData';

const POLL_MS = 3000;

export function useFeedbackListing(): { listing: FeedbackListing | null; error: string | null; reload: () => Promise<void> } {
  const { value: listing, error, reload } = useTableData('feedback.list', 'feedback_reports');

  const waiting = listing?.reports.some((r) => r.status === 'queued' || r.status === 'sending') ?? false;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => void reload(), POLL_MS);
    return () => clearInterval(timer);
  }, [waiting, reload]);

  return { listing, error, reload };
}
