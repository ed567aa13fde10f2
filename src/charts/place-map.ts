/**
 * Where the projects are: each place drawn from its boundary (GeoJSON) and shaded by its
 * number of projects, or, when only its centre is known, as a dot whose area grows with
 * that number. Every place is labelled with its name and count, so neither shade nor
 * size has to be read exactly.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { max } from 'd3-array';
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { scaleQuantize, scaleSqrt } from 'd3-scale';
import { cell, chartModel, DEFAULT_WIDTH, FONT_SIZE, label, localeTools, noData, responsive } from './common.ts';
import { INK, MUTED, SERIES } from './palette.ts';
import type { ChartModel, ChartOptions, DataTable, Mark } from './types.ts';

export interface MapPlace {
  id: string;
  /** The place's name as shown. */
  label: string;
  /** Projects in the place, including those of the places below it. */
  count: number;
  /** `[longitude, latitude]` in WGS84 degrees: drawn as a dot when there is no boundary. */
  centroid?: readonly [number, number];
  /** The place's boundary, as its `geometry` file in `content/geo/` holds it. */
  boundary?: Feature | FeatureCollection;
}

export interface PlaceMapOptions extends ChartOptions {
  /** Height of the drawing; as tall as it is wide when absent. */
  height?: number;
}

/** Light to dark blue; the darkest still carries labels thanks to their halo. */
const SHADES = ['#e3eef9', '#b5d3ee', '#79afdb', '#3a83c0', '#0b57a4'];
const DOT_FILL = SERIES[1];
const MAX_RADIUS = 22;
/** Room at the edges for the largest dot and the label centred under it. */
const PAD = { top: MAX_RADIUS + 6, side: 56, bottom: MAX_RADIUS + FONT_SIZE + 12 };

/** Twice the signed area of a ring in the lon/lat plane (shoelace formula): positive when anticlockwise. */
function signedArea(ring: readonly Position[]): number {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) area += ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
  return area;
}

function windRings(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => {
    // d3-geo reads rings on the sphere: an outer ring must run clockwise, a hole
    // anticlockwise, the reverse of GeoJSON's RFC 7946 order. Unwound, a place would
    // come out as the whole world minus the place.
    const clockwise = signedArea(ring) < 0;
    return (i === 0) === clockwise ? ring : [...ring].reverse();
  });
}

function forD3(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Polygon':
      return { ...geometry, coordinates: windRings(geometry.coordinates) };
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map(windRings) };
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map(forD3) };
    default:
      return geometry;
  }
}

function features(boundary: Feature | FeatureCollection): Feature[] {
  const list = boundary.type === 'FeatureCollection' ? boundary.features : [boundary];
  return list.filter((f) => f.geometry).map((f) => ({ ...f, geometry: forD3(f.geometry) }));
}

/** A Mercator projection fitting every boundary and centre; a lone centre is simply put in the middle. */
function projection(shapes: Feature[], centres: (readonly [number, number])[], width: number, height: number): GeoProjection {
  const distinct = new Set(centres.map((c) => c.join()));
  if (shapes.length === 0 && distinct.size === 1) {
    return geoMercator().center([centres[0]![0], centres[0]![1]]).translate([width / 2, height / 2]);
  }
  const points: Feature[] = centres.map((c) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [c[0], c[1]] } }));
  return geoMercator().fitExtent([[PAD.side, PAD.top], [width - PAD.side, height - PAD.bottom]], { type: 'FeatureCollection', features: [...shapes, ...points] });
}

