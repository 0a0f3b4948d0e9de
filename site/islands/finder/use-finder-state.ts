import { useCallback, useEffect, useRef, useState } from 'react';
import { EMPTY_STATE, paramsFromState, stateFromParams, type FinderState } from '../../lib/office-finder.ts';

/**
 * The filters live in the URL: every change is a history entry, so a filtered list can be shared and Back undoes
 * the last change; a reload restores it. Typing in the search box replaces its own entry instead of adding one
 * per letter. Until the island has mounted the state is empty — exactly what the HTML built without JavaScript
 * shows — and then it is read from the address.
 */
export function useFinderState(towns: readonly string[]) {
  const [state, setState] = useState<FinderState>(EMPTY_STATE);
  const [ready, setReady] = useState(false);
  const current = useRef(state);
  const lastWasTyping = useRef(false);

  useEffect(() => {
    const read = () => {
      // The visitor's own position is not in the URL: after Back or a reload the list is sorted as the URL says.
      current.current = stateFromParams(new URLSearchParams(location.search), towns);
      lastWasTyping.current = false;
      setState(current.current);
    };
    read();
    setReady(true);
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, [towns]);

  const update = useCallback((patch: Partial<FinderState>, { typing = false } = {}) => {
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

  return { state, update, ready };
}
