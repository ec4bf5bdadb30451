/** One media range of an `Accept` header with its quality. */
interface MediaRange {
  type: string;
  q: number;
  order: number;
}

function parseAccept(header: string): MediaRange[] {
  return header
    .split(',')
    .map((part, order) => {
      const [type = '', ...params] = part.trim().split(';');
      let q = 1;
      for (const p of params) {
        const [k, v] = p.trim().split('=');
        if (k === 'q' && v !== undefined) q = Number.parseFloat(v) || 0;
      }
      return { type: type.trim().toLowerCase(), q, order };
    })
    .filter((r) => r.type !== '' && r.q > 0)
    .sort((a, b) => b.q - a.q || specificity(b.type) - specificity(a.type) || a.order - b.order);
}

function specificity(type: string): number {
  if (type === '*/*') return 0;
  return type.endsWith('/*') ? 1 : 2;
}

/**
 * Pick the offer (a media type, first = default) that best fits an `Accept`
 * header (RFC 9110 §12.5.1: quality, then specificity). A missing or empty
 * header gets the default; `undefined` means nothing offered is acceptable (406).
 *
 * @example negotiate('text/csv;q=0.5, application/sparql-results+xml', ['application/sparql-results+json', 'application/sparql-results+xml', 'text/csv'])
 *   // 'application/sparql-results+xml'
 */
export function negotiate(accept: string | undefined, offers: readonly string[]): string | undefined {
  if (accept === undefined || accept.trim() === '') return offers[0];
  for (const range of parseAccept(accept)) {
    if (range.type === '*/*') return offers[0];
    if (range.type.endsWith('/*')) {
      const major = range.type.slice(0, -1);
      const hit = offers.find((o) => o.startsWith(major));
      if (hit) return hit;
      continue;
    }
    const hit = offers.find((o) => o === range.type);
    if (hit) return hit;
  }
  return undefined;
}
