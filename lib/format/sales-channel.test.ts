import { describe, expect, it } from 'vitest';
import { salesChannelLabel } from './sales-channel';

describe('salesChannelLabel', () => {
  it("spells out Shopify's own channel names", () => {
    expect(salesChannelLabel('web')).toBe('Online store');
    expect(salesChannelLabel('pos')).toBe('Point of sale');
    expect(salesChannelLabel('shopify_draft_order')).toBe('Draft order');
    expect(salesChannelLabel(' Web ')).toBe('Online store');
  });

  it('marks a numeric app id as an app', () => {
    expect(salesChannelLabel('580111')).toBe('App 580111');
  });

  it('keeps any other name as it is', () => {
    expect(salesChannelLabel('Instagram')).toBe('Instagram');
    expect(salesChannelLabel('wholesale-portal')).toBe('wholesale-portal');
  });
});
