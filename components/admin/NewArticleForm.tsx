'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { createArticleAction } from '@/lib/editorial/actions';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';
import type { Option } from '@/lib/editorial/shared/options';
import { LANGUAGE_NAMES, locales, type Locale } from '@/lib/i18n/locales';
import { FieldError, FormStatus } from './FormMessages';
import { OptionSelect } from './OptionSelect';
import { LimitedField } from './LimitedField';
import { buttonClass } from './styles';
import { useStaffForm } from './useStaffForm';

export function NewArticleForm({ categories, locale }: { categories: Option[]; locale: Locale }) {
  const t = useTranslations('Admin.newArticle');
  const router = useRouter();
  const { onSubmit, pending, errors } = useStaffForm(createArticleAction, (created) => router.push(`/admin/articles/${created.id}?lang=${created.locale}`));
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded border border-neutral-200 bg-white p-4" aria-labelledby="new-article">
      <h2 id="new-article" className="font-bold">
        {t('heading')}
      </h2>
      <FormStatus errors={errors} saved={false} savedText="" />
      <LimitedField id="new-article-title" name="title" label={t('title')} max={MAX_LENGTH.title} defaultValue="" errors={errors} />
      <div className="flex flex-wrap gap-3">
        <OptionSelect label={t('locale')} name="locale" options={locales.map((l) => ({ id: l, name: LANGUAGE_NAMES[l] }))} defaultValue={locale} />
        <OptionSelect label={t('category')} name="categoryId" options={categories}>
          <FieldError errors={errors} field="categoryId" />
        </OptionSelect>
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('create')}
      </button>
    </form>
  );
}
