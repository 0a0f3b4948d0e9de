import { useEffect, useRef, useState } from 'react';
import type { Map as LeafletMap, LayerGroup } from 'leaflet';
// Leaflet's stylesheet as a URL, linked when the map opens: imported as CSS it would be inlined into the page.
import leafletCss from 'leaflet/dist/leaflet.css?url';
import type { FinderOffice } from '../../lib/office-finder.ts';
import type { FinderStrings } from './strings.ts';

/**
 * The map: Leaflet with OpenStreetMap tiles. This module — and Leaflet with it — is loaded only when the visitor
 * asks for the map (OfficeFinder imports it lazily), so the list costs nothing extra. The map is a companion to
 * the list, never the only way to an office: each marker is a button (Tab reaches it, Enter or a click opens
 * it) that moves to the same office's card in the list.
 */
interface Props {
  offices: readonly FinderOffice[];
  strings: FinderStrings;
  onSelect: (slug: string) => void;
}

/** Adds a stylesheet once and waits for it (a failed load still lets the map try). */
function linkStylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
    document.head.append(link);
  });
}

/** Tatarstan, for the first view before the markers are fitted. */
const TATARSTAN_CENTRE: [number, number] = [55.5, 50.8];

export default function OfficeMap({ offices, strings, onSelect }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<LeafletMap | null>(null);
  const markers = useRef<LayerGroup | null>(null);
  const leaflet = useRef<typeof import('leaflet') | null>(null);
  const [failed, setFailed] = useState(false);
  const [ready, setReady] = useState(false);
  // The latest onSelect for the markers' handlers, which Leaflet keeps from the first render.
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  });

  useEffect(() => {
    let cancelled = false;
    Promise.all([import('leaflet'), linkStylesheet(leafletCss)])
      .then(([module]) => {
        if (cancelled || !container.current) return;
        const L = (module as { default?: typeof import('leaflet') }).default ?? module;
        leaflet.current = L;
        const instance = L.map(container.current, { zoomControl: false, attributionControl: false }).setView(TATARSTAN_CENTRE, 7);
        L.control.zoom({ zoomInTitle: strings['offices.map.zoomIn'], zoomOutTitle: strings['offices.map.zoomOut'] }).addTo(instance);
        // The OpenStreetMap licence asks for this credit; Leaflet's own prefix link is dropped (English, and a flag).
        L.control.attribution({ prefix: false }).addAttribution(`© <a href="https://www.openstreetmap.org/copyright">${strings['offices.map.attribution']}</a>`).addTo(instance);
        L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', { maxZoom: 19 }).addTo(instance);
        markers.current = L.layerGroup().addTo(instance);
        map.current = instance;
        setReady(true);
      })
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
      map.current?.remove();
      map.current = null;
    };
    // The map is built once; its strings do not change while the page is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The markers follow the filters: the map shows what the list shows.
  useEffect(() => {
    const L = leaflet.current;
    if (!ready || !L || !map.current || !markers.current) return;
    markers.current.clearLayers();
    for (const office of offices) {
      const icon = L.divIcon({ className: 'office-marker', html: '<span aria-hidden="true"></span>', iconSize: [28, 28], iconAnchor: [14, 28] });
      const marker = L.marker([office.latitude, office.longitude], { icon, title: office.name, keyboard: true, riseOnHover: true });
      marker.on('click', () => select.current(office.slug));
      marker.on('keypress', (event) => {
        const key = (event as unknown as { originalEvent: KeyboardEvent }).originalEvent.key;
        if (key === 'Enter' || key === ' ') select.current(office.slug);
      });
      marker.addTo(markers.current);
      marker.getElement()?.setAttribute('aria-label', `${office.name}, ${office.address}`);
    }
    if (offices.length) map.current.fitBounds(L.latLngBounds(offices.map((office) => [office.latitude, office.longitude])), { padding: [32, 32], maxZoom: 14 });
  }, [offices, ready]);

  return (
    <section className="finder-map" aria-label={strings['offices.map.label']}>
      <p className="hint">{strings['offices.map.hint']}</p>
      {failed && <p className="notice">{strings['offices.map.failed']}</p>}
      {!ready && !failed && <p>{strings['offices.map.loading']}</p>}
      <div ref={container} className="finder-map-canvas" />
    </section>
  );
}
