// Caption Atlas adapter for the peer bench (run.mjs --peer-dir bench/peer). Injected before the app's scripts.
//
// ready: the app's timeline dispatches `timeline:rendered` on window after its first canvas frame that shows the
//   loaded events (fetched from the harness's ?data= URL, converted to the columnar table, histogram or marks
//   painted). The harness then waits for the next painted frame.
// zoom(step): window.__timeline.zoomBy(1.5 ** step) scales the visible span by 1/1.5 (step +1) about its centre.
// pan(fraction): window.__timeline.panBy(fraction) moves the view by that fraction of its span (+ = later dates).
// fetch is wrapped only to mark 'bench:data-loaded' once the events JSON is parsed.
// Both apply the new transform synchronously and paint on the next animation frame.
(function () {
  'use strict';
  var resolveReady;
  var ready = new Promise(function (resolve) {
    resolveReady = resolve;
  });
  window.addEventListener(
    'timeline:rendered',
    function () {
      performance.mark('bench:lib-ready');
      resolveReady();
    },
    { once: true },
  );
  // Marks 'bench:data-loaded' when the app's events JSON has been fetched and parsed (the app's own conversion to
  // its table comes after, and counts in lib-ready).
  var originalFetch = window.fetch;
  window.fetch = function (input, init) {
    var url = typeof input === 'string' ? input : input && input.url;
    var promise = originalFetch.call(this, input, init);
    if (!url || !/events[^/]*\.json/.test(String(url))) return promise;
    return promise.then(function (response) {
      var json = response.json.bind(response);
      response.json = function () {
        return json().then(function (value) {
          performance.mark('bench:data-loaded');
          return value;
        });
      };
      return response;
    });
  };
  window.__bench = {
    ready: ready,
    info: { library: 'caption-atlas', version: null, renderer: 'canvas' },
    zoom: function (step) {
      return window.__timeline.zoomBy(Math.pow(1.5, step));
    },
    pan: function (fraction) {
      return window.__timeline.panBy(fraction);
    },
  };
})();
