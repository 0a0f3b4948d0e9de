import { Suspense, useEffect, useRef, type ReactNode } from 'react';

/**
 * Progressive hydration of a long server-rendered list: each part wrapped in `<HydrateInTurn>` is hydrated in a task
 * of its own, in page order, instead of all of them in the island's first task. On a phone the finder's full list
 * took one long task to hydrate — the page's total blocking time in Lighthouse — and now takes one short task per
 * municipality.
 *
 * How: in the browser (Preact) a part throws a promise the first time it renders; Preact keeps a part that suspends
 * while hydrating exactly as the server wrote it, on screen, and resumes hydrating it when the promise resolves.
 * On the server (React) the parts are plain HTML: nothing waits.
 *
 * While parts are waiting, the island must not render them with other props: hydration adopts the server's elements
 * without rewriting their attributes. Hence `allPartsHydrated()`: the finder applies the visitor's filters (and marks
 * itself hydrated) only after it.
 */

const hydrated = new Set<string>();
const turns = new Map<string, Promise<void>>();
let lastTurn: Promise<void> = Promise.resolve();

/** A macrotask: the browser may paint and handle input between two parts. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function turnOf(id: string): Promise<void> {
  let turn = turns.get(id);
  if (!turn) {
    turn = lastTurn.then(nextTask).then(() => void hydrated.add(id));
    turns.set(id, turn);
    lastTurn = turn;
  }
  return turn;
}

interface PartProps {
  /** Unique on the page. */
  id: string;
  /** Called once the part runs (hydrated, or drawn anew later). */
  onHydrated?: (() => void) | undefined;
  children: ReactNode;
}

function Part({ id, onHydrated, children }: PartProps) {
  // Once per part, whatever the callback's identity between renders.
  const hydratedCallback = useRef(onHydrated);
  useEffect(() => hydratedCallback.current?.(), []);
  if (!hydrated.has(id)) throw turnOf(id);
  return children;
}

/** One part of the list, hydrated after the parts rendered before it. */
export function HydrateInTurn({ id, onHydrated, children }: PartProps) {
  // The server writes the part as it is: a Suspense boundary there would let React's stream send it out of order,
  // behind a script. The boundary renders no element, so the browser's tree still matches the server's HTML.
  if (typeof window === 'undefined') return children;
  return (
    <Suspense fallback={null}>
      <Part id={id} onHydrated={onHydrated}>
        {children}
      </Part>
    </Suspense>
  );
}

/** Resolves once every part rendered so far is hydrated: a task after the last one's turn, when Preact has drawn it. */
export const allPartsHydrated = (): Promise<void> => lastTurn.then(nextTask);
