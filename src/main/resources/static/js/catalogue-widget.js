// Inside the catalogue widget's frame: tells the embedding page how tall the list is, so that the
// script alternative (/katalog/widzet.js) can size its iframe without a scroll bar. Only a number
// leaves the frame; the embedding page checks that the message comes from this frame.
(function () {
    if (window.parent === window) {
        return;
    }
    var last = 0;
    function report() {
        var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
        if (height !== last) {
            last = height;
            window.parent.postMessage({type: 'koordynator-catalogue-widget', height: height}, '*');
        }
    }
    window.addEventListener('load', report);
    window.addEventListener('resize', report);
    report();
})();
