import type { ReactNode } from 'react';
import { fontVariables } from '@/app/fonts/fonts';
import { readerLocale } from '@/lib/i18n/params';
import '../../reader.css';

export default async function UnavailableLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await readerLocale(params);
  return (
    <html lang={locale} className={fontVariables}>
      <body className="flex min-h-screen flex-col font-sans">{children}</body>
    </html>
  );
}
