import { z } from 'zod';
import { translationStatuses } from '@/lib/db/enums';
import { locales } from '@/lib/i18n/locales';
import { isPlainText, normalizeText } from '@/lib/http/plain-text';
import { articleDocumentSchema, type ArticleDocument } from '@/lib/document/schema';
import { existingVersion, recordId, recordVersion } from '@/lib/editorial/plumbing/fields';
import { parseBakuDateTime } from '@/lib/editorial/shared/baku-time';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';

const id = recordId;
const version = recordVersion;
const text = (max: number) => z.string().trim().max(max, 'tooLong');

type BodyResult = { ok: true; document: ArticleDocument } | { ok: false; error: 'invalid' | 'invalidCharacters' | 'unsafeLink' | 'invalidVideo' };

/** Thrown from inside JSON.parse: the body's JSON escapes (`\u0000`, `\ud800`) get past the form's own check. */
class ForgedCharacter extends Error {}

/** A body as the editor sends it, checked against the document schema; the first problem names the message. */
export function parseBody(json: string): BodyResult {
  if (!json.trim()) return { ok: true, document: { version: 1, blocks: [] } };
  let value: unknown;
  try {
    value = JSON.parse(json, (_key, item: unknown) => {
      if (typeof item !== 'string') return item;
      if (!isPlainText(item)) throw new ForgedCharacter();
      return normalizeText(item);
    });
  } catch (error) {
    return { ok: false, error: error instanceof ForgedCharacter ? 'invalidCharacters' : 'invalid' };
  }
  const parsed = articleDocumentSchema.safeParse(value);
  if (parsed.success) return { ok: true, document: parsed.data };
  const paths = parsed.error.issues.map((issue) => issue.path.at(-1));
  return { ok: false, error: paths.includes('href') ? 'unsafeLink' : paths.includes('videoId') ? 'invalidVideo' : 'invalid' };
}

/** One translation's fields, as the editor's language tab sends them. Version 0: the translation is new. */
export const translationSchema = z.object({
  articleId: id,
  locale: z.enum(locales),
  version,
  title: text(MAX_LENGTH.title).min(1, 'required'),
  slug: text(MAX_LENGTH.slug).regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, 'invalidSlug'),
  lead: text(MAX_LENGTH.lead),
  // The rich-text editor sends the article document as JSON (lib/editorial/shared/rich-text); empty means an empty body.
  body: z
    .string()
    .max(400_000, 'tooLong')
    .transform((json, ctx) => {
      const parsed = parseBody(json);
      if (parsed.ok) return parsed.document;
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }),
  seoTitle: text(MAX_LENGTH.seoTitle),
  seoDescription: text(MAX_LENGTH.seoDescription),
});
export type TranslationInput = z.output<typeof translationSchema>;

export const statusSchema = z
  .object({
    articleId: id,
    locale: z.enum(locales),
    version: existingVersion,
    to: z.enum(translationStatuses),
    // dd.mm.yyyy and HH:MM on Baku's clock, whatever the browser's locale (lib/editorial/shared/baku-time.ts).
    publishDate: z.string().max(20).optional(),
    publishTime: z.string().max(10).optional(),
  })
  .transform(({ publishDate = '', publishTime = '', ...rest }, ctx) => {
    if (!publishDate.trim() && !publishTime.trim()) return { ...rest, publishAt: undefined };
    const publishAt = parseBakuDateTime(publishDate, publishTime);
    if (publishAt) return { ...rest, publishAt };
    ctx.addIssue({ code: 'custom', message: 'invalidDate', path: ['publishAt'] });
    return z.NEVER;
  });
export type StatusInput = z.output<typeof statusSchema>;

const idList = z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(id).max(30));

export const detailsSchema = z.object({ articleId: id, version: existingVersion, categoryId: id, authorId: id, tagIds: idList });
export type DetailsInput = z.output<typeof detailsSchema>;

export const newArticleSchema = z.object({ locale: z.enum(locales), title: text(MAX_LENGTH.title).min(1, 'required'), categoryId: id });
export type NewArticleInput = z.output<typeof newArticleSchema>;

/** What the editor's form loaded of the fields every language shares: a field the editor left as loaded is not written. */
const sharedBaseSchema = z
  .string()
  .max(2_000)
  .transform((json, ctx) => {
    const parsed = z
      .object({
        categoryId: z.number().int().positive(),
        authorId: z.number().int().positive(),
        tagIds: z.array(z.number().int().positive()).max(30),
        coverMediaId: z.number().int().positive().nullable(),
      })
      .safeParse((() => {
        try {
          return JSON.parse(json);
        } catch {
          return null;
        }
      })());
    if (parsed.success) return parsed.data;
    ctx.addIssue({ code: 'custom', message: 'invalid' });
    return z.NEVER;
  });

/**
 * The editor's whole form for one language of a story: its text, the cover's alt text and caption in this language,
 * the fields shared by every language (editors only: absent from an author's form), and optionally the move the
 * editor asked for (publish, schedule, unpublish…), made with what is on the screen. The title may be empty only
 * while the language has no text at all: its cover text is then kept for when the translation is written.
 */
export const storySchema = z
  .object({
    articleId: id,
    locale: z.enum(locales),
    version,
    articleVersion: existingVersion,
    title: text(MAX_LENGTH.title),
    slug: translationSchema.shape.slug,
    lead: text(MAX_LENGTH.lead),
    body: translationSchema.shape.body,
    seoTitle: text(MAX_LENGTH.seoTitle),
    seoDescription: text(MAX_LENGTH.seoDescription),
    coverAlt: text(MAX_LENGTH.coverAlt).optional(),
    coverCaption: text(MAX_LENGTH.coverCaption).optional(),
    categoryId: id.optional(),
    authorId: id.optional(),
    tagIds: idList,
    // '' in the cover field: no cover.
    coverMediaId: z.union([z.literal('').transform(() => null), id]).optional(),
    // A new image to upload as the cover; browsers send an empty file when none is chosen.
    coverFile: z.instanceof(File).optional(),
    sharedBase: sharedBaseSchema.optional(),
    to: z.enum(translationStatuses).optional(),
    publishDate: z.string().max(20).optional(),
    publishTime: z.string().max(10).optional(),
    // Why a story is taken off the site: asked for on unpublishing, kept in the audit log.
    reason: text(MAX_LENGTH.unpublishReason).optional(),
    // Sent by the form's own timer, not by the editor: drafts only, never with a move.
    autosave: z.literal('1').optional(),
  })
  .transform(({ publishDate = '', publishTime = '', ...rest }, ctx) => {
    if (!publishDate.trim() && !publishTime.trim()) return { ...rest, publishAt: undefined };
    const publishAt = parseBakuDateTime(publishDate, publishTime);
    if (publishAt) return { ...rest, publishAt };
    ctx.addIssue({ code: 'custom', message: 'invalidDate', path: ['publishAt'] });
    return z.NEVER;
  });
export type StoryInput = z.output<typeof storySchema>;
