import { z } from 'zod';
import { IdSchema, LonLatSchema, TitleSchema } from './common.ts';

/** Administrative levels, from the largest to the smallest. */
export const DISTRICT_LEVELS = ['province', 'city', 'county', 'district', 'street', 'town', 'village', 'community'] as const;

/** `content/districts/<id>.json`: a place (city, county, district, town, village, community). */
export const DistrictSchema = z.object({
  /** Official name, e.g. "平湖市". */
  name: TitleSchema,
  /** Administrative level. */
  level: z.enum(DISTRICT_LEVELS),
  /** Id of the place this one belongs to; it must exist and the chain must not loop. */
  parent: IdSchema.optional(),
  /** Residents. */
  population: z.number().int().nonnegative().optional(),
  /** Area in square kilometres. */
  areaKm2: z.number().nonnegative().optional(),
  /** `[lon, lat]` in WGS84 degrees, used for dot maps. */
  centroid: LonLatSchema.optional(),
  /** A file in `content/geo/` holding a GeoJSON Feature or FeatureCollection of this place. */
  geometry: z.string().trim().min(1).optional(),
});
export type District = z.output<typeof DistrictSchema>;
export type DistrictLevel = District['level'];
