import { readFileSync } from 'node:fs';

/** The local web chat page: plain HTML and script, no build step. */
export const LOCAL_PAGE = readFileSync(new URL('./page.html', import.meta.url), 'utf8');
