/**
 * Encodes a nested object as Strapi's REST query string (qs "brackets" style):
 * { populate: { sections: { populate: { clauses: true } } } } → populate[sections][populate][clauses]=true
 */
export type QueryValue = string | number | boolean | QueryValue[] | { [key: string]: QueryValue };

export function toStrapiQuery(params: Record<string, QueryValue>): string {
  const pairs: string[] = [];
  const walk = (prefix: string, value: QueryValue) => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(`${prefix}[${index}]`, item));
    else if (typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(`${prefix}[${key}]`, inner);
    else pairs.push(`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`);
  };
  for (const [key, value] of Object.entries(params)) walk(key, value);
  // Brackets stay readable in logs; Strapi accepts them encoded or not.
  return pairs.join('&').replace(/%5B/g, '[').replace(/%5D/g, ']');
}
