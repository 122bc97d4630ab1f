// The Feedback view's data: past reports and the sender's state, reloaded when the main
// side says the outbox changed and, while something waits to be sent, every few seconds
// (the sender's countdowns and rate-limit windows move without an event).
import { useCallback, useEffect, useState } from 'react';
import type { FeedbackListing } from '../../../../shared/ipc/types';
import { api, onEvent } from '../../api';
import type { Result } from '../../../../shared/ipc/result';

const POLL_MS = 3000;

export function useFeedbackListing(): { listing: FeedbackListing | null; error: string | null; reload: () => Promise<void> } {
  const [listing, setListing] = useState<FeedbackListing | null>(null);
  const [error, setError] = useState<string | null>(null);

  const apply = useCallback((result: Result<FeedbackListing>) => {
    if (result.ok) {
      setListing(result.value);
      setError(null);
    } else setError(result.error.message);
  }, []);

  const reload = useCallback(() => api.call('feedback.list', {}).then(apply), [apply]);

  useEffect(() => {
    let live = true;
    const load = () => api.call('feedback.list', {}).then((r) => live && apply(r));
    void load();
    const stop = onEvent('data.changed', ({ tables }) => {
      if (tables.includes('feedback_reports')) void load();
    });
    return () => {
      live = false;
      stop();
    };
  }, [apply]);

  const waiting = listing?.reports.some((r) => r.status === 'queued' || r.status === 'sending') ?? false;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => void reload(), POLL_MS);
    return () => clearInterval(timer);
  }, [waiting, reload]);

  return { listing, error, reload };
}
