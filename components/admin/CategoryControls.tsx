'use client';

import { useTranslations } from 'next-intl';
import { deleteCategoryAction, moveCategoryAction } from '@/lib/editorial/actions';
import { FormStatus } from './FormMessages';
import { buttonClass, inputClass } from './styles';
import { useStaffForm } from './useStaffForm';

const smallButton = 'rounded border border-neutral-300 bg-white px-2 py-1 text-sm hover:bg-neutral-100 disabled:opacity-40';

interface Props {
  id: number;
  version: number;
  name: string;
  position: number;
  total: number;
  articles: number;
  /** The other sections, where this one's articles can go. */
  others: { id: number; name: string }[];
}

/** A section's place in the navigation (up, down) and its deletion, which says what becomes of its articles. */
export function CategoryControls({ id, version, name, position, total, articles, others }: Props) {
  const t = useTranslations('Admin.categories');
  const move = useStaffForm(moveCategoryAction);
  const remove = useStaffForm(deleteCategoryAction);
  return (
    <div className="flex flex-wrap items-start gap-x-4 gap-y-2 px-3 pt-3 text-sm">
      <form onSubmit={move.onSubmit} className="flex items-center gap-2" aria-label={t('order', { name })}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <span className="min-w-16 font-semibold tabular-nums">{t('position', { position, total })}</span>
        <button type="submit" name="direction" value="up" disabled={move.pending || position === 1} className={smallButton} aria-label={t('moveUp', { name })}>
          ↑
        </button>
        <button type="submit" name="direction" value="down" disabled={move.pending || position === total} className={smallButton} aria-label={t('moveDown', { name })}>
          ↓
        </button>
        <span className="text-neutral-600">{t('articles', { count: articles })}</span>
      </form>
      <FormStatus errors={move.errors} saved={false} savedText="" />
      <details className="relative w-full sm:ml-auto sm:w-auto">
        <summary className="cursor-pointer text-red-800 underline">{t('delete', { name })}</summary>
        <form onSubmit={remove.onSubmit} className="mt-2 space-y-2 rounded border border-red-200 bg-red-50 p-3 sm:absolute sm:right-0 sm:z-10 sm:w-96 sm:shadow-lg" aria-label={t('delete', { name })}>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <FormStatus errors={remove.errors} saved={false} savedText="" />
          {articles > 0 ? (
            <>
              <p>{t('hasArticles', { count: articles })}</p>
              <label className="block">
                {t('moveTo', { count: articles })}
                <select name="moveTo" required defaultValue="" className={inputClass}>
                  <option value="" disabled>
                    {t('choose')}
                  </option>
                  {others.map((other) => (
                    <option key={other.id} value={other.id}>
                      {other.name}
                    </option>
                  ))}
                </select>
              </label>
            </>
          ) : (
            <>
              <input type="hidden" name="moveTo" value="" />
              <p>{t('empty')}</p>
            </>
          )}
          <p className="text-neutral-700">{t('afterDelete')}</p>
          <button type="submit" disabled={remove.pending} className={`${buttonClass} bg-red-800 hover:bg-red-700`}>
            {articles > 0 ? t('moveAndDelete', { count: articles }) : t('confirmDelete')}
          </button>
        </form>
      </details>
    </div>
  );
}
