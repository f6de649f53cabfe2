import { describe, expect, it } from 'vitest';
import { comparisonSearch, createCompareStore, EMPTY_FILTERS, hasFilters } from './compare-store';

describe('the compare store', () => {
  it('starts in the given mode with the linked store', () => {
    const store = createCompareStore({ mapId: 'm', storeId: 's', mode: 'both' });
    expect(store.getState()).toMatchObject({ mapId: 'm', storeId: 's', mode: 'both', status: 'idle', comparison: null });
  });

  it('clears figures, filters and the open list when the store changes', () => {
    const store = createCompareStore({ mapId: 'm', storeId: 's' });
    const { actions } = store.getState();
    actions.setFilter('source', 'web');
    actions.openList({ figure: 'milestone:a:onTime', title: 'On time', count: 3 });
    actions.setStoreId('s');
    expect(store.getState().filters.source).toBe('web');
    actions.setStoreId('t');
    expect(store.getState()).toMatchObject({ storeId: 't', filters: EMPTY_FILTERS, list: null, comparison: null });
  });

  it('keeps the filters object when a filter is set to its current value', () => {
    const store = createCompareStore({ mapId: 'm' });
    const before = store.getState().filters;
    store.getState().actions.setFilter('country', '');
    expect(store.getState().filters).toBe(before);
  });
});

describe('comparisonSearch', () => {
  it('leaves out empty filters and adds the store and extras', () => {
    expect(comparisonSearch('s1', EMPTY_FILTERS)).toBe('storeId=s1');
    expect(comparisonSearch(null, { ...EMPTY_FILTERS, source: ' web ', discount: 'none', from: '2025-01-01' }, { offset: 25 })).toBe(
      'from=2025-01-01&source=web&discount=none&offset=25',
    );
    expect(comparisonSearch('s', { ...EMPTY_FILTERS, firstProduct: 'Tea & Mug' })).toBe('storeId=s&firstProduct=Tea+%26+Mug');
  });
  it('knows when any filter is set', () => {
    expect(hasFilters(EMPTY_FILTERS)).toBe(false);
    expect(hasFilters({ ...EMPTY_FILTERS, country: 'DE' })).toBe(true);
  });
});
