import OpeningHours from 'opening_hours';

/**
 * Office and contact-centre hours are stored in the OpenStreetMap `opening_hours` syntax
 * ("Mo-Fr 08:00-17:00; Mo-Fr 12:00-13:00 off; PH off") and read with the `opening_hours` library — the format's
 * reference implementation, which also knows Russian public holidays — never with a hand-written parser.
 * One definition, used by the CMS when an editor saves and by the site when it builds.
 */

/** Where the rules apply: public holidays (PH) are Russia's, with Tatarstan's own days. */
export const TATARSTAN = { lat: 55.79, lon: 49.12, address: { country_code: 'ru', state: 'Республика Татарстан' } };

/**
 * Parses and insists on the canonical form: the library also accepts loose input ("понедельник 8-17") with
 * warnings, but what we store must read the same in every tool that consumes it (maps, JSON-LD).
 */
export function parseOpeningHours(value: string): OpeningHours {
  let hours: OpeningHours;
  try {
    hours = new OpeningHours(value, TATARSTAN);
  } catch (error) {
    throw new Error(`Invalid opening_hours "${value}": ${String(error).split('\n')[0]}`, { cause: error });
  }
  const [warning] = hours.getWarnings();
  if (warning) throw new Error(`Invalid opening_hours "${value}": ${warning}`);
  return hours;
}
