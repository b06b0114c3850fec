'use client';

import { Node, type Editor } from '@tiptap/core';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useTranslations } from 'next-intl';
import { useImperativeHandle, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { IMAGE_TEXT_MAX_LENGTH, isSafeHref, type ArticleDocument } from '@/lib/document/schema';
import { documentToEditor, editorToDocument, MEDIA_IMAGE, YOUTUBE_VIDEO, youtubeId } from '@/lib/editorial/shared/rich-text';
import { thumbnailPath, type PickerImage } from '@/lib/editorial/shared/media-picker';
import { flattenPastedTables } from '@/lib/editorial/shared/paste-tables';
import { isLocale } from '@/lib/i18n/locales';
import { MediaPicker } from './media-picker/MediaPicker';
import { buttonClass, inputClass } from './styles';

/** What the translation form can do with the editor: put a document in (restoring unsaved text). */
export interface RichTextHandle {
  setDocument(document: ArticleDocument): void;
}

/** An image from our media library: the editor shows it as readers will, with its caption; alt text is an attribute. */
const MediaImage = Node.create({
  name: MEDIA_IMAGE,
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    // Rendered by renderHTML below, not as attributes of their own.
    const plain = (fallback: unknown) => ({ default: fallback, renderHTML: () => ({}) });
    return { mediaId: plain(null), alt: plain(''), caption: plain('') };
  },
  parseHTML() {
    return [
      {
        tag: 'figure[data-media-id]',
        getAttrs: (element) => ({
          mediaId: Number(element.getAttribute('data-media-id')),
          alt: element.querySelector('img')?.getAttribute('alt') ?? '',
          caption: element.querySelector('figcaption')?.textContent ?? '',
        }),
      },
    ];
  },
  renderHTML({ node }) {
    const { mediaId, alt, caption } = node.attrs as { mediaId: number; alt: string; caption: string };
    const image = ['img', { src: `/media/${Number(mediaId)}`, alt, class: 'max-h-72' }] as const;
    const attributes = { 'data-media-id': String(mediaId), class: 'my-3' };
    return caption ? ['figure', attributes, image, ['figcaption', { class: 'text-sm text-neutral-600' }, caption]] : ['figure', attributes, image];
  },
});

/** A YouTube video: shown in the editor as a labelled box (no third-party frame in the newsroom); readers get the player. */
const YoutubeVideo = Node.create({
  name: YOUTUBE_VIDEO,
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return { videoId: { default: '', renderHTML: () => ({}) } };
  },
  parseHTML() {
    return [{ tag: 'div[data-youtube-id]', getAttrs: (element) => ({ videoId: element.getAttribute('data-youtube-id') ?? '' }) }];
  },
  renderHTML({ node }) {
    const videoId = String(node.attrs.videoId);
    return ['div', { 'data-youtube-id': videoId, class: 'my-3 rounded bg-neutral-800 p-4 font-sans text-sm text-white' }, `▶ YouTube · ${videoId}`];
  },
});

type Panel = 'link' | 'image' | 'video' | null;

/** Toolbar icons drawn here: the newsroom's fonts have no emoji, and a missing glyph shows as an empty box. */
const icon = (path: string) => (
  <svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" className="inline">
    <path d={path} />
  </svg>
);
const LINK_ICON = icon('M10 13a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1M14 11a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1');
const IMAGE_ICON = icon('M3 5h18v14H3zM3 16l5-5 4 4 3-3 6 6M15 9h.01');

/** Puts an image or video at the cursor; with an image or video selected, after it rather than in its place. */
function insertEmbed(editor: Editor, node: { type: string; attrs: Record<string, unknown> }) {
  const { selection } = editor.state;
  if (selection instanceof NodeSelection) editor.chain().focus().insertContentAt(selection.to, node).run();
  else editor.chain().focus().insertContent(node).run();
}

/**
 * The article body's rich-text editor (Tiptap/ProseMirror). It edits only what the article document can hold —
 * subheadings, paragraphs, bold and italic, links, quotes, lists, library images and YouTube videos — and reports
 * every change as the document's JSON, which the form sends and the server checks again.
 */
