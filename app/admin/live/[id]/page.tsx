import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AdminShell } from '@/components/admin/AdminShell';
import { DeskFollower } from '@/components/admin/live/DeskFollower';
import { CoverageForm, DeleteEntryForm, EntryFlagsForm, LiveEntryForm } from '@/components/admin/live/LiveDeskForms';
import { hasRole } from '@/lib/auth/roles';
import { requireStaff } from '@/lib/auth/staff';
import { getDeskPage, type DeskEntry } from '@/lib/editorial/reads/live-desk';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { adminTitle } from '@/lib/i18n/admin-metadata';
import { formatDateTime } from '@/lib/i18n/format';
import { LANGUAGE_NAMES, locales, type Locale } from '@/lib/i18n/locales';
import { articlePath, localized } from '@/lib/i18n/paths';

export const generateMetadata = adminTitle('live.desk');

type Props = { params: Promise<{ id: string }> };

/**
 * The live desk of one page: its three language streams side by side, each with the short editor on top (Ctrl+Enter
 * posts), then its entries newest first, an entry missing in a language offered for translation there. A colleague's
 * change appears without reload (DeskFollower). Authors draft; editors publish, flag, delete and end the coverage.
 */
export default async function LiveDeskPage({ params }: Props) {
  const locale = await adminLocale();
  const staff = await requireStaff('author');
  const { id } = await params;
  if (!/^\d{1,10}$/.test(id)) notFound();
  const page = await getDeskPage(Number(id));
  if (!page) notFound();
  const t = await getTranslations({ locale, namespace: 'Admin.live' });
  const editor = hasRole(staff.role, 'editor');
  const mayEdit = (entry: DeskEntry, l: Locale) => editor || (entry.createdBy === staff.id && entry.texts[l]?.status !== 'published');
  const heading = page.titles[locale]?.title ?? locales.map((l) => page.titles[l]?.title).find(Boolean) ?? `#${page.id}`;
  return (
    <AdminShell staff={staff} locale={locale} path={`/admin/live/${page.id}`}>
      <DeskFollower articleId={page.id} seq={page.seq} />
      <div className="mb-4 flex flex-wrap items-center gap-4">
        <h1 className="text-2xl font-bold">{heading}</h1>
        <span className="rounded bg-neutral-200 px-2 py-0.5 text-sm font-semibold" data-testid="coverage-state">
          {page.ended ? t('stateEnded') : t('stateLive')}
        </span>
        <Link href={`/admin/articles/${page.id}`} className="text-sm underline">
          {t('pageText')}
        </Link>
        {editor ? <CoverageForm articleId={page.id} ended={page.ended} /> : null}
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        {locales.map((l) => {
          const title = page.titles[l];
          return (
            <section key={l} aria-labelledby={`stream-${l}`} className="min-w-0 rounded border border-neutral-200 bg-white p-3" data-testid={`stream-${l}`}>
              <h2 id={`stream-${l}`} className="flex flex-wrap items-baseline gap-2 font-bold">
                {LANGUAGE_NAMES[l]}
                {title?.published ? (
                  <a href={localized(l, articlePath(page.id, title.slug))} className="text-sm font-normal underline">
                    {t('readerPage')}
                  </a>
                ) : (
                  <span className="text-sm font-normal text-neutral-600">{t('notPublished')}</span>
                )}
              </h2>
              {page.ended ? null : <LiveEntryForm mode="new" articleId={page.id} locale={l} editor={editor} />}
              <ol className="mt-3 divide-y divide-neutral-200">
                {page.entries.map((entry) => {
                  const text = entry.texts[l];
                  return (
                    <li key={entry.id} className="py-3 text-sm" data-entry={entry.id}>
                      <p className="flex flex-wrap gap-2 text-xs text-neutral-600">
                        <time dateTime={entry.postedAt.toISOString()}>{formatDateTime(entry.postedAt, locale)}</time>
                        {entry.author ? <span>{entry.author}</span> : null}
                        {entry.keyEvent ? <span className="font-semibold text-red-800">{t('keyEvent')}</span> : null}
                        {entry.pinned ? <span className="font-semibold">{t('pinned')}</span> : null}
                        {text?.status === 'draft' ? <span className="rounded bg-yellow-100 px-1 font-semibold text-yellow-900">{t('draft')}</span> : null}
                      </p>
                      {text ? (
                        <div lang={l}>
                          {text.title ? <p className="mt-1 font-semibold">{text.title}</p> : null}
                          <p className="mt-1 whitespace-pre-line">{text.text}</p>
                        </div>
                      ) : (
                        <p className="mt-1 text-neutral-600">{t('missing')}</p>
                      )}
                      {!page.ended && mayEdit(entry, l) ? (
                        <details className="mt-2">
                          <summary className="cursor-pointer underline">{text ? t('edit') : t('translate')}</summary>
                          <LiveEntryForm
                            mode="edit"
                            entryId={entry.id}
                            locale={l}
                            editor={editor}
                            version={text?.version ?? 0}
                            title={text?.title ?? ''}
                            text={text?.text ?? ''}
                            published={text?.status === 'published'}
                          />
                        </details>
                      ) : null}
                      {!page.ended && editor && l === locales.find((other) => entry.texts[other]) ? (
                        <div className="mt-2 flex flex-wrap items-center gap-4">
                          <EntryFlagsForm entryId={entry.id} version={entry.version} keyEvent={entry.keyEvent} pinned={entry.pinned} />
                          <DeleteEntryForm entryId={entry.id} version={entry.version} />
                        </div>
                      ) : null}
                    </li>
                  );
                })}
              </ol>
            </section>
          );
        })}
      </div>
    </AdminShell>
  );
}