function drawPlaceMap(places: readonly MapPlace[], options: PlaceMapOptions): ChartModel {
  const { t, fmt } = localeTools(options.locale);
  const title = t('chart.map.title');
  const table: DataTable = {
    caption: title,
    columns: [
      { key: 'place', label: t('chart.map.place') },
      { key: 'count', label: t('chart.column.count'), numeric: true },
    ],
    rows: places.map((p) => ({ place: cell(p.label), count: cell(p.count, fmt.number(p.count)) })),
  };
  const areas = places.filter((p) => p.boundary !== undefined).map((p) => ({ place: p, shapes: features(p.boundary!) })).filter((a) => a.shapes.length > 0);
  const dots = places.filter((p) => !areas.some((a) => a.place === p) && p.centroid !== undefined);
  if (areas.length === 0 && dots.length === 0) return noData('place-map', options, title, places.length > 0 ? table : undefined);

  const width = options.width ?? DEFAULT_WIDTH;
  const height = options.height ?? width;
  const notes = [...(areas.length > 0 ? [t('chart.map.shadeNote')] : []), ...(dots.length > 0 ? [t('chart.map.dotNote')] : [])];
  const mapHeight = height - notes.length * (FONT_SIZE + 6);
  const project = projection(areas.flatMap((a) => a.shapes), dots.map((d) => d.centroid!), width, mapHeight);
  const path = geoPath(project).digits(2);
  const most = max(places, (p) => p.count) ?? 0;
  const shade = scaleQuantize<string>().domain([0, Math.max(1, most)]).range(SHADES);
  const radius = scaleSqrt().domain([0, Math.max(1, most)]).range([0, MAX_RADIUS]);
  const name = (p: MapPlace) => t('chart.map.item', { label: p.label, count: fmt.number(p.count) });

  const marks: Mark[] = [];
  for (const { place, shapes } of areas) {
    for (const shape of shapes) {
      marks.push({ type: 'path', d: path(shape) ?? '', fill: shade(place.count), stroke: INK, strokeWidth: 1, class: 'chart-area chart-mark chart-fill', tip: name(place) });
    }
  }
  for (const { place, shapes } of areas) {
    const [cx, cy] = path.centroid({ type: 'FeatureCollection', features: shapes });
    marks.push(label(cx, cy + FONT_SIZE / 3, name(place), 'middle', { halo: true, class: 'chart-text chart-label' }));
  }
  // Largest dots first, so that a small one is never hidden under a large one.
  const placed = dots
    .map((place) => {
      const [cx, cy] = project([place.centroid![0], place.centroid![1]])!;
      return { place, cx, cy, r: place.count > 0 ? Math.max(4, radius(place.count)) : 3 };
    })
    .sort((a, b) => b.r - a.r);
  for (const dot of placed) {
    marks.push({ type: 'circle', cx: dot.cx, cy: dot.cy, r: dot.r, fill: DOT_FILL, stroke: INK, strokeWidth: 1, class: 'chart-dot chart-mark chart-fill', tip: name(dot.place) });
  }
  // Under its dot, else above, right or left of it; a label with no free place is left
  // to the table. The places with the most projects are labelled first.
  for (const dot of placed) {
    const beside = dot.cy + FONT_SIZE / 3;
    marks.push(
      label(dot.cx, dot.cy + dot.r + FONT_SIZE + 1, name(dot.place), 'middle', {
        halo: true,
        class: 'chart-text chart-label',
        priority: dot.place.count,
        alternatives: [
          { x: dot.cx, y: dot.cy - dot.r - 5, anchor: 'middle' },
          { x: dot.cx + dot.r + 4, y: beside, anchor: 'start' },
          { x: dot.cx - dot.r - 4, y: beside, anchor: 'end' },
        ],
      }),
    );
  }
  notes.forEach((note, i) => marks.push(label(0, mapHeight + (i + 1) * (FONT_SIZE + 6) - 4, note, 'start', { fill: MUTED, class: 'chart-text chart-note' })));

  const drawn = [...areas.map((a) => a.place), ...dots];
  const ranked = [...drawn].sort((a, b) => b.count - a.count).slice(0, 3);
  return chartModel(options, {
    kind: 'place-map',
    width,
    height,
    title,
    description: t('chart.map.description', {
      count: fmt.number(drawn.length),
      total: fmt.number(drawn.reduce((s, p) => s + p.count, 0)),
      list: ranked.map(name).join(t('list.comma')),
    }),
    marks,
    table,
  });
}

export const placeMap = responsive(drawPlaceMap);
