// The catalogue widget for the websites of local governments, served as /katalog/widzet.js:
//   <script src="https://…/katalog/widzet.js" data-gmina="2261011" data-category="CATERING" async></script>
// inserts an iframe with the offers where the script tag stands. Attributes: data-gmina (TERYT),
// data-category (code), data-limit (1-20), data-height (fixed pixels; otherwise the frame reports
// its height), data-title (the frame's accessible name). No cookies, nothing else on the page changes.
(function () {
    var script = document.currentScript;
    if (!script || !script.src) {
        return;
    }
    var origin = new URL(script.src).origin;
    var params = new URLSearchParams();
    ['gmina', 'category', 'limit'].forEach(function (name) {
        var value = script.getAttribute('data-' + name);
        if (value) {
            params.set(name, value);
        }
    });
    var frame = document.createElement('iframe');
    frame.src = origin + '/katalog/widzet' + (params.toString() ? '?' + params.toString() : '');
    frame.title = script.getAttribute('data-title') || 'Katalog ofert ekonomii społecznej';
    frame.loading = 'lazy';
    frame.style.width = '100%';
    frame.style.border = '0';
    var fixed = parseInt(script.getAttribute('data-height'), 10);
    frame.style.height = (fixed > 0 ? fixed : 400) + 'px';
    frame.className = 'koordynator-catalogue-widget';
    if (!(fixed > 0)) {
        window.addEventListener('message', function (event) {
            if (event.origin !== origin || event.source !== frame.contentWindow) {
                return;
            }
            var data = event.data;
            if (data && data.type === 'koordynator-catalogue-widget' && typeof data.height === 'number'
                    && data.height > 0 && data.height < 5000) {
                frame.style.height = data.height + 'px';
            }
        });
    }
    script.parentNode.insertBefore(frame, script.nextSibling);
})();
