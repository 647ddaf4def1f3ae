import { useView } from '../state/store.ts';
import { STRINGS, type Strings } from './strings.ts';

/** The UI strings in the view's language. */
export function useStrings(): Strings {
  return STRINGS[useView((state) => state.lang)];
}
