import type { ReactNode } from 'react';

// The <html> element belongs to the locale layout (its `lang` differs per language) and to the admin's own layout, and
// so does the stylesheet: readers get reader.css, staff admin.css.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
