/** pa11y ships no types; the audit uses its one function (tests/helpers/pa11y-audit.ts). */
declare module 'pa11y' {
  function pa11y(url: string, options?: Record<string, unknown>): Promise<unknown>;
  export default pa11y;
}
