/**
 * Links an office page offers: a route in the three map services people in Tatarstan use, each opened with the
 * office as the destination and the visitor's own position (or an empty start) as the origin, and tel: links.
 */
export interface Place {
  latitude: number;
  longitude: number;
}

const coordinate = (value: number) => value.toFixed(5).replace(/0+$/, '').replace(/\.$/, '');

export function routeLinks({ latitude, longitude }: Place) {
  const lat = coordinate(latitude);
  const lon = coordinate(longitude);
  return {
    // OpenStreetMap's directions form, destination filled in.
    osm: `https://www.openstreetmap.org/directions?to=${lat}%2C${lon}#map=16/${lat}/${lon}`,
    // Yandex Maps: rtext "~lat,lon" (empty origin = "my location"), rtt=mt — by public transport.
    yandex: `https://yandex.ru/maps/?rtext=~${lat}%2C${lon}&rtt=mt`,
    // 2GIS takes longitude first.
    twoGis: `https://2gis.ru/routeSearch/rsType/bus/to/${lon},${lat}`,
  };
}

/** tel: link of a number printed as +7 (843) 000-00-00. */
export const telHref = (number: string) => `tel:${number.replace(/[^+\d]/g, '')}`;
