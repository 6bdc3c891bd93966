// Trend charts of a unit's profile: each canvas carries its series in data-chart
// ({labels, values, label}); the table above the charts holds the same figures for screen readers.
(function () {
    'use strict';
    if (!window.Chart) {
        return;
    }
    const locale = document.documentElement.lang === 'en' ? 'en-GB' : 'pl-PL';
    document.querySelectorAll('canvas[data-chart]').forEach(canvas => {
        const series = JSON.parse(canvas.dataset.chart);
        new window.Chart(canvas, {
            type: 'line',
            data: {
                labels: series.labels.map(String),
                datasets: [{label: series.label, data: series.values, borderColor: '#16365c',
                    backgroundColor: '#16365c', tension: 0}]
            },
            options: {
                locale: locale,
                maintainAspectRatio: false,
                animation: false,
                plugins: {legend: {display: false}},
                scales: {y: {beginAtZero: false}}
            }
        });
    });
}());
