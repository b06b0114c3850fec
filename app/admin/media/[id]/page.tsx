import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AdminShell } from '@/components/admin/AdminShell';
import { MediaReplaceForm } from '@/components/admin/MediaReplaceForm';
import { MediaTextForm } from '@/components/admin/MediaTextForm';
import { hasRole } from '@/lib/auth/roles';
import { requireStaff } from '@/lib/auth/staff';
import { getLibraryItem } from '@/lib/editorial/commands/media-library';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { adminTitle } from '@/lib/i18n/admin-metadata';
import { formatDateTime } from '@/lib/i18n/format';
import { LANGUAGE_NAMES, locales } from '@/lib/i18n/locales';
import { parseMediaId, variantPath, variantWidths } from '@/lib/media/variants';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const id = parseMediaId((await params).id);
  return adminTitle(id === null ? 'media.heading' : 'library.imageHeading', id === null ? undefined : { id })();
}

/**
 * One image of the library: its own alt text and caption in each language (what the picker offers as an article's),
 * where it is used, with headlines in the admin's language where the article has one, and the one place its file
 * is replaced.
 */
export default async function MediaItemPage({ params }: Props) {
  const locale = await adminLocale();
  const staff = await requireStaff('author');
  const id = parseMediaId((await params).id);
  const item = id === null ? null : await getLibraryItem(id, locale);
  if (!item) notFound();
  const t = await getTranslations({ locale, namespace: 'Admin.library' });
  const isEditor = hasRole(staff.role, 'editor');
  const width = variantWidths(item).filter((w) => w <= 960).pop() ?? variantWidths(item)[0]!;
  return (
    <AdminShell staff={staff} locale={locale} path={`/admin/media/${item.id}`}>
      <Link href="/admin/media" className="text-sm underline">
        {t('back')}
      </Link>
      <h1 className="mb-4 mt-2 text-2xl font-bold">{t('imageHeading', { id: item.id })}</h1>
      <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
        <section className="min-w-0 space-y-3 text-sm">
          {/* eslint-disable-next-line @next/next/no-img-element -- our own variant route */}
          <img src={variantPath(item, width, 'webp')} alt={item.text[locale].alt} width={item.width} height={item.height} className="max-h-[28rem] w-full rounded bg-neutral-100 object-contain" />
          <p className="text-neutral-700">
            {item.fileName ? `${item.fileName} · ` : null}
            {item.width}×{item.height} · {t('uploadedAt', { time: formatDateTime(item.createdAt, locale) })}
          </p>
          <section aria-labelledby="uses-heading">
            <h2 id="uses-heading" className="mb-1 font-bold">
              {item.uses.length > 0 ? t('usedIn', { count: item.uses.length }) : t('unused')}
            </h2>
            <ul className="list-disc space-y-1 pl-5">
              {item.uses.map((use) => (
                <li key={`${use.kind}-${use.articleId}-${use.locale}`}>
                  {use.kind === 'cover' ? t('cover') : t('body', { locale: use.locale ?? '' })}:{' '}
                  <Link href={`/admin/articles/${use.articleId}${use.locale ? `?lang=${use.locale}` : ''}`} className="underline" lang={use.titleLocale}>
                    {use.title}
                  </Link>
                  {use.titleLocale !== locale ? <span className="text-neutral-600"> {t('inLanguage', { language: LANGUAGE_NAMES[use.titleLocale] })}</span> : null}
                </li>
              ))}
            </ul>
          </section>
          {isEditor ? (
            <section aria-labelledby="replace-heading" className="rounded border border-neutral-200 bg-white p-3">
              <h2 id="replace-heading" className="font-bold">
                {t('replaceHeading')}
              </h2>
              <p className="text-neutral-700">{t('replaceHint')}</p>
              <MediaReplaceForm id={item.id} label={t('replaceLabel', { id: item.id })} />
            </section>
          ) : null}
        </section>
        <aside className="rounded border border-neutral-200 bg-white p-4">
          <h2 className="mb-1 font-bold">{t('textsHeading')}</h2>
          <p className="mb-3 text-xs text-neutral-600">{t('textsHint')}</p>
          <MediaTextForm id={item.id} text={item.text} languages={locales.map((l) => ({ locale: l, name: LANGUAGE_NAMES[l] }))} readOnly={!isEditor} />
        </aside>
      </div>
    </AdminShell>
  );
}
