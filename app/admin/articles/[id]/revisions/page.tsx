import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminShell } from '@/components/admin/AdminShell';
import { DiffText } from '@/components/admin/DiffText';
import { buttonClass } from '@/components/admin/styles';
import { RestoreButton } from '@/components/admin/RestoreButton';
import { requireStaff } from '@/lib/auth/staff';
import { textDiff } from '@/lib/editorial/shared/diff';
import { getArticleForEditor } from '@/lib/editorial/reads/articles';
import { getRevision, listRevisions, revisionText } from '@/lib/editorial/commands/revisions';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { formatDateTime } from '@/lib/i18n/format';
import { isLocale, LANGUAGE_NAMES } from '@/lib/i18n/locales';
import { parseArticleParam } from '@/lib/i18n/paths';

type SearchParams = Promise<{ lang?: string | string[]; a?: string | string[]; b?: string | string[] }>;

/** A translation's revisions, newest first; two of them compared paragraph by paragraph and word by word; any of them can be put back. */
export default async function RevisionsPage(props: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const locale = await adminLocale();
  const staff = await requireStaff('author');
  const parsed = parseArticleParam((await props.params).id);
  const article = parsed && !parsed.slug ? await getArticleForEditor(parsed.id) : null;
  const query = await props.searchParams;
  if (!article || !isLocale(query.lang)) notFound();
  const tab = query.lang;
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const revisions = await listRevisions(article.id, tab);
  const pick = (value: string | string[] | undefined, fallback: string | undefined) => (typeof value === 'string' ? value : fallback);
  const [older, newer] = await Promise.all([
    getRevision(article.id, tab, pick(query.a, revisions[1]?.id ?? revisions[0]?.id) ?? ''),
    getRevision(article.id, tab, pick(query.b, revisions[0]?.id) ?? ''),
  ]);
  const version = article.translations[tab]?.version;

  return (
    <AdminShell staff={staff} locale={locale} path={`/admin/articles/${article.id}/revisions?lang=${tab}`}>
      <Link href={`/admin/articles/${article.id}?lang=${tab}`} className="text-sm underline">
        {t('editor.heading', { id: article.id })}
      </Link>
      <h1 className="mb-4 mt-2 text-2xl font-bold">{t('revisions.heading', { id: article.id, language: LANGUAGE_NAMES[tab] })}</h1>
      {revisions.length === 0 ? <p>{t('revisions.none')}</p> : null}
      <div className="grid gap-6 lg:grid-cols-[22rem_1fr]">
        <form method="get" className="space-y-2 text-sm">
          <input type="hidden" name="lang" value={tab} />
          <table className="w-full">
            <thead>
              <tr>
                <th className="text-left">{t('revisions.older')}</th>
                <th className="text-left">{t('revisions.newer')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {revisions.map((r) => (
                <tr key={r.id} className="border-t border-neutral-200">
                  <td>
                    <input type="radio" name="a" value={r.id} defaultChecked={r.id === older?.id} aria-label={`${t('revisions.older')}: ${r.title}`} />
                  </td>
                  <td>
                    <input type="radio" name="b" value={r.id} defaultChecked={r.id === newer?.id} aria-label={`${t('revisions.newer')}: ${r.title}`} />
                  </td>
                  <td className="py-1">
                    {r.title}
                    <br />
                    <span className="text-neutral-600">{t('revisions.by', { time: formatDateTime(r.createdAt, locale), name: r.by ?? t('revisions.unknown') })}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {revisions.length > 1 ? (
            <button type="submit" className={buttonClass}>
              {t('revisions.compare')}
            </button>
          ) : null}
        </form>
        {older && newer ? (
          <section className="space-y-4">
            <div className="rounded border border-neutral-200 bg-white p-3">
              <DiffText lines={textDiff(revisionText(older), revisionText(newer))} labels={{ removed: t('revisions.removed'), added: t('revisions.added') }} />
            </div>
            {version ? (
              <div className="flex flex-wrap gap-4">
                {[older, newer].map((revision) => (
                  <RestoreButton key={revision.id} articleId={article.id} locale={tab} version={version} revisionId={revision.id} />
                ))}
              </div>
            ) : null}
          </section>
        ) : null}
      </div>
    </AdminShell>
  );
}
