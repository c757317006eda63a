// Draws the charts of statistics pages with ECharts from the figures JSON on each container.
// Every chart has an accessible data table beside it; the canvas itself is decorative (role="img").
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') { return; }
  var MEN = '#1f5f8b', WOMEN = '#b3395b';
  document.querySelectorAll('[data-chart]').forEach(function (el) {
    var f = JSON.parse(el.getAttribute('data-figures'));
    var kind = el.getAttribute('data-chart');
    var lang = document.documentElement.lang === 'en';
    var men = lang ? 'Men' : '男', women = lang ? 'Women' : '女';
    var option;
    if (kind === 'bar') {
      option = { tooltip: { trigger: 'axis' }, legend: { data: [men, women] },
        xAxis: { type: 'category', data: f.years }, yAxis: { type: 'value' },
        series: [{ name: men, type: 'bar', data: f.men, color: MEN }, { name: women, type: 'bar', data: f.women, color: WOMEN }] };
    } else if (kind === 'line') {
      option = { tooltip: { trigger: 'axis' }, xAxis: { type: 'category', data: f.years },
        yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
        series: [{ name: lang ? 'Share of women' : '女性比率', type: 'line', data: f.share, color: WOMEN }] };
    } else {
      option = { tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
          valueFormatter: function (v) { return Math.abs(v); } },
        legend: { data: [men, women] }, grid: { containLabel: true },
        xAxis: { type: 'value', axisLabel: { formatter: function (v) { return Math.abs(v); } } },
        yAxis: { type: 'category', data: f.categories },
        series: [{ name: men, type: 'bar', stack: 'p', color: MEN, data: f.catMen.map(function (v) { return -v; }) },
                 { name: women, type: 'bar', stack: 'p', color: WOMEN, data: f.catWomen }] };
    }
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