export function RichTextEditor({
  ref,
  ...props
}: {
  initial: ArticleDocument;
  labelledBy: string;
  describedBy: string;
  readOnly: boolean;
  lang: string;
  onChange: (json: string) => void;
  ref?: Ref<RichTextHandle>;
}) {
  const t = useTranslations('Admin.rich');
  const [panel, setPanel] = useState<Panel>(null);
  const editor = useEditor({
    immediatelyRender: false,
    editable: !props.readOnly,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        strike: false,
        underline: false,
        horizontalRule: false,
        hardBreak: false,
        link: { openOnClick: false, autolink: true, defaultProtocol: 'https', isAllowedUri: (url) => isSafeHref(url) },
      }),
      MediaImage,
      YoutubeVideo,
    ],
    content: documentToEditor(props.initial),
    editorProps: {
      transformPastedHTML: flattenPastedTables,
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': props.labelledBy,
        'aria-describedby': props.describedBy,
        lang: props.lang,
        class:
          'min-h-72 rounded-b border border-neutral-300 bg-white px-3 py-2 font-serif text-lg leading-relaxed focus:outline-2 focus:outline-blue-700 [&_a]:text-blue-800 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-neutral-400 [&_blockquote]:pl-3 [&_blockquote]:italic [&_h2]:mt-4 [&_h2]:font-sans [&_h2]:text-2xl [&_h2]:font-bold [&_h3]:mt-3 [&_h3]:font-sans [&_h3]:text-xl [&_h3]:font-bold [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:my-2 [&_ul]:list-disc [&_ul]:pl-6 [&_.ProseMirror-selectednode]:outline-2 [&_.ProseMirror-selectednode]:outline-blue-700',
      },
    },
    onUpdate: ({ editor }) => props.onChange(JSON.stringify(editorToDocument(editor.getJSON()))),
  });

  useImperativeHandle(ref, () => ({
    setDocument: (document) => {
      editor?.commands.setContent(documentToEditor(document), { emitUpdate: true });
    },
  }), [editor]);

  const active = useEditorState({
    editor,
    selector: ({ editor }) =>
      editor
        ? {
            paragraph: editor.isActive('paragraph'),
            h2: editor.isActive('heading', { level: 2 }),
            h3: editor.isActive('heading', { level: 3 }),
            bold: editor.isActive('bold'),
            italic: editor.isActive('italic'),
            link: editor.isActive('link'),
            quote: editor.isActive('blockquote'),
            bullets: editor.isActive('bulletList'),
            numbers: editor.isActive('orderedList'),
            image: editor.isActive(MEDIA_IMAGE),
            undo: editor.can().undo(),
            redo: editor.can().redo(),
          }
        : null,
  });

  const disabled = props.readOnly || !editor || !active;
  const tool = (label: string, text: ReactNode, run: (e: Editor) => void, pressed?: boolean, enabled = true) => (
    <button
      type="button"
      title={label}
      aria-pressed={pressed}
      disabled={disabled || !enabled}
      // A click leaves the focus in the text: the editor gives it back only a frame later, and keys typed before
      // that would go to the button (Enter would press it again).
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => editor && run(editor)}
      className={`min-w-8 rounded px-2 py-1 text-sm ${pressed ? 'bg-neutral-900 text-white' : 'hover:bg-neutral-200'} disabled:opacity-40`}
    >
      {/* The glyph ("H2", "1.") is a picture of the label; the label, for screen readers, is the button's name. */}
      <span aria-hidden="true">{text}</span>
      <span className="sr-only">{label}</span>
    </button>
  );
  const toggle = (name: Exclude<Panel, null>) => setPanel((open) => (open === name ? null : name));

  return (
    <div>
      <div role="toolbar" aria-label={t('toolbar')} aria-controls={props.labelledBy} className="flex flex-wrap items-center gap-1 rounded-t border border-b-0 border-neutral-300 bg-neutral-50 p-1">
        {tool(t('paragraph'), '¶', (e) => e.chain().focus().setParagraph().run(), active?.paragraph)}
        {tool(t('heading2'), 'H2', (e) => e.chain().focus().toggleHeading({ level: 2 }).run(), active?.h2)}
        {tool(t('heading3'), 'H3', (e) => e.chain().focus().toggleHeading({ level: 3 }).run(), active?.h3)}
        <span className="mx-1 h-5 w-px bg-neutral-300" aria-hidden="true" />
        {tool(t('bold'), <b>B</b>, (e) => e.chain().focus().toggleBold().run(), active?.bold)}
        {tool(t('italic'), <i>I</i>, (e) => e.chain().focus().toggleItalic().run(), active?.italic)}
        {tool(t('link'), LINK_ICON, () => toggle('link'), active?.link)}
        <span className="mx-1 h-5 w-px bg-neutral-300" aria-hidden="true" />
        {tool(t('quote'), '❝', (e) => e.chain().focus().toggleBlockquote().run(), active?.quote)}
        {tool(t('bulletList'), '•', (e) => e.chain().focus().toggleBulletList().run(), active?.bullets)}
        {tool(t('orderedList'), '1.', (e) => e.chain().focus().toggleOrderedList().run(), active?.numbers)}
        <span className="mx-1 h-5 w-px bg-neutral-300" aria-hidden="true" />
        {tool(t('image'), IMAGE_ICON, () => toggle('image'), active?.image)}
        {tool(t('video'), '▶', () => toggle('video'))}
        <span className="mx-1 h-5 w-px bg-neutral-300" aria-hidden="true" />
        {tool(t('undo'), '↶', (e) => e.chain().focus().undo().run(), undefined, active?.undo)}
        {tool(t('redo'), '↷', (e) => e.chain().focus().redo().run(), undefined, active?.redo)}
      </div>
      {editor && panel === 'link' ? <LinkPanel editor={editor} close={() => setPanel(null)} /> : null}
      {editor && panel === 'image' ? <ImagePanel editor={editor} lang={props.lang} close={() => setPanel(null)} /> : null}
      {editor && panel === 'video' ? <VideoPanel editor={editor} close={() => setPanel(null)} /> : null}
      <EditorContent editor={editor} />
    </div>
  );
}

