// The map of catalogue providers (/katalog/mapa): gminas where PES with published offers are based,
// darker with more of them; a gmina leads to the catalogue filtered to the offers serving it. The
// table below the map holds the same figures for keyboard and screen reader users.
(function () {
    const element = document.getElementById('catalogue-map');
    if (!element || typeof L === 'undefined') {
        return;
    }
    const data = element.dataset;
    const map = L.map(element, {zoomSnap: 0.25, scrollWheelZoom: false});
    map.attributionControl.setPrefix(false);
    if (data.tiles) {
        L.tileLayer(data.tiles, {maxZoom: 18, attribution: '© OpenStreetMap'}).addTo(map);
    }
    map.setView([54.2, 18.0], 8);
    const shades = ['#c6dbef', '#6baed6', '#2171b5', '#08306b'];
    const shade = providers => shades[Math.min(shades.length - 1, Math.max(0, Math.ceil(Math.log2(providers + 1)) - 1))];
    fetch(data.geojson, {headers: {Accept: 'application/geo+json'}})
        .then(response => response.ok ? response.json() : Promise.reject(response.status))
        .then(collection => {
            const layer = L.geoJSON(collection, {
                style: feature => ({className: 'unit', fillColor: shade(feature.properties.providers),
                    fillOpacity: 0.8, color: '#444', weight: 1}),
                onEachFeature: (feature, unit) => {
                    const p = feature.properties;
                    const text = p.name + ': ' + data.labelProviders + ' ' + p.providers + ', ' + data.labelOffers + ' ' + p.offers;
                    unit.bindTooltip(text, {sticky: true});
                    unit.on('click', () => window.location.assign(data.catalogue + '?gmina=' + encodeURIComponent(p.teryt)));
                }
            }).addTo(map);
            if (collection.features.length) {
                map.fitBounds(layer.getBounds(), {padding: [8, 8]});
            }
            element.dataset.ready = 'true';
        })
        .catch(() => {
            element.dataset.ready = 'error';
        });
}());
