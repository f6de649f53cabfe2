import { describe, expect, it } from 'vitest';
import { ProductNumbers } from './product-numbers';

describe('ProductNumbers', () => {
  it('numbers each (name, SKU, category) once, in order of first appearance', () => {
    const products = new ProductNumbers();
    let next = 0;
    const number = (name: string, sku: string, category: string) => products.numberOf(name, sku, category, () => ++next);
    expect(number('Serum', 'SK-1', 'Serums')).toBe(1);
    expect(number('Serum', 'SK-2', 'Serums')).toBe(2);
    expect(number('Serum', 'SK-1', 'Face')).toBe(3);
    expect(number('Balm', '', '')).toBe(4);
    // Equal texts in other string objects are the same product.
    expect(number(['Se', 'rum'].join(''), 'SK-1', 'Serums')).toBe(1);
    expect(number('Balm', '', '')).toBe(4);
    expect(next).toBe(4);
  });
});
