/** The UI language from `?lang=en` (anything else: Chinese). */
export const initialLang = (search: string): 'zh' | 'en' =>
  new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'zh';
