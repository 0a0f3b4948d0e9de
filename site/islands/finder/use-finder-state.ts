import { useCallback, useEffect, useRef, useState } from 'react';
import { EMPTY_STATE, paramsFromState, stateFromParams, type FinderState } from '../../lib/office-finder.ts';

/**
 * The filters live in the URL: every change is a history entry, so a filtered list can be shared and Back undoes
 * the last change; a reload restores it. Typing in the search box replaces its own entry instead of adding one
 * per letter. Until the island has mounted the state is empty — exactly what the HTML built without JavaScript
 * shows — and then it is read from the address.
 *
 * `listHydrated` resolves when the server-rendered list has been hydrated (it hydrates part by part, see
 * hydrate-in-turn.tsx): no change reaches the list before, so none is hydrated against other markup. Until then
 * a change waits (a fraction of a second at most), and `ready` — data-hydrated on the form — stays false.
 */
export function useFinderState(towns: readonly string[], listHydrated: () => Promise<void>) {
  const [state, setState] = useState<FinderState>(EMPTY_STATE);
  const [ready, setReady] = useState(false);
  const current = useRef(state);
  const lastWasTyping = useRef(false);
  const hydrated = useRef(false);

  useEffect(() => {
    let mounted = true;
    const read = () => {
      // The visitor's own position is not in the URL: after Back or a reload the list is sorted as the URL says.
      const next = stateFromParams(new URLSearchParams(location.search), towns);
      lastWasTyping.current = false;
      // The same filters are the same state: on a plain visit the hydrated list is not drawn again.
      if (JSON.stringify(next) === JSON.stringify(current.current)) return;
      current.current = next;
      setState(next);
    };
    void listHydrated().then(() => {
      if (!mounted) return;
      hydrated.current = true;
      read();
      setReady(true);
      window.addEventListener('popstate', read);
    });
    return () => {
      mounted = false;
      window.removeEventListener('popstate', read);
    };
  }, [towns, listHydrated]);

  const apply = useCallback((patch: Partial<FinderState>, typing: boolean) => {
    const next = { ...current.current, ...patch };
    current.current = next;
    const query = paramsFromState(next).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (typing && lastWasTyping.current) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    lastWasTyping.current = typing;
    setState(next);
  }, []);

  const update = useCallback(
    (patch: Partial<FinderState>, { typing = false } = {}) => {
      if (hydrated.current) apply(patch, typing);
      else void listHydrated().then(() => apply(patch, typing));
    },
    [apply, listHydrated],
  );

  return { state, update, ready };
}
