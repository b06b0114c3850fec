import { discs, fmt, type Box, type Point } from './kit';

/** A coarse world for the covers: land as printed dots on an orthographic globe or a flat map, and routes as arcs. */

type LonLat = readonly [number, number];

// Coastlines at a few degrees' accuracy: drawn as a dot grid, finer detail would not show.
const LAND: readonly (readonly LonLat[])[] = [
  // Africa
  [[-17, 21], [-16, 28], [-10, 30], [-6, 36], [10, 37], [11, 33], [20, 31], [25, 32], [32, 31], [34, 28], [38, 22], [43, 12], [51, 12], [51, 10], [45, 2], [40, -5], [40, -15], [35, -24], [33, -28], [27, -34], [20, -35], [18, -32], [12, -18], [13, -10], [9, -1], [9, 4], [5, 6], [-4, 5], [-8, 4], [-13, 8], [-17, 14]],
  // Eurasia
  [[-9, 43], [-9, 37], [-2, 37], [3, 43], [8, 44], [13, 41], [16, 38], [18, 40], [13, 45], [19, 42], [23, 37], [26, 40], [29, 41], [36, 36], [35, 33], [34, 31], [35, 28], [39, 21], [43, 13], [45, 13], [52, 16], [57, 18], [59, 22], [56, 26], [52, 24], [50, 26], [48, 30], [50, 30], [54, 27], [57, 25], [62, 25], [67, 24], [73, 20], [77, 8], [80, 13], [80, 16], [87, 22], [92, 22], [94, 17], [98, 16], [99, 8], [101, 3], [104, 1], [103, 10], [106, 10], [109, 12], [108, 21], [111, 21], [117, 23], [120, 30], [122, 31], [119, 35], [122, 37], [118, 39], [122, 40], [125, 40], [129, 35], [129, 42], [135, 44], [141, 52], [141, 59], [150, 59], [156, 51], [163, 60], [179, 65], [179, 70], [140, 72], [113, 74], [104, 77], [90, 75], [80, 73], [68, 68], [60, 69], [55, 68], [44, 68], [41, 67], [33, 69], [28, 71], [20, 70], [14, 67], [8, 63], [5, 58], [8, 58], [11, 59], [12, 56], [10, 54], [8, 54], [4, 52], [2, 51], [-2, 48], [-4, 48], [-1, 46], [-2, 43]],
  // Britain, Iceland, Madagascar, Japan
  [[-5, 50], [1, 51], [2, 53], [-1, 55], [-2, 57], [-5, 58], [-6, 56], [-3, 54], [-4, 53], [-5, 52]],
  [[-24, 64], [-22, 66], [-15, 66.5], [-13, 65], [-18, 63.4]],
  [[44, -25], [47, -25], [50, -16], [49, -12], [44, -16]],
  [[130, 31], [131, 34], [135, 35], [140, 36], [141, 41], [142, 44], [145, 44], [141, 45], [140, 42], [139, 38], [136, 36], [133, 35], [130, 33]],
  // Australia
  [[114, -22], [114, -34], [118, -35], [124, -34], [131, -31], [138, -35], [141, -38], [147, -39], [150, -37], [153, -31], [153, -25], [146, -19], [142, -11], [136, -12], [130, -12], [123, -17]],
  // South America
  [[-80, 9], [-77, 8], [-72, 12], [-62, 11], [-52, 5], [-50, 0], [-44, -2], [-35, -5], [-35, -9], [-39, -15], [-41, -22], [-48, -26], [-53, -34], [-58, -38], [-65, -41], [-65, -45], [-68, -50], [-69, -55], [-74, -52], [-73, -44], [-71, -30], [-70, -18], [-76, -14], [-81, -6], [-80, -2], [-77, 4]],
  // North America, Greenland
  [[-77, 8], [-83, 9], [-87, 13], [-92, 15], [-97, 16], [-105, 20], [-110, 23], [-112, 29], [-117, 32], [-124, 40], [-124, 48], [-130, 55], [-140, 60], [-150, 60], [-165, 62], [-165, 68], [-156, 71], [-140, 70], [-125, 70], [-95, 70], [-85, 67], [-80, 63], [-95, 58], [-90, 57], [-80, 55], [-77, 60], [-65, 60], [-60, 55], [-56, 52], [-66, 45], [-70, 42], [-76, 38], [-76, 35], [-81, 31], [-80, 25], [-82, 27], [-84, 30], [-90, 29], [-95, 29], [-97, 26], [-97, 21], [-91, 18], [-88, 21], [-87, 16], [-83, 15]],
  [[-45, 60], [-20, 70], [-20, 80], [-60, 82], [-70, 77], [-55, 68]],
];

