import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminShell } from '@/components/admin/AdminShell';
import { CoverForm } from '@/components/admin/CoverForm';
import { DetailsForm } from '@/components/admin/DetailsForm';
import { StatusControls } from '@/components/admin/StatusControls';
import { TranslationForm } from '@/components/admin/TranslationForm';
import { TranslationReaders } from '@/components/admin/now/TranslationReaders';
import { hasRole } from '@/lib/auth/roles';
import { requireStaff } from '@/lib/auth/staff';
import { getCoverForEditor } from '@/lib/editorial/commands/cover';
import { getArticleForEditor, listEditorOptions } from '@/lib/editorial/reads/articles';
import { getSavedTranslation } from '@/lib/editorial/reads/saved-translation';
import { authorMayEdit, nextMoves } from '@/lib/editorial/shared/workflow';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { listMedia } from '@/lib/media/store';
import { formatDateTime } from '@/lib/i18n/format';
import { isLocale, LANGUAGE_NAMES, locales } from '@/lib/i18n/locales';
import { parseArticleParam, articlePath, localized } from '@/lib/i18n/paths';
import { adminTitle } from '@/lib/i18n/admin-metadata';

const EMPTY = { title: '', slug: '', lead: '', body: '', seoTitle: '', seoDescription: '' };

export async function generateMetadata(props: { params: Promise<{ id: string }> }) {
  const parsed = parseArticleParam((await props.params).id);
  return adminTitle(parsed ? 'editor.heading' : 'list.heading', parsed ? { id: parsed.id } : undefined)();
}

export default async function EditArticlePage(props: { params: Promise<{ id: string }>; searchParams: Promise<{ lang?: string | string[] }> }) {
  const locale = await adminLocale();
  const staff = await requireStaff('author');
  const parsed = parseArticleParam((await props.params).id);
  const article = parsed && !parsed.slug ? await getArticleForEditor(parsed.id) : null;
  if (!article) notFound();
  const { lang } = await props.searchParams;
  const tab = isLocale(lang) ? lang : (locales.find((l) => article.translations[l]) ?? locale);
  const translation = article.translations[tab];
  const [t, options, cover, library, saved] = await Promise.all([
    getTranslations({ locale, namespace: 'Admin' }),
    listEditorOptions(locale),
    getCoverForEditor(article.id),
    listMedia(),
    getSavedTranslation(article.id, tab),
  ]);

  const isEditor = hasRole(staff.role, 'editor');
  const own = article.authorUserId === staff.id;
  const mayEdit = isEditor || (own && authorMayEdit(translation?.status ?? null));
  const moves = translation && (isEditor || own) ? nextMoves(staff.role, translation.status) : [];

  return (
    <AdminShell staff={staff} locale={locale} path={`/admin/articles/${article.id}?lang=${tab}`}>
      <Link href="/admin" className="text-sm underline">
        {t('editor.back')}
      </Link>
      <h1 className="mb-4 mt-2 text-2xl font-bold">{t('editor.heading', { id: article.id })}</h1>
      <TranslationReaders articleId={article.id} locale={locale} />
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <section>
          <nav aria-label={t('editor.languages')} className="mb-4 flex gap-1 border-b border-neutral-300">
            {locales.map((l) => {
              const status = article.translations[l]?.status;
              return (
                <Link
                  key={l}
                  href={`/admin/articles/${article.id}?lang=${l}`}
                  aria-current={l === tab ? 'page' : undefined}
                  className={`rounded-t px-3 py-2 text-sm ${l === tab ? 'border border-b-0 border-neutral-300 bg-white font-bold' : ''}`}
                >
                  {LANGUAGE_NAMES[l]} · {status ? t(`status.${status}`) : t('list.noTranslation')}
                </Link>
              );
            })}
          </nav>
          {translation ? (
            <div className="mb-4 space-y-2 rounded border border-neutral-200 bg-white p-3 text-sm">
              <p>
                {t('editor.state', { status: t(`status.${translation.status}`) })}
                {translation.publishedAt ? ` · ${t('editor.publishedAt', { time: formatDateTime(translation.publishedAt, locale) })}` : null}
                {translation.status === 'published' ? (
                  <>
                    {' · '}
                    <a href={localized(tab, articlePath(article.id, translation.slug))} className="underline" target="_blank" rel="noopener">
                      {t('editor.view')}
                    </a>
                  </>
                ) : null}
              </p>
              <StatusControls articleId={article.id} locale={tab} version={translation.version} moves={moves} />
            </div>
          ) : (
            <p className="mb-4 text-sm">{t('editor.noTranslation')}</p>
          )}
          {translation ? (
            <p className="mb-4 flex gap-4 text-sm">
              <Link href={`/admin/articles/${article.id}/revisions?lang=${tab}`} className="underline">
                {t('revisions.link')}
              </Link>
              <a href={`/api/admin/preview?article=${article.id}&locale=${tab}`} className="underline" target="_blank" rel="noopener">
                {t('preview.link')}
              </a>
            </p>
          ) : null}
          {!mayEdit ? <p className="mb-4 text-sm text-neutral-700">{t('editor.readOnly')}</p> : null}
          <TranslationForm
            key={tab}
            articleId={article.id}
            locale={tab}
            saved={saved}
            empty={EMPTY}
            readOnly={!mayEdit}
            library={library}
          />
        </section>
        {isEditor ? (
          <aside className="rounded border border-neutral-200 bg-white p-4">
            <h2 className="mb-3 font-bold">{t('editor.shared')}</h2>
            <DetailsForm
              key={article.version}
              articleId={article.id}
              version={article.version}
              categoryId={article.categoryId}
              authorId={article.authorId}
              tagIds={article.tagIds}
              options={options}
            />
            {cover ? (
              <section className="mt-6 border-t border-neutral-200 pt-4" aria-labelledby="cover-heading">
                <h2 id="cover-heading" className="mb-3 font-bold">
                  {t('cover.heading')}
                </h2>
                <CoverForm
                  key={article.version}
                  articleId={article.id}
                  version={article.version}
                  mediaId={cover.mediaId}
                  text={cover.text}
                  library={library}
                  languages={locales.map((l) => ({ locale: l, name: LANGUAGE_NAMES[l] }))}
                />
              </section>
            ) : null}
          </aside>
        ) : null}
      </div>
    </AdminShell>
  );
}
