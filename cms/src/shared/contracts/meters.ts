/**
 * The kinds of meter a household has, by the time-of-day zones it counts — once, for every form and module that
 * names them (readings, the estimate, the tariff variant, the tariffs page). Without zod: the estimate's island
 * imports it and stays small.
 */
export const METER_ZONES = ['single', 'day-night', 'three-zone'] as const;
export type MeterZones = (typeof METER_ZONES)[number];
