import { describe, expect, it } from '@jest/globals';
import { Geo, haversineKm } from './geo';
import { testGeo } from './testing/arbitraries';
import { ESPOO, HELSINKI, TAMPERE } from './testing/examples';

describe('Geo', () => {
  it('measures great-circle distances between centroids', () => {
    // Helsinki–Tampere is about 160 km as the crow flies.
    expect(testGeo.km(HELSINKI, TAMPERE)).toBeGreaterThan(150);
    expect(testGeo.km(HELSINKI, TAMPERE)).toBeLessThan(170);
    expect(testGeo.km(HELSINKI, ESPOO)).toBeLessThan(20);
    expect(haversineKm(0, 0, 0, 1)).toBeCloseTo((6371 * Math.PI) / 180, 6);
  });

  it('is 0 within a municipality and symmetric', () => {
    for (let a = 0; a < testGeo.size; a++) {
      expect(testGeo.km(a, a)).toBe(0);
      for (let b = 0; b < testGeo.size; b++) expect(testGeo.km(a, b)).toBe(testGeo.km(b, a));
    }
  });

  it('rejects mismatched inputs and unknown ordinals', () => {
    expect(() => new Geo([60], [24, 25])).toThrow(RangeError);
    expect(() => testGeo.km(0, testGeo.size)).toThrow(RangeError);
  });
});