/**
 * A small panel under the toolbar (link, image, video). Enter applies it instead of submitting the article form around
 * it; Escape closes it.
 */
function PanelFrame(props: { label: string; error: string | null; apply?: { label: string; run: () => void }; extra?: ReactNode; close: () => void; children: ReactNode }) {
  const t = useTranslations('Admin.rich');
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === 'Escape') {
      event.preventDefault();
      if (event.key === 'Enter' && props.apply) props.apply.run();
      else props.close();
    }
  };
  return (
    <div role="group" aria-label={props.label} onKeyDown={onKeyDown} className="space-y-2 border border-b-0 border-neutral-300 bg-amber-50 p-3 text-sm">
      {props.children}
      {props.error ? (
        <p className="text-red-700" role="alert">
          {props.error}
        </p>
      ) : null}
      <div className="flex gap-2">
        {props.apply ? (
          <button type="button" onClick={props.apply.run} className={buttonClass}>
            {props.apply.label}
          </button>
        ) : null}
        {props.extra}
        <button type="button" onClick={props.close} className="underline">
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}

function LinkPanel({ editor, close }: { editor: Editor; close: () => void }) {
  const t = useTranslations('Admin');
  const [href, setHref] = useState(() => String(editor.getAttributes('link').href ?? ''));
  const [error, setError] = useState<string | null>(null);
  const apply = () => {
    const value = href.trim();
    if (!isSafeHref(value)) return setError(t('errors.unsafeLink'));
    const chain = editor.chain().focus().extendMarkRange('link');
    // With nothing selected, the address itself becomes the linked text.
    if (editor.state.selection.empty && !editor.isActive('link')) chain.insertContent({ type: 'text', text: value, marks: [{ type: 'link', attrs: { href: value } }] });
    else chain.setLink({ href: value });
    // The cursor goes after the link, as after typing it: the next key must not replace the text just linked.
    chain.command(({ tr }) => (tr.setSelection(TextSelection.create(tr.doc, tr.selection.to)), true)).run();
    close();
  };
  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    close();
  };
  return (
    <PanelFrame
      label={t('rich.link')}
      error={error}
      apply={{ label: t('rich.apply'), run: apply }}
      close={close}
      extra={
        editor.isActive('link') ? (
          <button type="button" onClick={remove} className="underline">
            {t('rich.removeLink')}
          </button>
        ) : null
      }
    >
      <label className="block">
        {t('rich.linkAddress')}
        <input value={href} onChange={(e) => setHref(e.target.value)} autoFocus placeholder="https://" className={inputClass} />
      </label>
    </PanelFrame>
  );
}

