import { messageIn, reasonIn } from '../../../shared/bilingual.js';

export { messageIn, reasonIn };

/** The languages the dashboard speaks: every word it shows exists in both. */
export type Language = 'zh' | 'en';
