const EARTH_RADIUS_KM = 6371;
const DEG = Math.PI / 180;

/** Characteristic distance of the location score: 100 at 0 km, about 37 at 25 km, about 5 at 75 km. */
export const PROXIMITY_SCALE_KM = 25;

/** Great-circle distance in km between two points given in degrees (haversine). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * DEG;
  const dLon = (lon2 - lon1) * DEG;
  const s = Math.sin(dLat / 2);
  const t = Math.sin(dLon / 2);
  const h = s * s + Math.cos(lat1 * DEG) * Math.cos(lat2 * DEG) * t * t;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Location score 0..1 of a distance, before the remote-work floor. */
export function proximityOf(km: number): number {
  return Math.exp(-km / PROXIMITY_SCALE_KM);
}

/**
 * Distances between municipality centroids, indexed by municipality ordinal. Both matrices are computed once
 * (N ≈ 310: 0.4 MB + 0.8 MB) so that scoring a pair is two array reads, never a trigonometric call.
 */
export class Geo {
  readonly size: number;
  /** N×N great-circle km, row-major; the diagonal (same municipality) is 0. */
  readonly dist: Float32Array;
  /** N×N proximityOf(dist), from the Float32 distance so that it agrees with km(). */
  readonly proximity: Float64Array;

  constructor(lat: Float64Array | readonly number[], lon: Float64Array | readonly number[]) {
    if (lat.length !== lon.length) throw new RangeError('lat and lon differ in length');
    const n = lat.length;
    if (n > 65536) throw new RangeError(`too many municipalities: ${n}`);
    this.size = n;
    this.dist = new Float32Array(n * n);
    this.proximity = new Float64Array(n * n);
    for (let a = 0; a < n; a++) {
      this.proximity[a * n + a] = 1;
      for (let b = a + 1; b < n; b++) {
        const km = Math.fround(haversineKm(lat[a], lon[a], lat[b], lon[b]));
        const near = proximityOf(km);
        this.dist[a * n + b] = km;
        this.dist[b * n + a] = km;
        this.proximity[a * n + b] = near;
        this.proximity[b * n + a] = near;
      }
    }
  }

  /** Distance in km between two municipality ordinals (0 for the same one). */
  km(a: number, b: number): number {
    if (a >= this.size || b >= this.size) throw new RangeError(`unknown municipality ordinal: ${Math.max(a, b)}`);
    return this.dist[a * this.size + b];
  }
}