function ImagePanel({ editor, lang, close }: { editor: Editor; lang: string; close: () => void }) {
  const t = useTranslations('Admin');
  // With an image selected in the text, the panel edits it; otherwise it inserts a new one, and opens the library.
  const selected = editor.isActive(MEDIA_IMAGE) ? (editor.getAttributes(MEDIA_IMAGE) as { mediaId: number; alt: string; caption: string }) : null;
  const [image, setImage] = useState<{ id: number; thumbnail: string } | null>(selected ? { id: selected.mediaId, thumbnail: `/media/${Number(selected.mediaId)}` } : null);
  const [picking, setPicking] = useState(!selected);
  const [alt, setAlt] = useState(selected?.alt ?? '');
  const [caption, setCaption] = useState(selected?.caption ?? '');
  const [error, setError] = useState<string | null>(null);
  // The picked image's own texts in this translation's language fill the fields; what is written there is this text's.
  const pick = (picked: PickerImage) => {
    setImage({ id: picked.id, thumbnail: thumbnailPath(picked) });
    const own = isLocale(lang) ? picked.text[lang] : null;
    if (own?.alt) setAlt(own.alt);
    if (own?.caption) setCaption(own.caption);
    setPicking(false);
  };
  const apply = () => {
    if (!image) return setError(t('rich.noImage'));
    if (!alt.trim()) return setError(t('rich.altRequired'));
    const attrs = { mediaId: image.id, alt: alt.trim().slice(0, 500), caption: caption.trim().slice(0, 1_000) };
    if (selected) editor.chain().focus().updateAttributes(MEDIA_IMAGE, attrs).run();
    else insertEmbed(editor, { type: MEDIA_IMAGE, attrs });
    close();
  };
  return (
    <PanelFrame label={t('rich.image')} error={error} apply={{ label: selected ? t('rich.update') : t('rich.insert'), run: apply }} close={close}>
      <div className="flex flex-wrap gap-3">
        <div className="w-28 space-y-1">
          {image ? (
            // eslint-disable-next-line @next/next/no-img-element -- our own media routes
            <img src={image.thumbnail} alt={t('picker.chosen', { id: image.id })} className="h-20 w-28 object-contain" />
          ) : null}
          <button type="button" onClick={() => setPicking(true)} className="rounded border border-neutral-400 bg-white px-2 py-1">
            {image ? t('picker.change') : t('picker.choose')}
          </button>
        </div>
        <div className="min-w-48 flex-1 space-y-2">
          <label className="block">
            {t('rich.alt')}
            <input value={alt} onChange={(e) => setAlt(e.target.value)} maxLength={IMAGE_TEXT_MAX_LENGTH.alt} className={inputClass} />
          </label>
          <label className="block">
            {t('rich.caption')}
            <input value={caption} onChange={(e) => setCaption(e.target.value)} maxLength={IMAGE_TEXT_MAX_LENGTH.caption} className={inputClass} />
          </label>
        </div>
      </div>
      <MediaPicker open={picking} onClose={() => setPicking(false)} onPick={pick} />
    </PanelFrame>
  );
}

function VideoPanel({ editor, close }: { editor: Editor; close: () => void }) {
  const t = useTranslations('Admin');
  const [link, setLink] = useState('');
  const [error, setError] = useState<string | null>(null);
  const apply = () => {
    const videoId = youtubeId(link);
    if (!videoId) return setError(t('errors.invalidVideo'));
    insertEmbed(editor, { type: YOUTUBE_VIDEO, attrs: { videoId } });
    close();
  };
  return (
    <PanelFrame label={t('rich.video')} error={error} apply={{ label: t('rich.insert'), run: apply }} close={close}>
      <label className="block">
        {t('rich.videoAddress')}
        <input value={link} onChange={(e) => setLink(e.target.value)} autoFocus placeholder="https://www.youtube.com/watch?v=…" className={inputClass} />
      </label>
    </PanelFrame>
  );
}
