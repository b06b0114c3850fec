import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminShell } from '@/components/admin/AdminShell';
import { EditorPresence } from '@/components/admin/EditorPresence';
import { TranslationForm } from '@/components/admin/TranslationForm';
import { TranslationReaders } from '@/components/admin/now/TranslationReaders';
import { hasRole } from '@/lib/auth/roles';
import { requireStaff } from '@/lib/auth/staff';
import { getCoverForEditor } from '@/lib/editorial/commands/cover';
import { tagsForEditor } from '@/lib/editorial/commands/tags';
import { getArticleForEditor, listEditorOptions } from '@/lib/editorial/reads/articles';
import { getSavedTranslation } from '@/lib/editorial/reads/saved-translation';
import { authorMayEdit, nextMoves } from '@/lib/editorial/shared/workflow';
import { adminLocale } from '@/lib/i18n/admin-locale';
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
  const [t, options, cover, saved, tags] = await Promise.all([
    getTranslations({ locale, namespace: 'Admin' }),
    listEditorOptions(locale, article.authorId),
    getCoverForEditor(article.id),
    getSavedTranslation(article.id, tab),
    tagsForEditor(tab, article.tagIds),
  ]);

  const isEditor = hasRole(staff.role, 'editor');
  const own = article.authorUserId === staff.id;
  const mayEdit = isEditor || (own && authorMayEdit(translation?.status ?? null));
  const moves = translation && (isEditor || own) ? nextMoves(staff.role, translation.status) : [];

  return (
    <AdminShell staff={staff} locale={locale} path={`/admin/articles/${article.id}?lang=${tab}`}>
      <Link href="/admin/articles" className="text-sm underline">
        {t('editor.back')}
      </Link>
      <h1 className="mb-4 mt-2 text-2xl font-bold">{t('editor.heading', { id: article.id })}</h1>
      <TranslationReaders articleId={article.id} locale={locale} />
      <nav aria-label={t('editor.languages')} className="mb-4 flex flex-wrap gap-1 border-b border-neutral-300">
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
      <EditorPresence articleId={article.id} locale={tab} />
      {translation ? (
        <div className="mb-4 flex flex-wrap gap-x-4 gap-y-1 rounded border border-neutral-200 bg-white p-3 text-sm">
          <p>
            {t('editor.state', { status: t(`status.${translation.status}`) })}
            {translation.publishedAt ? ` · ${t('editor.publishedAt', { time: formatDateTime(translation.publishedAt, locale) })}` : null}
          </p>
          {translation.status === 'published' ? (
            <a href={localized(tab, articlePath(article.id, translation.slug))} className="underline" target="_blank" rel="noopener">
              {t('editor.view')}
            </a>
          ) : null}
          <Link href={`/admin/articles/${article.id}/revisions?lang=${tab}`} className="underline">
            {t('revisions.link')}
          </Link>
          <a href={`/api/admin/preview?article=${article.id}&locale=${tab}`} className="underline" target="_blank" rel="noopener">
            {t('preview.link')}
          </a>
        </div>
      ) : null}
      {!mayEdit ? <p className="mb-4 text-sm text-neutral-700">{t('editor.readOnly')}</p> : null}
      <TranslationForm
        key={tab}
        articleId={article.id}
        locale={tab}
        language={LANGUAGE_NAMES[tab]}
        saved={saved}
        empty={EMPTY}
        status={translation?.status ?? null}
        moves={moves}
        readOnly={!mayEdit}
        articleVersion={article.version}
        shared={
          isEditor && cover
            ? {
                categoryId: article.categoryId,
                authorId: article.authorId,
                tags,
                options,
                cover: { mediaId: cover.mediaId, ...cover.text[tab] },
              }
            : null
        }
      />
    </AdminShell>
  );
}
