import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', '.data/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts']),
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Locale-aware links come from lib/i18n/navigation; next/link would drop the locale prefix.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'next/link', message: "Use Link from '@/lib/i18n/navigation'." },
            { name: 'next/navigation', importNames: ['redirect', 'permanentRedirect', 'useRouter', 'usePathname'], message: "Use '@/lib/i18n/navigation'." },
          ],
        },
      ],
    },
  },
  {
    // The admin is not locale-prefixed: it links and redirects with Next's own helpers, as lib/i18n/navigation does.
    files: ['app/admin/**', 'components/admin/**', 'lib/auth/**', 'lib/editorial/**', 'lib/i18n/navigation.tsx'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Migrations run on Kysely<any> by design: they must not depend on the app's current types.
    files: ['lib/db/migrations/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
]);
