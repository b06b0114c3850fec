import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { AdminShell } from '@/components/admin/AdminShell';
import { MediaDeleteForm } from '@/components/admin/MediaDeleteForm';
import { MediaReplaceForm } from '@/components/admin/MediaReplaceForm';
import { buttonClass, inputClass } from '@/components/admin/styles';
import { UploadForm } from '@/components/admin/UploadForm';
import { hasRole } from '@/lib/auth/roles';
import { requireStaff } from '@/lib/auth/staff';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';
import { mediaSearchSchema, searchLibrary } from '@/lib/editorial/commands/media-library';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { adminTitle } from '@/lib/i18n/admin-metadata';

export const generateMetadata = adminTitle('media.heading');

type Props = { searchParams: Promise<{ q?: string | string[] }> };

/**
 * The media library: upload an image once, reuse it as a cover or in any article body (the editor's image button).
 * Searched by file name, alt text and caption; each image says where it is used, and only an unused one can go.
 * Replacing one keeps its id and uses.
 */
export default async function MediaPage({ searchParams }: Props) {
  const locale = await adminLocale();
  const staff = await requireStaff('author');
  const query = mediaSearchSchema.parse((await searchParams).q);
  const [t, tLibrary, media] = await Promise.all([
    getTranslations({ locale, namespace: 'Admin.media' }),
    getTranslations({ locale, namespace: 'Admin.library' }),
    searchLibrary(query),
  ]);
  const mayDelete = hasRole(staff.role, 'editor');
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
          {media.length === 0 ? <p>{query ? tLibrary('noResults', { query }) : t('empty')}</p> : null}
          <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 md:grid-cols-3">
            {media.map((item) => (
              <li key={item.id} className="rounded border border-neutral-200 bg-white p-2 text-xs" aria-label={t('item', { id: item.id, width: item.width, height: item.height })}>
                {/* eslint-disable-next-line @next/next/no-img-element -- our own media route, sized by the upload */}
                <img src={`/media/${item.id}`} alt="" width={item.width} height={item.height} className="h-32 w-full object-contain" loading="lazy" />
                <span className="mt-1 block font-medium">{t('item', { id: item.id, width: item.width, height: item.height })}</span>
                {item.fileName ? <span className="block truncate text-neutral-600">{item.fileName}</span> : null}
                {item.uses.length > 0 ? (
                  <>
                    <p className="mt-2 font-semibold">{tLibrary('usedIn', { count: item.uses.length })}</p>
                    <ul className="list-disc pl-4">
                      {item.uses.map((use) => (
                        <li key={`${use.kind}-${use.articleId}-${use.locale}`}>
                          {use.kind === 'cover' ? tLibrary('cover') : tLibrary('body', { locale: use.locale ?? '' })}:{' '}
                          <Link href={`/admin/articles/${use.articleId}${use.locale ? `?lang=${use.locale}` : ''}`} className="underline">
                            {use.title}
                          </Link>
                        </li>
                      ))}
                    </ul>
                    {mayDelete ? <p className="mt-1 text-neutral-600">{tLibrary('inUse')}</p> : null}
                  </>
                ) : (
                  <>
                    <p className="mt-2 text-neutral-600">{tLibrary('unused')}</p>
                    {mayDelete ? <MediaDeleteForm id={item.id} label={tLibrary('deleteLabel', { id: item.id })} /> : null}
                  </>
                )}
                {mayDelete ? <MediaReplaceForm id={item.id} label={tLibrary('replaceLabel', { id: item.id })} /> : null}
              </li>
            ))}
          </ul>
        </section>
        <aside>
          <UploadForm />
        </aside>
      </div>
    </AdminShell>
  );
}
