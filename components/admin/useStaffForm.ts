'use client';

import { useRouter } from 'next/navigation';
import { startTransition, useActionState, type FormEvent } from 'react';
import type { ActionResult } from '@/lib/editorial/result';

type Action<T, C> = (previous: unknown, formData: FormData) => Promise<ActionResult<T, C>>;

/**
 * Runs a staff action from a form without React's automatic form reset, so that on a conflict or an error the editor's
 * text stays exactly as typed. On success the page's server data is refreshed.
 */
export function useStaffForm<T, C = never>(action: Action<T, C>, onSuccess?: (data: T) => void) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState(async (previous: ActionResult<T, C> | null, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.ok) {
      onSuccess?.(result.data);
      router.refresh();
    }
    return result;
  }, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter instanceof HTMLElement ? submitter : null);
    startTransition(() => dispatch(formData));
  };
  return { state, pending, onSubmit, errors: state && !state.ok ? state.errors : {} };
}
