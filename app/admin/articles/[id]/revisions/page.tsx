import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminShell } from '@/components/admin/AdminShell';
import { DocumentDiff } from '@/components/admin/DocumentDiff';
import { buttonClass } from '@/components/admin/styles';
import { RestoreButton } from '@/components/admin/RestoreButton';
import { requireStaff } from '@/lib/auth/staff';
import { documentDiff } from '@/lib/editorial/shared/document-diff';
import { getArticleForEditor } from '@/lib/editorial/reads/articles';
import { getRevision, listRevisions, listStatusEvents, type RevisionSummary, type StatusEvent } from '@/lib/editorial/commands/revisions';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { formatDateTime } from '@/lib/i18n/format';
import { isLocale, LANGUAGE_NAMES } from '@/lib/i18n/locales';
import { parseArticleParam } from '@/lib/i18n/paths';

type SearchParams = Promise<{ lang?: string | string[]; a?: string | string[]; b?: string | string[] }>;

type HistoryEntry = ({ kind: 'revision' } & RevisionSummary) | ({ kind: 'status' } & StatusEvent);

/**
 * A translation's history, newest first: every saved version (each with its own restore button, named by its time
 * and author) interleaved with its status changes from the audit log (submitted, scheduled, published, unpublished).
 * Two versions are compared as the formatted text readers see, with the changes marked in place.
 */
export default async function RevisionsPage(props: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const locale = await adminLocale();
  const staff = await requireStaff('author');
  const parsed = parseArticleParam((await props.params).id);
  const article = parsed && !parsed.slug ? await getArticleForEditor(parsed.id) : null;
  const query = await props.searchParams;
  if (!article || !isLocale(query.lang)) notFound();
  const tab = query.lang;
  const [t, revisions, events] = await Promise.all([getTranslations({ locale, namespace: 'Admin' }), listRevisions(article.id, tab), listStatusEvents(article.id, tab)]);
  const pick = (value: string | string[] | undefined, fallback: string | undefined) => (typeof value === 'string' ? value : fallback);
  const [older, newer] = await Promise.all([
    getRevision(article.id, tab, pick(query.a, revisions[1]?.id ?? revisions[0]?.id) ?? ''),
    getRevision(article.id, tab, pick(query.b, revisions[0]?.id) ?? ''),
  ]);
  const version = article.translations[tab]?.version;
  const time = (date: Date) => formatDateTime(date, locale);
  const who = (name: string | null) => name ?? t('revisions.unknown');
  const history: HistoryEntry[] = [
    ...revisions.map((r) => ({ kind: 'revision' as const, ...r })),
    ...events.map((e) => ({ kind: 'status' as const, ...e })),
  ].sort((x, y) => y.createdAt.getTime() - x.createdAt.getTime());
  const labels = {
    removed: t('revisions.removed'),
    added: t('revisions.added'),
    image: (id: number) => t('revisions.image', { id }),
    video: (id: string) => t('revisions.video', { id }),
  };

  return (
    <AdminShell staff={staff} locale={locale} path={`/admin/articles/${article.id}/revisions?lang=${tab}`}>
      <Link href={`/admin/articles/${article.id}?lang=${tab}`} className="text-sm underline">
        {t('editor.heading', { id: article.id })}
      </Link>
      <h1 className="mb-4 mt-2 text-2xl font-bold">{t('revisions.heading', { id: article.id, language: LANGUAGE_NAMES[tab] })}</h1>
      {revisions.length === 0 ? <p>{t('revisions.none')}</p> : null}
      <div className="grid gap-6 lg:grid-cols-[24rem_1fr]">
        <section aria-labelledby="history" className="min-w-0 text-sm">
          <h2 id="history" className="mb-2 font-bold">
            {t('revisions.history')}
          </h2>
          {/* The restore buttons are forms of their own: the comparison's choice is a form around the table only. */}
          <form method="get" id="compare" className="mb-2">
            <input type="hidden" name="lang" value={tab} />
            {revisions.length > 1 ? (
              <button type="submit" className={buttonClass}>
                {t('revisions.compare')}
              </button>
            ) : null}
          </form>
          <table className="w-full">
            <thead>
              <tr className="text-left text-xs">
                <th className="whitespace-nowrap pr-2 font-medium">{t('revisions.older')}</th>
                <th className="whitespace-nowrap pr-2 font-medium">{t('revisions.newer')}</th>
                <th className="font-medium">{t('revisions.version')}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((entry) =>
                entry.kind === 'revision' ? (
                  <tr key={`r${entry.id}`} className="border-t border-neutral-200 align-top">
                    <td className="py-1.5">
                      <input form="compare" type="radio" name="a" value={entry.id} defaultChecked={entry.id === older?.id} aria-label={`${t('revisions.older')}: ${time(entry.createdAt)}, ${who(entry.by)}`} />
                    </td>
                    <td className="py-1.5">
                      <input form="compare" type="radio" name="b" value={entry.id} defaultChecked={entry.id === newer?.id} aria-label={`${t('revisions.newer')}: ${time(entry.createdAt)}, ${who(entry.by)}`} />
                    </td>
                    <td className="py-1.5">
                      <span className="block">{entry.title}</span>
                      <span className="block text-neutral-600">{t('revisions.by', { time: time(entry.createdAt), name: who(entry.by) })}</span>
                      {entry.id === revisions[0]?.id ? (
                        <span className="block text-xs text-neutral-600">{t('revisions.current')}</span>
                      ) : version ? (
                        <RestoreButton
                          articleId={article.id}
                          locale={tab}
                          version={version}
                          revisionId={entry.id}
                          label={t('revisions.restoreVersion', { time: time(entry.createdAt), name: who(entry.by) })}
                        />
                      ) : null}
                    </td>
                  </tr>
                ) : (
                  <tr key={`s${entry.id}`} className="border-t border-neutral-200 bg-neutral-100 align-top">
                    <td colSpan={2} />
                    <td className="py-1.5">
                      <span className="block font-medium">
                        {entry.action === 'scheduled' && entry.at ? t('revisions.scheduledFor', { time: time(entry.at) }) : t(`audit.actions.${entry.action}`)}
                      </span>
                      <span className="block text-neutral-600">{t('revisions.by', { time: time(entry.createdAt), name: entry.by ?? t('audit.system') })}</span>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </section>
        {older && newer ? (
          <section aria-labelledby="comparison" className="min-w-0">
            <h2 id="comparison" className="mb-2 text-sm font-bold">
              {t('revisions.comparing', { before: `${time(older.createdAt)}, ${who(older.by)}`, after: `${time(newer.createdAt)}, ${who(newer.by)}` })}
            </h2>
            <div className="rounded border border-neutral-200 bg-white p-4" lang={tab}>
              <DocumentDiff
                changes={documentDiff({ title: older.title, lead: older.lead, body: older.document }, { title: newer.title, lead: newer.lead, body: newer.document })}
                labels={labels}
              />
            </div>
          </section>
        ) : null}
      </div>
    </AdminShell>
  );
}
