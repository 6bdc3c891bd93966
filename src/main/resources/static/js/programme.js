// The programme's indicator page: the series chart (actuals, targets, the baseline as a dashed
// line) from the canvas's data-series, and the small choropleth of the latest values by powiat
// over the region's powiat boundaries (/api/v1/territory/boundaries), shaded with the classes
// the server computed for the table beside it (data-shades), in the map module's colours.
(function () {
    'use strict';
    const locale = document.documentElement.lang === 'en' ? 'en-GB' : 'pl-PL';
    const number = new Intl.NumberFormat(locale);

    const canvas = document.getElementById('series-chart');
    if (canvas && window.Chart) {
        const series = JSON.parse(canvas.dataset.series);
        const datasets = [
            {label: series.actualLabel, data: series.actual, borderColor: '#16365c', backgroundColor: '#16365c',
                tension: 0, spanGaps: true},
            {label: series.targetLabel, data: series.target, borderColor: '#b35c00', backgroundColor: '#b35c00',
                borderDash: [6, 4], pointStyle: 'rectRot', tension: 0, spanGaps: true}
        ];
        if (series.baseline !== null && series.baseline !== undefined) {
            datasets.push({label: series.baselineLabel, data: series.labels.map(() => series.baseline),
                borderColor: '#6c757d', borderDash: [2, 3], pointRadius: 0, tension: 0});
        }
        new window.Chart(canvas, {
            type: 'line',
            data: {labels: series.labels.map(String), datasets: datasets},
            options: {locale: locale, maintainAspectRatio: false, animation: false,
                plugins: {legend: {display: true, position: 'bottom'}}, scales: {y: {beginAtZero: true}}}
        });
    }

    const element = document.getElementById('powiat-map');
    if (!element || !window.L) {
        return;
    }
    const data = element.dataset;
    const values = JSON.parse(data.values || '{}');
    const shades = JSON.parse(data.shades || '{}');
    const styles = getComputedStyle(document.documentElement);

    function colourOf(teryt) {
        const shade = shades[teryt];
        const name = shade === undefined || shade < 0 ? 'none' : String(shade);
        return styles.getPropertyValue('--shade-' + name).trim() || '#d9d9d9';
    }

    function describe(properties) {
        const value = values[properties.teryt];
        return properties.name + ': ' + (value === undefined ? data.labelNone : number.format(value) + ' ' + data.unit);
    }

    const map = L.map(element, {zoomSnap: 0.25, scrollWheelZoom: false, attributionControl: false});
    map.setView([54.2, 18.0], 8);
    fetch(data.geojson, {headers: {Accept: 'application/geo+json'}})
        .then(response => response.ok ? response.json() : Promise.reject(response.status))
        .then(collection => {
            const drawn = collection.features.filter(feature => feature.geometry);
            const layer = L.geoJSON({type: 'FeatureCollection', features: drawn}, {
                style: feature => ({className: 'unit', fillColor: colourOf(feature.properties.teryt), fillOpacity: 0.85,
                    color: '#444', weight: 1}),
                onEachFeature: (feature, unit) => unit.bindTooltip(describe(feature.properties), {sticky: true})
            }).addTo(map);
            if (drawn.length) {
                map.fitBounds(layer.getBounds(), {padding: [8, 8]});
            }
            layer.eachLayer(unit => {
                const path = unit.getElement();
                path.setAttribute('tabindex', '0');
                path.setAttribute('role', 'img');
                path.setAttribute('aria-label', describe(unit.feature.properties));
                path.addEventListener('focus', () => unit.openTooltip(unit.getBounds().getCenter()));
                path.addEventListener('blur', () => unit.closeTooltip());
            });
            element.dataset.ready = 'true';
        })
        .catch(() => {
            element.dataset.ready = 'error';
        });
}());
