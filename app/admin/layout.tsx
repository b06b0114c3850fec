import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { fontVariables } from '@/app/fonts/fonts';
import { ValidityMessages } from '@/components/admin/ValidityMessages';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { newsroomTitle } from '@/lib/i18n/admin-metadata';
import '../admin.css';

// Every admin page reads the session: nothing here is prerendered or cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: 'Admin' });
  // Each page names itself (lib/i18n/admin-metadata.ts); this is for any that does not.
  return { title: newsroomTitle(t('title')), robots: { index: false, follow: false } };
}

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const locale = await adminLocale();
  const messages = await getMessages({ locale });
  return (
    <html lang={locale} className={fontVariables}>
      <body className="min-h-screen bg-neutral-50 font-sans text-neutral-900">
        {/* The admin's client forms need only the Admin texts. */}
        <NextIntlClientProvider locale={locale} messages={{ Admin: messages.Admin }}>
          <ValidityMessages />
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
