// The graph of ties on /networks/graph: Cytoscape.js draws the nodes and edges the server wrote into
// data-graph (the same rows as the table under it), coloured by the sector of each organisation
// with the colours of the legend (CSS custom properties --net-<sector>); a click or tap on a node
// opens the organisation. The drawing is a picture for those who can see it: the table is the
// accessible form of the same data, so the canvas stays out of the keyboard's way.
(function () {
    'use strict';
    const element = document.getElementById('graph');
    if (!element || !window.cytoscape) {
        return;
    }
    const graph = JSON.parse(element.dataset.graph || '{"nodes":[],"edges":[]}');
    if (graph.nodes.length === 0) {
        return;
    }
    const styles = getComputedStyle(document.documentElement);

    function colourOf(sector) {
        return styles.getPropertyValue('--net-' + sector).trim() || '#6c757d';
    }

    const largest = Math.max(1, ...graph.nodes.map(node => node.degree || 0));
    const elements = graph.nodes.map(node => ({
        group: 'nodes',
        data: {
            id: 'n' + node.id,
            label: node.name,
            url: node.url,
            colour: colourOf(node.sector),
            size: 14 + 26 * Math.sqrt((node.degree || 0) / largest)
        }
    })).concat(graph.edges.map((edge, index) => ({
        group: 'edges',
        data: {
            id: 'e' + index,
            source: 'n' + edge.source,
            target: 'n' + edge.target,
            derived: edge.derived ? 'yes' : 'no',
            bridge: edge.bridge ? 'yes' : 'no'
        }
    })));

    element.classList.add('graph-drawn');
    const cy = window.cytoscape({
        container: element,
        elements: elements,
        minZoom: 0.2,
        maxZoom: 3,
        wheelSensitivity: 0.2,
        boxSelectionEnabled: false,
        style: [
            {
                selector: 'node',
                style: {
                    'background-color': 'data(colour)',
                    'border-color': '#212529',
                    'border-width': 1,
                    width: 'data(size)',
                    height: 'data(size)',
                    label: element.dataset.labels === 'all' ? 'data(label)' : '',
                    'font-size': 9,
                    'text-wrap': 'ellipsis',
                    'text-max-width': 120,
                    'text-valign': 'bottom',
                    'text-margin-y': 3
                }
            },
            {
                selector: 'node:active, node.hovered',
                style: {label: 'data(label)', 'border-width': 3, 'z-index': 10}
            },
            {
                selector: 'edge',
                style: {width: 1.5, 'line-color': '#6c757d', 'curve-style': 'haystack', opacity: 0.7}
            },
            {
                selector: 'edge[derived = "yes"]',
                style: {'line-style': 'dashed', 'line-color': '#adb5bd'}
            },
            {
                selector: 'edge[bridge = "yes"]',
                style: {width: 3, 'line-color': '#b30000', opacity: 1}
            }
        ],
        layout: {
            name: 'cose',
            animate: false,
            randomize: false,
            nodeRepulsion: () => 6000,
            idealEdgeLength: () => 60,
            numIter: 1500,
            padding: 20
        }
    });
    cy.on('tap', 'node', event => window.location.assign(event.target.data('url')));
    cy.on('mouseover', 'node', event => {
        event.target.addClass('hovered');
        element.classList.add('graph-pointer');
    });
    cy.on('mouseout', 'node', event => {
        event.target.removeClass('hovered');
        element.classList.remove('graph-pointer');
    });
    // the page is long: a wheel over the drawing scrolls the page until the reader clicks into it
    cy.userZoomingEnabled(false);
    element.addEventListener('click', () => cy.userZoomingEnabled(true), {once: true});
}());
