/** Placeholder for the province map (src/map/ builds the real one). */
export function MapPanel() {
  return <section aria-label="地图" className="map-panel" />;
}
