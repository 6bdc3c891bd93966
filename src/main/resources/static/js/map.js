// The choropleth of the map page: the GeoJSON layer of /api/v1/map/{level}, coloured by the
// quantile classes the server computed for the table and legend (data-breaks, data-shades), with
// a tooltip per unit, a click or Enter opening the unit's profile, and every unit reachable by Tab.
(function () {
    'use strict';
    const element = document.getElementById('map');
    if (!element || !window.L) {
        return;
    }
    const data = element.dataset;
    const breaks = JSON.parse(data.breaks || '[]');
    const shades = JSON.parse(data.shades || '[]');
    const styles = getComputedStyle(document.documentElement);
    const number = new Intl.NumberFormat(document.documentElement.lang === 'en' ? 'en-GB' : 'pl-PL');

    function shadeOf(value) {
        if (value === null || value === undefined) {
            return 'none';
        }
        let index = 0;
        while (index < breaks.length && value >= breaks[index]) {
            index++;
        }
        return String(shades[index] !== undefined ? shades[index] : 2);
    }

    function colourOf(value) {
        return styles.getPropertyValue('--shade-' + shadeOf(value)).trim() || '#d9d9d9';
    }

    function describe(properties) {
        const value = properties.value === null ? data.labelNone : number.format(properties.value) + ' ' + data.unit;
        const rank = properties.rank === null ? '' : ', ' + data.labelRank + ': ' + properties.rank + ' ' + data.labelOf
            + ' ' + data.count;
        return properties.name + ': ' + value + rank;
    }

    function tooltip(properties) {
        const box = document.createElement('div');
        const name = document.createElement('strong');
        name.textContent = properties.name;
        box.appendChild(name);
        const value = document.createElement('div');
        value.textContent = data.labelValue + ': ' + (properties.value === null ? data.labelNone
            : number.format(properties.value) + ' ' + data.unit);
        box.appendChild(value);
        if (properties.rank !== null) {
            const rank = document.createElement('div');
            rank.textContent = data.labelRank + ': ' + properties.rank + ' ' + data.labelOf + ' ' + data.count;
            box.appendChild(rank);
        }
        return box;
    }

    const map = L.map(element, {zoomSnap: 0.25, scrollWheelZoom: false, attributionControl: true});
    map.attributionControl.setPrefix(false);
    if (data.tiles) {
        L.tileLayer(data.tiles, {
            maxZoom: 18,
            attribution: '© OpenStreetMap'
        }).addTo(map);
    }
    map.setView([54.2, 18.0], 8);

    fetch(data.geojson, {headers: {Accept: 'application/geo+json'}})
        .then(response => response.ok ? response.json() : Promise.reject(response.status))
        .then(collection => {
            const drawn = collection.features.filter(feature => feature.geometry);
            const layer = L.geoJSON({type: 'FeatureCollection', features: drawn}, {
                style: feature => ({
                    className: 'unit',
                    fillColor: colourOf(feature.properties.value),
                    fillOpacity: 0.85,
                    color: '#444',
                    weight: 1
                }),
                onEachFeature: (feature, unit) => {
                    unit.bindTooltip(tooltip(feature.properties), {sticky: true});
                    unit.on('click', () => window.location.assign(data.profile + feature.properties.teryt));
                }
            }).addTo(map);
            if (drawn.length) {
                map.fitBounds(layer.getBounds(), {padding: [8, 8]});
            }
            layer.eachLayer(unit => {
                const path = unit.getElement();
                const properties = unit.feature.properties;
                path.setAttribute('tabindex', '0');
                path.setAttribute('role', 'link');
                path.setAttribute('aria-label', describe(properties));
                path.addEventListener('focus', () => unit.openTooltip(unit.getBounds().getCenter()));
                path.addEventListener('blur', () => unit.closeTooltip());
                path.addEventListener('keydown', event => {
                    if (event.key === 'Enter' || event.key === ' ') {
                        event.preventDefault();
                        window.location.assign(data.profile + properties.teryt);
                    }
                });
            });
            element.dataset.ready = 'true';
        })
        .catch(() => {
            element.dataset.ready = 'error';
        });
}());
