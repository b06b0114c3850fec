import localFont from 'next/font/local';

/*
 * Inter (text) and Source Serif 4 (headlines, article bodies), variable in weight, self-hosted from the
 * @fontsource-variable packages (licences and the one derived file: README.md beside them). Each script is a file of
 * its own, declared with its unicode-range, so a page downloads only what its text uses: Latin always, Cyrillic in
 * Russian. Azerbaijani's letters beyond Latin-1 (ə Ə ğ Ğ İ ş Ş; ı is in Latin) have a 4 KB Inter file of their own:
 * every page names "Azərbaycanca" in its language switcher, and Inter's whole Latin Extended file is 85 KB; that
 * one is left for rarer letters. The ranges do not overlap, and Latin Extended leaves out the currency signs its file
 * also has (the ticker's ₽ and ₺ would fetch it on every page: they come from the system font).
 *
 * Only the Latin files carry the size-adjusted fallback (Arial / Times New Roman with the font's metrics): they come
 * last in each stack (app/theme.css), so a character waits for its own script's file in the fallback, not in another
 * script's face. Preloaded: Inter's Latin and Azerbaijani files, which every page uses.
 * next/font needs literal options, hence the repetition.
 */

export const interLatin = localFont({
  src: './inter-latin-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'swap',
  variable: '--font-inter-latin',
  adjustFontFallback: 'Arial',
  preload: true,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD',
    },
  ],
});

export const interAzerbaijani = localFont({
  src: './inter-azerbaijani-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'swap',
  variable: '--font-inter-azerbaijani',
  adjustFontFallback: false,
  preload: true,
  declarations: [{ prop: 'unicode-range', value: 'U+011E-011F, U+0130, U+015E-015F, U+018F, U+0259' }],
});

export const interLatinExt = localFont({
  src: './inter-latin-ext-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'swap',
  variable: '--font-inter-latin-ext',
  adjustFontFallback: false,
  preload: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0100-011D, U+0120-012F, U+0132-0151, U+0154-015D, U+0160-018E, U+0190-0258, U+025A-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+1E00-1E9F, U+1EF2-1EFF, U+2C60-2C7F, U+A720-A7FF',
    },
  ],
});

export const interCyrillic = localFont({
  src: './inter-cyrillic-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'swap',
  variable: '--font-inter-cyrillic',
  adjustFontFallback: false,
  preload: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116' }],
});

export const serifLatin = localFont({
  src: './source-serif-4-latin-wght-normal.woff2',
  weight: '200 900',
  style: 'normal',
  display: 'swap',
  variable: '--font-serif-latin',
  adjustFontFallback: 'Times New Roman',
  preload: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD',
    },
  ],
});

export const serifLatinExt = localFont({
  src: './source-serif-4-latin-ext-wght-normal.woff2',
  weight: '200 900',
  style: 'normal',
  display: 'swap',
  variable: '--font-serif-latin-ext',
  adjustFontFallback: false,
  preload: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0100-0130, U+0132-0151, U+0154-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+1E00-1E9F, U+1EF2-1EFF, U+2C60-2C7F, U+A720-A7FF',
    },
  ],
});

export const serifCyrillic = localFont({
  src: './source-serif-4-cyrillic-wght-normal.woff2',
  weight: '200 900',
  style: 'normal',
  display: 'swap',
  variable: '--font-serif-cyrillic',
  adjustFontFallback: false,
  preload: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116' }],
});

/** The classes that define the font variables app/theme.css builds --font-sans and --font-serif from. */
export const fontVariables = [interLatin, interAzerbaijani, interLatinExt, interCyrillic, serifLatin, serifLatinExt, serifCyrillic]
  .map((font) => font.variable)
  .join(' ');
