'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { TranslationStatus } from '@/lib/db/schema';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';
import type { ActionErrors } from '@/lib/editorial/shared/result';
import { FieldError } from './FormMessages';
import { buttonClass, inputClass } from './styles';
import { BakuDateTimeField } from './BakuDateTimeField';

const secondaryButton = 'rounded border border-neutral-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-neutral-100 disabled:opacity-50';

/**
 * The moves the signed-in role may make from the translation's current state. They are submit buttons of the story's
 * own form: each move saves what is on the screen first, in the same transaction. Unpublishing asks first, with a
 * reason that goes into the audit log.
 */
export function StatusControls(props: { moves: readonly TranslationStatus[]; pending: boolean; errors: ActionErrors }) {
  const t = useTranslations('Admin');
  const [confirming, setConfirming] = useState(false);
  if (props.moves.length === 0) return null;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        {props.moves.includes('scheduled') ? (
          // Sends publishDate and publishTime; the server names their error publishAt.
          <BakuDateTimeField name="publish" legend={t('editor.publishAt')} errors={props.errors.publishAt ? { publish: props.errors.publishAt } : {}} className="text-sm" />
        ) : null}
        {props.moves.map((move) =>
          move === 'unpublished' ? (
            <button key={move} type="button" onClick={() => setConfirming(true)} disabled={props.pending || confirming} aria-expanded={confirming} className={buttonClass}>
              {t(`moves.${move}`)}
            </button>
          ) : (
            <button key={move} type="submit" name="to" value={move} disabled={props.pending} className={buttonClass}>
              {t(`moves.${move}`)}
            </button>
          ),
        )}
      </div>
      {confirming ? (
        <div role="group" aria-labelledby="unpublish-explain" className="space-y-2 rounded border border-red-300 bg-red-50 p-3 text-sm">
          <p id="unpublish-explain">{t('unpublish.explain')}</p>
          <label className="block">
            {t('unpublish.reason')}
            <textarea name="reason" rows={2} maxLength={MAX_LENGTH.unpublishReason} className={inputClass} aria-describedby="unpublish-reason-error" />
          </label>
          <FieldError errors={props.errors} field="reason" id="unpublish-reason-error" />
          <div className="flex flex-wrap gap-3">
            <button type="submit" name="to" value="unpublished" disabled={props.pending} className="rounded bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-50">
              {t('unpublish.confirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)} className={secondaryButton}>
              {t('unpublish.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
