import { z } from 'zod';
import { locales } from '@/lib/i18n/locales';
import { parseMarkup } from './markup';

const id = z.coerce.number().int().positive();
const version = z.coerce.number().int().min(0);
const text = (max: number) => z.string().trim().max(max, 'tooLong');

/** One translation's fields, as the editor's language tab sends them. Version 0: the translation is new. */
export const translationSchema = z.object({
  articleId: id,
  locale: z.enum(locales),
  version,
  title: text(300).min(1, 'required'),
  slug: text(120).regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, 'invalidSlug'),
  lead: text(1_000),
  body: z
    .string()
    .max(200_000, 'tooLong')
    .transform((markup, ctx) => {
      const parsed = parseMarkup(markup);
      if (parsed.ok) return parsed.document;
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }),
  seoTitle: text(200),
  seoDescription: text(400),
});
export type TranslationInput = z.output<typeof translationSchema>;

export const statusSchema = z.object({
  articleId: id,
  locale: z.enum(locales),
  version: version.min(1),
  to: z.enum(['draft', 'review', 'scheduled', 'published', 'unpublished']),
  // A wall-clock time in Baku (UTC+4 all year), as a datetime-local field sends it.
  publishAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'invalid')
    .transform((value) => new Date(`${value}:00+04:00`))
    .optional()
    .or(z.literal('').transform(() => undefined)),
});
export type StatusInput = z.output<typeof statusSchema>;

const idList = z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(id).max(30));

export const detailsSchema = z.object({ articleId: id, version: version.min(1), categoryId: id, authorId: id, tagIds: idList });
export type DetailsInput = z.output<typeof detailsSchema>;

export const newArticleSchema = z.object({ locale: z.enum(locales), title: text(300).min(1, 'required'), categoryId: id });
export type NewArticleInput = z.output<typeof newArticleSchema>;
