import culture from './articles/culture';
import economy from './articles/economy';
import politics from './articles/politics';
import society from './articles/society';
import sport from './articles/sport';
import technology from './articles/technology';
import world from './articles/world';
import { demoLiveCoverage } from './live';
import type { DemoArticle } from './types';

export { demoAuthors, demoCategories, demoTags } from './taxonomy';

export const demoArticles: DemoArticle[] = [...economy, ...politics, ...society, ...world, ...sport, ...technology, ...culture, demoLiveCoverage];

/** Currency rates of the seed page, AZN per unit, valid for the seed article's day… */
export const demoRates = {
  date: '2025-10-22',
  values: { USD: '1.7', EUR: '1.9811', RUB: '0.021216', TRY: '0.0394', GBP: '2.284' },
} as const;

/** …and of the day before, so the ticker has a move to show (the manat is pegged to the dollar). */
export const demoPreviousRates = {
  date: '2025-10-21',
  values: { USD: '1.7', EUR: '1.9765', RUB: '0.021301', TRY: '0.0395', GBP: '2.2781' },
} as const;
