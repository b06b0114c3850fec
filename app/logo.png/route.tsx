import { logoImage } from '@/lib/seo/share-image';

export const dynamic = 'force-static';

export async function GET() {
  return logoImage();
}