// Inland seas cut out of Eurasia: the Caspian matters to nearly every story here.
const WATER: readonly (readonly LonLat[])[] = [
  [[47, 45], [50, 47], [53, 47], [54, 44], [52, 42], [53, 40], [54, 37], [51, 37], [49, 38], [49, 41], [47, 43]],
  [[28, 42], [28, 46], [31, 47], [35, 45], [38, 47], [40, 44], [41, 41], [36, 42], [31, 41]],
];

export const PLACES = {
  baku: [49.9, 40.4],
  astana: [71.4, 51.2],
  aktau: [51.2, 43.6],
  ankara: [32.9, 39.9],
  istanbul: [29, 41],
  tbilisi: [44.8, 41.7],
  moscow: [37.6, 55.8],
  brussels: [4.4, 50.8],
  samarkand: [66.9, 39.7],
  riyadh: [46.7, 24.7],
  vienna: [16.4, 48.2],
  beijing: [116.4, 39.9],
  belem: [-48.5, -1.5],
  brasilia: [-47.9, -15.8],
  washington: [-77, 38.9],
  caracas: [-66.9, 10.5],
  lisbon: [-9.1, 38.7],
  athens: [23.7, 38],
} as const satisfies Record<string, LonLat>;

function inside(point: LonLat, polygon: readonly LonLat[]): boolean {
  let within = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) within = !within;
  }
  return within;
}

function isLand(point: LonLat): boolean {
  return LAND.some((p) => inside(point, p)) && !WATER.some((p) => inside(point, p));
}

const grids = new Map<string, LonLat[]>();

/** Grid points over the land, `spacing` degrees apart on the ground (wider in longitude towards the poles). */
function landGrid(spacing: number, lonRange: readonly [number, number] = [-180, 180], latRange: readonly [number, number] = [-60, 82]): LonLat[] {
  // Testing thousands of points against the coastlines is the slow part of drawing a globe: once per grid is enough.
  const key = `${spacing}/${lonRange.join()}/${latRange.join()}`;
  const known = grids.get(key);
  if (known) return known;
  const out: LonLat[] = [];
  grids.set(key, out);
  for (let lat = latRange[0]; lat <= latRange[1]; lat += spacing) {
    const step = spacing / Math.max(0.2, Math.cos((lat * Math.PI) / 180));
    for (let lon = lonRange[0]; lon <= lonRange[1]; lon += step) if (isLand([lon, lat])) out.push([lon, lat]);
  }
  return out;
}

export interface Globe {
  cx: number;
  cy: number;
  r: number;
  /** The point of the Earth at the centre of the disc. */
  centre: LonLat;
}

const RAD = Math.PI / 180;

/** Orthographic projection; `depth` > 0 on the visible side. `lift` raises the point above the surface. */
export function project(g: Globe, [lon, lat]: LonLat, lift = 0): { x: number; y: number; depth: number } {
  const [l0, p0] = [g.centre[0] * RAD, g.centre[1] * RAD];
  const [l, p] = [lon * RAD, lat * RAD];
  const k = g.r * (1 + lift);
  return {
    x: g.cx + k * Math.cos(p) * Math.sin(l - l0),
    y: g.cy - k * (Math.cos(p0) * Math.sin(p) - Math.sin(p0) * Math.cos(p) * Math.cos(l - l0)),
    depth: Math.sin(p0) * Math.sin(p) + Math.cos(p0) * Math.cos(p) * Math.cos(l - l0),
  };
}

