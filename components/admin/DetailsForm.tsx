'use client';

import { useTranslations } from 'next-intl';
import type { ActionErrors } from '@/lib/editorial/shared/result';
import type { Option } from '@/lib/editorial/shared/options';
import type { TypedTag } from '@/lib/editorial/shared/typed-tag';
import type { Locale } from '@/lib/i18n/locales';
import { FieldError } from './FormMessages';
import { OptionSelect } from './OptionSelect';
import { TagField } from './TagField';

/** Category, byline and tags: shared by every translation, saved with the story's one form. */
export function DetailsFields(props: {
  categoryId: number;
  authorId: number;
  /** The story's language: tags are typed, found and made in it. */
  locale: Locale;
  tags: TypedTag[];
  options: { categories: Option[]; authors: Option[] };
  errors: ActionErrors;
  onChange?: () => void;
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
      <TagField locale={props.locale} tags={props.tags} errors={props.errors} onChange={props.onChange} />
    </div>
  );
}
