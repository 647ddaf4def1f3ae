/** Placeholder shell: the timeline and map land in their own modules and are composed here. */
export function App() {
  return (
    <main>
      <h1>Caption Atlas · 图说地图</h1>
    </main>
  );
}