/** The land as dots (a path for `d`), smaller towards the rim so the sphere reads as round. */
export function globeDots(g: Globe, spacing: number, dot: number): string {
  const out: [number, number, number][] = [];
  for (const point of landGrid(spacing)) {
    const { x, y, depth } = project(g, point);
    if (depth > 0.05) out.push([x, y, dot * (0.45 + 0.55 * Math.sqrt(depth))]);
  }
  return discs(out);
}

/** Meridians and parallels on the visible hemisphere, as one path. */
export function graticule(g: Globe, step: number): string {
  let d = '';
  const trace = (points: LonLat[]) => {
    let pen = false;
    for (const point of points) {
      const { x, y, depth } = project(g, point);
      if (depth < 0) {
        pen = false;
        continue;
      }
      d += `${pen ? 'L' : 'M'}${fmt(x)} ${fmt(y)}`;
      pen = true;
    }
  };
  for (let lon = -180; lon < 180; lon += step) trace(Array.from({ length: 61 }, (_, i): LonLat => [lon, -90 + i * 3]));
  for (let lat = -90 + step; lat < 90; lat += step) trace(Array.from({ length: 121 }, (_, i): LonLat => [-180 + i * 3, lat]));
  return d;
}

/** A great-circle route raised above the surface in the middle, as flight paths are drawn. */
export function routeArc(g: Globe, from: LonLat, to: LonLat, height: number): { d: string; end: Point; start: Point } {
  const vector = ([lon, lat]: LonLat) => [Math.cos(lat * RAD) * Math.cos(lon * RAD), Math.cos(lat * RAD) * Math.sin(lon * RAD), Math.sin(lat * RAD)];
  const a = vector(from);
  const b = vector(to);
  const omega = Math.acos(Math.min(1, a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!));
  let d = '';
  let pen = false;
  const steps = 40;
  const points: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const s = Math.sin(omega) || 1;
    const [wa, wb] = [Math.sin((1 - t) * omega) / s, Math.sin(t * omega) / s];
    const v = a.map((ai, k) => ai * wa + b[k]! * wb);
    const lonLat: LonLat = [Math.atan2(v[1]!, v[0]!) / RAD, Math.asin(Math.max(-1, Math.min(1, v[2]!))) / RAD];
    const lift = height * Math.sin(Math.PI * t);
    const p = project(g, lonLat, lift);
    const outside = Math.hypot(p.x - g.cx, p.y - g.cy) > g.r;
    points.push([p.x, p.y]);
    if (p.depth < 0 && !outside) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${fmt(p.x)} ${fmt(p.y)}`;
    pen = true;
  }
  return { d, start: points[0]!, end: points[points.length - 1]! };
}

/** The land of a region on a flat (equirectangular) map filling the box, as a path for `d`. */
export function flatDots(box: Box, lon: readonly [number, number], lat: readonly [number, number], spacing: number, dot: number): string {
  return discs(
    landGrid(spacing, lon, lat).map(([x, y]) => [
      box.x + ((x - lon[0]) / (lon[1] - lon[0])) * box.w,
      box.y + ((lat[1] - y) / (lat[1] - lat[0])) * box.h,
      dot,
    ]),
  );
}

export function flatPoint(box: Box, lon: readonly [number, number], lat: readonly [number, number], place: LonLat): Point {
  return [box.x + ((place[0] - lon[0]) / (lon[1] - lon[0])) * box.w, box.y + ((lat[1] - place[1]) / (lat[1] - lat[0])) * box.h];
}
