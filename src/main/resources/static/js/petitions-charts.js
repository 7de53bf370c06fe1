// Sunshine — draws the petitions analysis charts from the data attributes of each .chart element.
// The tables on the page carry the same figures, so nothing is lost without JavaScript.
(function () {
  function draw() {
    if (typeof echarts === 'undefined') { return; }
    document.querySelectorAll('.chart[data-labels]').forEach(function (element) {
      var labels = JSON.parse(element.getAttribute('data-labels'));
      var values = JSON.parse(element.getAttribute('data-values'));
      var second = element.getAttribute('data-values2');
      var series = [{ name: element.getAttribute('data-name') || '', type: element.getAttribute('data-type') || 'bar', data: values }];
      if (second) {
        series.push({ name: element.getAttribute('data-name2') || '', type: 'line', data: JSON.parse(second) });
      }
      var chart = echarts.init(element);
      chart.setOption({
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 48, right: 16, top: 32, bottom: 64 },
        xAxis: { type: 'category', data: labels, axisLabel: { rotate: labels.length > 12 ? 45 : 0 } },
        yAxis: { type: 'value' },
        series: series
      });
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', draw); } else { draw(); }
})();
