'use client';

import { useTranslations } from 'next-intl';
import { saveDetailsAction } from '@/lib/editorial/actions';
import type { Option } from '@/lib/editorial/options';
import { buttonClass, FormStatus, inputClass } from './FormMessages';
import { useStaffForm } from './useStaffForm';

/** Category, byline and tags: shared by every translation of the article. */
export function DetailsForm(props: {
  articleId: number;
  version: number;
  categoryId: number;
  authorId: number;
  tagIds: number[];
  options: { categories: Option[]; authors: Option[]; tags: Option[] };
}) {
  const t = useTranslations('Admin.editor');
  const { state, onSubmit, pending, errors } = useStaffForm(saveDetailsAction);
  return (
    <form onSubmit={onSubmit} className="space-y-3 text-sm">
      <input type="hidden" name="articleId" value={props.articleId} />
      <input type="hidden" name="version" value={props.version} />
      <FormStatus errors={errors} saved={Boolean(state?.ok)} savedText={t('saved')} />
      <label className="block">
        {t('category')}
        <select name="categoryId" defaultValue={props.categoryId} className={inputClass}>
          {props.options.categories.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        {t('author')}
        <select name="authorId" defaultValue={props.authorId} className={inputClass}>
          {props.options.authors.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        {t('tags')}
        <select name="tagIds" multiple defaultValue={props.tagIds.map(String)} size={8} className={inputClass}>
          {props.options.tags.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('saveShared')}
      </button>
    </form>
  );
}
