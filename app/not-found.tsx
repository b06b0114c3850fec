import { defaultLocale } from '@/lib/i18n/locales';

// Reached only for paths outside every locale (the proxy sends the rest into one), so it stays minimal and static.
export default function RootNotFound() {
  return (
    <html lang={defaultLocale}>
      <body className="mx-auto max-w-xl p-8 font-sans">
        <h1 className="text-2xl font-bold">404</h1>
        <p className="mt-4">
          <a className="text-accent underline" href={`/${defaultLocale}`}>
            Anews
          </a>
        </p>
      </body>
    </html>
  );
}
