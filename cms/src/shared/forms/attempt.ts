import { useEffect, useRef, useSyncExternalStore, type RefObject } from 'react';
import { tr, type Strings } from './text';

/** Hydration never changes back: nothing to subscribe to. */
const noSubscription = () => () => undefined;

/** True once React has taken over the server-rendered form (tests wait for it; nothing visible changes). */
export const useHydrated = (): boolean =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

/**
 * After each attempt to submit (GOV.UK): "Ошибка:" / "Хата:" before the page title while errors show, and focus on
 * the error summary — or, when there are none, on `success` (the estimate's result), if given.
 */
export function useAttemptFocus(attempt: number, errors: number, strings: Strings, summary: RefObject<HTMLElement | null>, success?: RefObject<HTMLElement | null>): void {
  const title = useRef<string>('');
  useEffect(() => {
    if (attempt === 0) return;
    // The site's pages load without errors (the CMS's pages with errors have no script), so this is the plain title.
    title.current ||= document.title;
    document.title = errors ? `${tr(strings, 'form.errorPrefix')} ${title.current}` : title.current;
    (errors ? summary : success)?.current?.focus();
  }, [attempt, errors, strings, summary, success]);
}
