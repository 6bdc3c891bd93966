// The coverage map (/plany-lokalne/pokrycie): the gminas of the map's own GeoJSON layer, coloured by the
// status of their local plan (data-statuses, TERYT to status, from the page's answer) with the colours of
// the legend (--lp-<STATUS> in localplans-coverage.css). The table below holds the same for keyboard and
// screen reader users, so the shapes are not focusable.
(function () {
    'use strict';
    const element = document.getElementById('coverage-map');
    if (!element || !window.L) {
        return;
    }
    const data = element.dataset;
    const statuses = JSON.parse(data.statuses || '{}');
    const labels = JSON.parse(data.labels || '{}');
    const styles = getComputedStyle(document.documentElement);
    const colourOf = status => styles.getPropertyValue('--lp-' + status).trim() || '#d9d9d9';

    const map = L.map(element, {zoomSnap: 0.25, scrollWheelZoom: false});
    map.attributionControl.setPrefix(false);
    if (data.tiles) {
        L.tileLayer(data.tiles, {maxZoom: 18, attribution: '© OpenStreetMap'}).addTo(map);
    }
    map.setView([54.2, 18.0], 8);
    fetch(data.geojson, {headers: {Accept: 'application/geo+json'}})
        .then(response => response.ok ? response.json() : Promise.reject(response.status))
        .then(collection => {
            const drawn = collection.features.filter(feature => feature.geometry);
            const layer = L.geoJSON({type: 'FeatureCollection', features: drawn}, {
                style: feature => ({
                    className: 'unit',
                    fillColor: colourOf(statuses[feature.properties.teryt] || 'NONE'),
                    fillOpacity: 0.85,
                    color: '#444',
                    weight: 1
                }),
                onEachFeature: (feature, unit) => {
                    const status = statuses[feature.properties.teryt] || 'NONE';
                    unit.bindTooltip(feature.properties.name + ': ' + (labels[status] || status), {sticky: true});
                    unit.on('click', () => {
                        const row = document.getElementById('unit-' + feature.properties.teryt);
                        if (row) {
                            row.scrollIntoView({block: 'center'});
                        }
                    });
                }
            }).addTo(map);
            if (drawn.length) {
                map.fitBounds(layer.getBounds(), {padding: [8, 8]});
            }
            element.dataset.ready = 'true';
        })
        .catch(() => {
            element.dataset.ready = 'error';
        });
}());
