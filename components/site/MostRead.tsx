import { getTranslations } from 'next-intl/server';
import { Picture } from '@/components/media/Picture';
import { listMostRead } from '@/lib/content/most-read';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { articlePath } from '@/lib/i18n/paths';

const COUNT = 5;

/**
 * The most read articles of the last 24 hours. It is part of a static page, so it is as fresh as the page: at most
 * the page's revalidate period old (5 minutes on home and article pages), which is plenty for a popularity list and
 * costs no request or JavaScript of its own. Absent until anything has been read.
 */
export async function MostRead({ locale, exceptId }: { locale: Locale; exceptId?: number }) {
  const [t, items] = await Promise.all([getTranslations({ locale, namespace: 'MostRead' }), listMostRead(locale, COUNT + 1)]);
  const shown = items.filter((item) => item.id !== exceptId).slice(0, COUNT);
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="most-read-heading">
      <h2 id="most-read-heading" className="border-b-2 border-accent pb-1 text-lg font-bold">
        {t('heading')}
      </h2>
      <ol className="divide-y divide-neutral-200">
        {shown.map((item, index) => (
          <li key={item.id} className="flex min-w-0 items-start gap-3 py-3">
            <span aria-hidden="true" className="w-6 shrink-0 text-2xl font-black leading-none text-accent tabular-nums">
              {index + 1}
            </span>
            <Link href={articlePath(item.id, item.slug)} className="min-w-0 flex-1 font-semibold leading-snug hover:text-accent hover:underline">
              {item.title}
            </Link>
            {item.image ? (
              <Link href={articlePath(item.id, item.slug)} tabIndex={-1} aria-hidden="true" className="block w-20 shrink-0">
                <Picture image={item.image} alt="" sizes="80px" className="aspect-[3/2] h-auto w-full rounded-sm bg-neutral-100 object-cover" />
              </Link>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
