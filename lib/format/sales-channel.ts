/**
 * How a sales channel (Shopify's `Source` column) reads in filters. Shopify writes a few
 * names of its own and, for orders placed through an app or channel, the app's numeric id;
 * neither means much to a person, so the known names are spelled out and ids are marked
 * as apps. The raw value stays what filters send.
 */
const KNOWN_CHANNELS: Record<string, string> = {
  web: 'Online store',
  pos: 'Point of sale',
  shopify_draft_order: 'Draft order',
  iphone: 'iPhone app',
  android: 'Android app',
};

export function salesChannelLabel(source: string): string {
  const value = source.trim();
  const known = KNOWN_CHANNELS[value.toLowerCase()];
  if (known) return known;
  if (/^\d+$/.test(value)) return `App ${value}`;
  return value;
}
