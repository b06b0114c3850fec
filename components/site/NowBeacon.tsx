import { NOW_SCRIPT } from '@/lib/now/script';

/** The reader pages' one script of our own (lib/now/script.ts), in the locale layout. */
export function NowBeacon() {
  // Our own constant, never editor content.
  return <script dangerouslySetInnerHTML={{ __html: NOW_SCRIPT }} />;
}
