'use client';

import { useTranslations } from 'next-intl';
import { saveDetailsAction } from '@/lib/editorial/actions';
import type { Option } from '@/lib/editorial/shared/options';
import { FormStatus } from './FormMessages';
import { buttonClass } from './styles';
import { OptionSelect } from './OptionSelect';
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
      <OptionSelect label={t('category')} name="categoryId" options={props.options.categories} defaultValue={props.categoryId} className="block" />
      <OptionSelect label={t('author')} name="authorId" options={props.options.authors} defaultValue={props.authorId} className="block" />
      <OptionSelect label={t('tags')} name="tagIds" options={props.options.tags} defaultValue={props.tagIds.map(String)} multiple size={8} className="block" />
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('saveShared')}
      </button>
    </form>
  );
}
