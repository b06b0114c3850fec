'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { createArticleAction } from '@/lib/editorial/actions';
import type { Option } from '@/lib/editorial/options';
import { LANGUAGE_NAMES, locales, type Locale } from '@/lib/i18n/locales';
import { FieldError, FormStatus } from './FormMessages';
import { buttonClass, inputClass } from './styles';
import { useStaffForm } from './useStaffForm';

export function NewArticleForm({ categories, locale }: { categories: Option[]; locale: Locale }) {
  const t = useTranslations('Admin.newArticle');
  const router = useRouter();
  const { onSubmit, pending, errors } = useStaffForm(createArticleAction, ({ id }) => router.push(`/admin/articles/${id}?lang=${locale}`));
  return (
    <form onSubmit={onSubmit} className="space-y-3 rounded border border-neutral-200 bg-white p-4" aria-labelledby="new-article">
      <h2 id="new-article" className="font-bold">
        {t('heading')}
      </h2>
      <FormStatus errors={errors} saved={false} savedText="" />
      <label className="block">
        {t('title')}
        <input name="title" required maxLength={300} className={inputClass} />
        <FieldError errors={errors} field="title" />
      </label>
      <div className="flex flex-wrap gap-3">
        <label>
          {t('locale')}
          <select name="locale" defaultValue={locale} className={inputClass}>
            {locales.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('category')}
          <select name="categoryId" className={inputClass}>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <FieldError errors={errors} field="categoryId" />
        </label>
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('create')}
      </button>
    </form>
  );
}
