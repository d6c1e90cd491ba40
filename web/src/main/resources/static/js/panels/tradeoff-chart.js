// @ts-check
import { Chart } from '../chart/chart.js';
import { formatCount } from '../format.js';

/**
 * The trade-off curve of the "Optimaliseren" section (Chart.js line chart): covered share against the number of
 * points p, with the proven upper bound dashed. Clicking a point (or its tooltip) calls `onPick(p)`.
 *
 * @param {HTMLCanvasElement} canvas
 * @param {(p: number) => void} onPick
 */
export function createTradeOffChart(canvas, onPick) {
  /** @type {any} */
  let chart = null;
  /** @type {number[]} */
  let ps = [];

  return {
    /** @param {Array<{p: number, coveredShare: number, boundShare: number, coveredWeight: number}>} curve */
    show(curve) {
      ps = curve.map((c) => c.p);
      const data = {
        labels: ps,
        datasets: [
          { label: 'Dekking', data: curve.map((c) => 100 * c.coveredShare), borderColor: '#1a9850', backgroundColor: '#1a9850', pointRadius: 2, tension: 0.1 },
          { label: 'Bovengrens', data: curve.map((c) => 100 * c.boundShare), borderColor: '#777', borderDash: [5, 4], pointRadius: 0, borderWidth: 1.5 },
        ],
      };
      if (chart) {
        chart.data = data;
        chart.update();
        return;
      }
      chart = new Chart(canvas, {
        type: 'line',
        data,
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          interaction: { mode: 'index', intersect: false },
          onClick: (/** @type {any} */ _e, /** @type {any[]} */ items) => {
            if (items.length) onPick(ps[items[0].index]);
          },
          plugins: {
            legend: { display: true, labels: { boxWidth: 12, font: { size: 11 } } },
            tooltip: { callbacks: {
              title: (/** @type {any[]} */ items) => `${items[0].label} punten`,
              label: (/** @type {any} */ item) => `${item.dataset.label}: ${item.parsed.y.toFixed(1).replace('.', ',')} %`,
            } },
          },
          scales: {
            x: { title: { display: true, text: 'aantal punten p' }, ticks: { maxTicksLimit: 8, callback(/** @type {any} */ v) { return formatCount(Number(this.getLabelForValue(Number(v)))); } } },
            y: { title: { display: true, text: 'dekking (%)' }, min: 0, max: 100, ticks: { stepSize: 20 } },
          },
        },
      });
    },
    clear() {
      ps = [];
      if (chart) {
        chart.destroy();
        chart = null;
      }
    },
  };
}
