import type { ReactNode } from 'react';
import './globals.css';

// The <html> element belongs to the locale layout (its `lang` differs per language) and to the admin's own layout.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
