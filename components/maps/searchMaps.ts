import type { MapSummary } from './types';

/** Lower-cased and without accents, so "cafe" finds "Café". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** Maps whose name contains every word of the query, in their original order. */
export function searchMaps(maps: readonly MapSummary[], query: string): MapSummary[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...maps];
  return maps.filter((map) => {
    const name = fold(map.name);
    return words.every((word) => name.includes(word));
  });
}
