// The cooperation map (/reintegracja/wspolpraca): the powiats of the map's own GeoJSON layer, coloured by the
// number of pairs of cooperating institutions (data-pairs, TERYT to pairs, or the text "<5" where they are hidden
// with the powiat's referrals) in the classes of the legend (data-classes, lower bounds; colours --ri-coop-<n>
// of reintegration-cooperation.css, --ri-coop-hidden for "<5"). The table below holds
// the same figures for keyboard and screen reader users, so the shapes are not focusable.
(function () {
    'use strict';
    const element = document.getElementById('cooperation-map');
    if (!element || !window.L) {
        return;
    }
    const data = element.dataset;
    const pairs = JSON.parse(data.pairs || '{}');
    const classes = JSON.parse(data.classes || '[0]');
    const styles = getComputedStyle(document.documentElement);
    const classOf = value => {
        let index = 0;
        classes.forEach((bound, i) => {
            if (value >= bound) {
                index = i;
            }
        });
        return index;
    };
    const colourOf = value => typeof value === 'string'
        ? styles.getPropertyValue('--ri-coop-hidden').trim() || '#bdbdbd'
        : styles.getPropertyValue('--ri-coop-' + classOf(value)).trim() || '#f0f0f0';

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
                    fillColor: colourOf(pairs[feature.properties.teryt] || 0),
                    fillOpacity: 0.85,
                    color: '#444',
                    weight: 1
                }),
                onEachFeature: (feature, unit) => {
                    const value = pairs[feature.properties.teryt] || 0;
                    unit.bindTooltip(feature.properties.name + ': ' + value + ' (' + data.label + ')', {sticky: true});
                    unit.on('click', () => {
                        const row = document.getElementById('powiat-' + feature.properties.teryt);
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
