'use client';

import { unstable_rethrow, useRouter } from 'next/navigation';
import { startTransition, useActionState, type FormEvent } from 'react';
import { MAX_UPLOAD_BYTES } from '@/lib/http/body-limits.mjs';
import type { ActionResult } from '@/lib/editorial/shared/result';

type Action<T, C> = (previous: unknown, formData: FormData) => Promise<ActionResult<T, C>>;

/** The first file field holding a file over the upload limit: refused here, before its bytes are sent. */
function oversizedFile(formData: FormData): string | null {
  for (const [field, value] of formData.entries()) if (value instanceof File && value.size > MAX_UPLOAD_BYTES) return field;
  return null;
}

/**
 * Runs a staff action from a form without React's automatic form reset, so that on a conflict or an error the editor's
 * text stays exactly as typed. On success the page's server data is refreshed. A file over the upload limit gets the
 * form's "too large" without being sent; a post that never got an answer (the network, or the site refusing it at its
 * door) says that nothing was saved, instead of breaking the page.
 */
export function useStaffForm<T, C = never>(action: Action<T, C>, onSuccess?: (data: T) => void) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState(async (previous: ActionResult<T, C> | null, formData: FormData): Promise<ActionResult<T, C>> => {
    const oversized = oversizedFile(formData);
    if (oversized) return { ok: false, errors: { [oversized]: 'tooLarge' } };
    let result: ActionResult<T, C>;
    try {
      result = await action(previous, formData);
    } catch (error) {
      // Next's own signals (a redirect to sign-in) go on to the router.
      unstable_rethrow(error);
      return { ok: false, errors: { form: 'notSent' } };
    }
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
