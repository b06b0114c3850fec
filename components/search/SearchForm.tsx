import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { MAX_QUERY_LENGTH } from '@/lib/content/search-query';
import { localized, searchPath } from '@/lib/i18n/paths';

/**
 * A plain GET form: it works without JavaScript, and the header's copy keeps reader pages static (it reads nothing
 * from the request). `id` tells the header's field from the search page's own.
 */
export async function SearchForm({ locale, id, query = '', large = false }: { locale: Locale; id: string; query?: string; large?: boolean }) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  return (
    <form role="search" action={localized(locale, searchPath())} method="get" className="flex gap-2">
      <label htmlFor={id} className="sr-only">
        {t('label')}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={query}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t('placeholder')}
        className={`min-w-0 flex-1 rounded border border-neutral-400 bg-white px-2 text-neutral-900 ${large ? 'py-2 text-base' : 'py-1 text-sm'}`}
      />
      <button
        type="submit"
        className={`rounded bg-accent font-semibold text-white hover:opacity-90 ${large ? 'px-5 py-2' : 'px-3 py-1 text-sm'}`}
      >
        {t('submit')}
      </button>
    </form>
  );
}
