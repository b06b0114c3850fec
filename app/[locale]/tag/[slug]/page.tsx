import { listingRoute } from '@/components/site/listing-route';

export const revalidate = 300;

const route = listingRoute('tag', 'first');
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
