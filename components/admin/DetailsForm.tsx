'use client';

import { useTranslations } from 'next-intl';
import type { ActionErrors } from '@/lib/editorial/shared/result';
import type { Option } from '@/lib/editorial/shared/options';
import { FieldError } from './FormMessages';
import { OptionSelect } from './OptionSelect';

/** Category, byline and tags: shared by every translation, saved with the story's one form. */
export function DetailsFields(props: {
  categoryId: number;
  authorId: number;
  tagIds: number[];
  options: { categories: Option[]; authors: Option[]; tags: Option[] };
  errors: ActionErrors;
}) {
  const t = useTranslations('Admin.editor');
  return (
    <div className="space-y-3">
      <OptionSelect label={t('category')} name="categoryId" options={props.options.categories} defaultValue={props.categoryId} className="block">
        <FieldError errors={props.errors} field="categoryId" />
      </OptionSelect>
      <OptionSelect label={t('author')} name="authorId" options={props.options.authors} defaultValue={props.authorId} className="block">
        <FieldError errors={props.errors} field="authorId" />
      </OptionSelect>
      <OptionSelect label={t('tags')} name="tagIds" options={props.options.tags} defaultValue={props.tagIds.map(String)} multiple size={8} className="block">
        <FieldError errors={props.errors} field="tagIds" />
      </OptionSelect>
    </div>
  );
}
