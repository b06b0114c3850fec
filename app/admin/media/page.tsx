import { getTranslations } from 'next-intl/server';
import { AdminShell } from '@/components/admin/AdminShell';
import { UploadForm } from '@/components/admin/UploadForm';
import { requireStaff } from '@/lib/auth/staff';
import { listMedia } from '@/lib/media/store';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { adminTitle } from '@/lib/i18n/admin-metadata';

export const generateMetadata = adminTitle('media.heading');

/** The media library: upload an image once, reuse it as a cover or in any article body (the editor's image button). */
export default async function MediaPage() {
  const locale = await adminLocale();
  const staff = await requireStaff('author');
  const [t, media] = await Promise.all([getTranslations({ locale, namespace: 'Admin.media' }), listMedia()]);
  return (
    <AdminShell staff={staff} locale={locale} path="/admin/media">
      <h1 className="mb-4 text-2xl font-bold">{t('heading')}</h1>
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <section>
          <p className="mb-3 text-sm">{t('use')}</p>
          {media.length === 0 ? <p>{t('empty')}</p> : null}
          <ul className="grid grid-cols-2 gap-4 md:grid-cols-3">
            {media.map((item) => (
              <li key={item.id} className="rounded border border-neutral-200 bg-white p-2 text-xs">
                {/* eslint-disable-next-line @next/next/no-img-element -- our own media route, sized by the upload */}
                <img src={`/media/${item.id}`} alt="" width={item.width} height={item.height} className="h-32 w-full object-contain" loading="lazy" />
                <span className="mt-1 block">{t('item', { id: item.id, width: item.width, height: item.height })}</span>
              </li>
            ))}
          </ul>
        </section>
        <aside>
          <UploadForm />
        </aside>
      </div>
    </AdminShell>
  );
}
