import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { AdminShell } from '@/components/admin/AdminShell';
import { MediaDeleteForm } from '@/components/admin/MediaDeleteForm';
import { buttonClass, inputClass } from '@/components/admin/styles';
import { UploadForm } from '@/components/admin/UploadForm';
import { hasRole } from '@/lib/auth/roles';
import { requireStaff } from '@/lib/auth/staff';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';
import { mediaSearchSchema, searchLibrary } from '@/lib/editorial/commands/media-library';
import { thumbnailPath } from '@/lib/editorial/shared/media-picker';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { adminTitle } from '@/lib/i18n/admin-metadata';
import { parseMediaId } from '@/lib/media/variants';

export const generateMetadata = adminTitle('media.heading');

type Props = { searchParams: Promise<{ q?: string | string[]; before?: string | string[] }> };

/**
 * The media library: upload an image once, reuse it as a cover or in any article body (the picker of both). A grid
 * searched by file name, alt text and caption, a page at a time; each image opens its own page (its texts, where it is
 * used, replacing its file). Only an unused one can be deleted, from here.
 */
export default async function MediaPage({ searchParams }: Props) {
  const locale = await adminLocale();
  const staff = await requireStaff('author');
  const params = await searchParams;
  const query = mediaSearchSchema.parse(params.q);
  const before = typeof params.before === 'string' ? parseMediaId(params.before) : null;
  const [t, tLibrary, page] = await Promise.all([
    getTranslations({ locale, namespace: 'Admin.media' }),
    getTranslations({ locale, namespace: 'Admin.library' }),
    searchLibrary(query, { locale, before }),
  ]);
  const mayDelete = hasRole(staff.role, 'editor');
  const older = page.next === null ? null : `/admin/media?${new URLSearchParams({ ...(query ? { q: query } : {}), before: String(page.next) })}`;
  return (
    <AdminShell staff={staff} locale={locale} path="/admin/media">
      <h1 className="mb-4 text-2xl font-bold">{t('heading')}</h1>
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <section>
          <p className="mb-3 text-sm">{t('use')}</p>
          <form role="search" method="get" className="mb-4 flex max-w-xl items-end gap-2 text-sm">
            <label className="block flex-1">
              {tLibrary('search')}
              <input type="search" name="q" defaultValue={query} maxLength={MAX_LENGTH.mediaSearch} className={inputClass} />
            </label>
            <button type="submit" className={buttonClass}>
              {tLibrary('find')}
            </button>
          </form>
          {page.items.length === 0 ? <p>{query ? tLibrary('noResults', { query }) : t('empty')}</p> : null}
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 md:grid-cols-4">
            {page.items.map((item) => {
              const name = t('item', { id: item.id, width: item.width, height: item.height });
              const alt = item.text[locale].alt;
              return (
                <li key={item.id} className="rounded border border-neutral-200 bg-white p-2 text-xs" aria-label={name}>
                  <Link href={`/admin/media/${item.id}`} className="block hover:underline">
                    {/* eslint-disable-next-line @next/next/no-img-element -- our own variant route, the narrowest width */}
                    <img src={thumbnailPath(item)} alt="" width={item.width} height={item.height} className="aspect-[4/3] w-full bg-neutral-100 object-contain" loading="lazy" decoding="async" />
                    <span className="mt-1 block font-medium">{name}</span>
                  </Link>
                  {item.fileName ? <span className="block truncate text-neutral-600">{item.fileName}</span> : null}
                  {alt ? <span className="line-clamp-2 block text-neutral-800">{alt}</span> : null}
                  <p className="mt-1 text-neutral-600">{item.uses.length > 0 ? tLibrary('usedIn', { count: item.uses.length }) : tLibrary('unused')}</p>
                  {mayDelete && item.uses.length === 0 ? <MediaDeleteForm id={item.id} label={tLibrary('deleteLabel', { id: item.id })} /> : null}
                </li>
              );
            })}
          </ul>
          {older ? (
            <p className="mt-4 text-sm">
              <Link href={older} className="underline">
                {tLibrary('older')}
              </Link>
            </p>
          ) : null}
        </section>
        <aside>
          <UploadForm />
        </aside>
      </div>
    </AdminShell>
  );
}
