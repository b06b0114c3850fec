import { getTranslations } from 'next-intl/server';
import { AdminShell } from '@/components/admin/AdminShell';
import { BreakingForm, type BreakingFormValues } from '@/components/admin/BreakingForm';
import { requireStaff } from '@/lib/auth/staff';
import { listBreakingForAdmin, type EditableBreaking } from '@/lib/editorial/commands/breaking';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { formatDateTime } from '@/lib/i18n/format';
import { LANGUAGE_NAMES, locales } from '@/lib/i18n/locales';
import { adminTitle } from '@/lib/i18n/admin-metadata';
import { bakuDateTimeFields as bakuLocal } from '@/lib/editorial/shared/baku-time';

export const generateMetadata = adminTitle('breaking.heading');

const HOUR = 3_600_000;

function formValues(line: EditableBreaking | undefined, now: number): BreakingFormValues {
  if (!line) return { text: '', link: '', startsAt: { date: '', time: '' }, expiresAt: bakuLocal(new Date(now + 2 * HOUR)), version: 0 };
  return { text: line.text, link: line.link, startsAt: bakuLocal(line.startsAt), expiresAt: bakuLocal(line.expiresAt), version: line.version };
}

/** Each language's breaking-news line, as readers see it across the top of every page. */
export default async function BreakingPage() {
  const locale = await adminLocale();
  const staff = await requireStaff('editor');
  const [t, { now: at, lines }] = await Promise.all([getTranslations({ locale, namespace: 'Admin.breaking' }), listBreakingForAdmin()]);
  const now = at.getTime();
  return (
    <AdminShell staff={staff} locale={locale} path="/admin/breaking">
      <h1 className="mb-2 text-2xl font-bold">{t('heading')}</h1>
      <p className="mb-4 max-w-2xl text-sm">{t('intro')}</p>
      <div className="grid gap-4 lg:grid-cols-3">
        {locales.map((l) => {
          const line = lines[l];
          const state = !line
            ? t('none')
            : line.expiresAt.getTime() <= now
              ? t('expired', { time: formatDateTime(line.expiresAt, locale) })
              : line.startsAt.getTime() > now
                ? t('scheduled', { time: formatDateTime(line.startsAt, locale) })
                : t('live', { time: formatDateTime(line.expiresAt, locale) });
          return (
            <div key={`${l}-${line?.version ?? 0}`} data-testid={`breaking-${l}`}>
              <p className="mb-1 text-xs text-neutral-600">{state}</p>
              <BreakingForm locale={l} language={LANGUAGE_NAMES[l]} values={formValues(line, now)} />
            </div>
          );
        })}
      </div>
    </AdminShell>
  );
}
