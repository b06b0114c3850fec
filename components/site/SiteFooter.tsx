import { getTranslations } from 'next-intl/server';
import { SOCIAL_NETWORKS, type SocialNetwork } from '@/lib/brand/social';
import { getSiteSettings } from '@/lib/content/settings';
import { listCategories } from '@/lib/content/taxonomy';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { categoryPath, latestPath, privacyPath } from '@/lib/i18n/paths';
import { Logo } from './Logo';

const headingClass = 'mb-3 text-xs font-bold uppercase tracking-wider text-neutral-100';
const linkClass = 'text-neutral-100 underline-offset-4 hover:text-white hover:underline';

/**
 * The newsroom's footer: logo and about text, social links, sections, contacts and editorial policy. Every text and
 * link but the section names comes from the site settings (app/admin/settings), in the page's language.
 */
export async function SiteFooter({ locale }: { locale: Locale }) {
  const [t, site, categories, settings] = await Promise.all([
    getTranslations({ locale, namespace: 'Footer' }),
    getTranslations({ locale, namespace: 'Site' }),
    listCategories(locale),
    getSiteSettings(),
  ]);
  const social = (Object.keys(SOCIAL_NETWORKS) as SocialNetwork[])
    .map((network) => ({ network, href: network === 'youtube' ? settings.youtube_channel_url : settings[`${network}_url`] }))
    .filter(({ href }) => href !== '');
  const phone = settings.contact_phone;
  return (
    <footer className="mt-10 bg-neutral-900 text-sm text-neutral-300 [&_a:focus-visible]:outline-white">
      <div className="mx-auto grid max-w-6xl gap-x-8 gap-y-8 px-4 py-10 sm:grid-cols-2 lg:grid-cols-[4fr_3fr_3fr_4fr]">
        <section aria-labelledby="footer-about">
          <Link href="/" className="inline-block">
            <Logo alt={site('homeLink')} inverse className="h-9 w-auto" />
          </Link>
          <h2 id="footer-about" className={`${headingClass} mt-5`}>
            {t('about')}
          </h2>
          <p className="leading-relaxed">{settings[`about_${locale}`]}</p>
          {social.length > 0 ? (
            <>
              <h2 id="footer-social" className={`${headingClass} mt-6`}>
                {t('social')}
              </h2>
              <ul aria-labelledby="footer-social" className="flex flex-wrap gap-2">
                {social.map(({ network, href }) => (
                  <li key={network}>
                    <a
                      href={href}
                      target="_blank"
                      rel="noopener noreferrer"
                      className="inline-flex size-11 items-center justify-center rounded bg-neutral-800 text-neutral-100 hover:bg-accent hover:text-white"
                    >
                      <svg className="size-5" aria-hidden="true" focusable="false">
                        <use href={`/brand/social.svg#${network}`} />
                      </svg>
                      <span className="sr-only">
                        {SOCIAL_NETWORKS[network].name} ({t('opensInNewTab')})
                      </span>
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
        <nav aria-label={t('sections')}>
          <h2 className={headingClass}>{t('sections')}</h2>
          <ul className="grid grid-cols-2 gap-x-4 gap-y-2 sm:grid-cols-1">
            {categories.map((category) => (
              <li key={category.id}>
                <Link href={categoryPath(category.slug)} className={linkClass}>
                  {category.name}
                </Link>
              </li>
            ))}
            <li>
              <Link href={latestPath()} className={linkClass}>
                {site('latest')}
              </Link>
            </li>
            <li>
              <Link href={privacyPath()} className={linkClass}>
                {t('privacy')}
              </Link>
            </li>
          </ul>
        </nav>
        <section aria-labelledby="footer-contacts">
          <h2 id="footer-contacts" className={headingClass}>
            {t('contacts')}
          </h2>
          <address className="space-y-2 not-italic leading-relaxed">
            <p>{settings[`address_${locale}`]}</p>
            <p>
              {t('phone')}:{' '}
              <a href={`tel:${phone.replace(/[^+\d]/g, '')}`} className={`${linkClass} whitespace-nowrap`}>
                {phone}
              </a>
            </p>
            <p>
              {t('email')}:{' '}
              <a href={`mailto:${settings.contact_email}`} className={linkClass}>
                {settings.contact_email}
              </a>
            </p>
          </address>
        </section>
        <section aria-labelledby="footer-policy">
          <h2 id="footer-policy" className={headingClass}>
            {t('policy')}
          </h2>
          <p className="leading-relaxed">{settings[`editorial_policy_${locale}`]}</p>
        </section>
      </div>
      <div className="border-t border-neutral-800">
        <p className="mx-auto max-w-6xl px-4 py-4 text-neutral-400">{t('rights', { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  );
}
