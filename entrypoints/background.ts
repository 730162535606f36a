import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../app/background/wiring';
import { DB_NAME, openDb } from '../utils/notes/db';
import { detectLanguage, detectSegments } from '../utils/text/franc-detect';

export default defineBackground(() => {
  const db = openDb(DB_NAME, {
    onVersionChange: () => console.warn('[DiploLens] database upgraded elsewhere; this worker must restart.'),
    onBlocked: () => console.warn('[DiploLens] database upgrade blocked: reload other DiploLens pages.'),
  });
  startBackground({ db, detectLanguage, detectSegments });
});
