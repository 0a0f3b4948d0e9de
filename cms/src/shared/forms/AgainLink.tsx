/**
 * "Send another" on a receipt: a link to the empty form, which works without JavaScript; with it, the form comes
 * back in place (the receipt's `reset`), without a page load.
 */
export function AgainLink({ href, reset, children }: { href: string; reset?: (() => void) | undefined; children: string }) {
  return (
    <a
      href={href}
      onClick={(event) => {
        if (!reset) return;
        event.preventDefault();
        reset();
      }}
    >
      {children}
    </a>
  );
}
