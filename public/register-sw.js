// Registers the service worker (offline use). On a new deployment the new worker takes over and the
// page reloads once, so old HTML never runs with new wasm or the reverse.
(function () {
  if (!('serviceWorker' in navigator)) return;
  var secure = location.protocol === 'https:' || location.hostname === '127.0.0.1' || location.hostname === 'localhost';
  if (!secure) return;
  var scope = new URL('./', document.baseURI);
  var hadController = !!navigator.serviceWorker.controller;
  var reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (!hadController) { hadController = true; return; }
    if (reloading) return;
    reloading = true;
    location.reload();
  });
  // Pre-rendered pages load this script after their first paint, which may be after the load event.
  var register = function () { navigator.serviceWorker.register(new URL('sw.js', scope).href, { scope: scope.pathname }); };
  if (document.readyState === 'complete') register(); else addEventListener('load', register);
})();
