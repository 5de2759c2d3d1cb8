/** A hand-written SVG chart: build time and peak memory against archive size, ours vs the floor. */

export interface ChartPoint {
  articles: number;
  cold_build_s: number | null;
  warm_build_s: number | null;
  rebuild_one_s: number | null;
  publish_cold_s: number | null;
  publish_one_s: number | null;
  floor_build_s: number | null;
  floor_warm_build_s: number | null;
  peak_rss_mb: number | null;
  floor_peak_rss_mb: number | null;
}

interface Series {
  label: string;
  color: string;
  dash?: string;
  values: (number | null)[];
}

interface Panel {
  title: string;
  unit: string;
  series: Series[];
}

const PANEL = { width: 400, height: 250, left: 56, top: 40, right: 28, bottom: 44 };
const OURS = '#b03a2e';
const FLOOR = '#2f4f6f';
const PUBLISH = '#5b7f2a';

/** A step of 1, 2 or 5 × 10^k giving about five ticks up to `max`. */
function niceStep(max: number): number {
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((factor) => factor * power).find((step) => step >= rough) ?? power * 10;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function format(value: number): string {
  return value >= 1000 ? value.toLocaleString('en-US') : String(Math.round(value * 10) / 10);
}

/** Archive sizes on the x axis: 1k, 2.5k, 10k. */
function formatSize(articles: number): string {
  return articles >= 1000 ? `${Math.round(articles / 100) / 10}k` : String(articles);
}

const n = (value: number) => value.toFixed(1);

/** One panel at horizontal offset `x`: axes, grid, ticks, lines with dots, legend. */
function panelSvg(panel: Panel, sizes: readonly number[], x: number): string {
  const plotWidth = PANEL.width - PANEL.left - PANEL.right;
  const plotHeight = PANEL.height - PANEL.top - PANEL.bottom;
  const maxX = Math.max(...sizes);
  const maxValue = Math.max(1, ...panel.series.flatMap((series) => series.values.filter((value): value is number => value !== null)));
  const step = niceStep(maxValue);
  const maxY = Math.ceil(maxValue / step) * step;
  const px = (articles: number) => x + PANEL.left + (articles / maxX) * plotWidth;
  const py = (value: number) => PANEL.top + plotHeight - (value / maxY) * plotHeight;
  const parts: string[] = [`<text x="${x + PANEL.left}" y="22" class="title">${escapeXml(panel.title)}</text>`];
  for (let value = 0; value <= maxY + step / 2; value += step) {
    parts.push(`<line x1="${x + PANEL.left}" x2="${x + PANEL.left + plotWidth}" y1="${n(py(value))}" y2="${n(py(value))}" class="grid"/>`);
    parts.push(`<text x="${x + PANEL.left - 6}" y="${n(py(value) + 4)}" class="tick" text-anchor="end">${format(value)}</text>`);
  }
  for (const size of sizes) {
    parts.push(`<text x="${n(px(size))}" y="${PANEL.top + plotHeight + 16}" class="tick" text-anchor="middle">${formatSize(size)}</text>`);
  }
  parts.push(`<text x="${x + PANEL.left + plotWidth / 2}" y="${PANEL.height - 8}" class="axis" text-anchor="middle">articles</text>`);
  parts.push(`<text x="${x + 14}" y="${PANEL.top + plotHeight / 2}" class="axis" text-anchor="middle" transform="rotate(-90 ${x + 14} ${PANEL.top + plotHeight / 2})">${escapeXml(panel.unit)}</text>`);
  panel.series.forEach((series, index) => parts.push(seriesSvg(series, sizes, px, py), legendSvg(series, x + PANEL.left + 8, PANEL.top + 6 + index * 15)));
  return parts.join('\n');
}

function seriesSvg(series: Series, sizes: readonly number[], px: (n: number) => number, py: (v: number) => number): string {
  const points = sizes.flatMap((size, index) => {
    const value = series.values[index];
    return value === null || value === undefined ? [] : [[px(size), py(value)] as const];
  });
  const dash = series.dash ? ` stroke-dasharray="${series.dash}"` : '';
  const line = `<polyline points="${points.map(([a, b]) => `${n(a)},${n(b)}`).join(' ')}" fill="none" stroke="${series.color}" stroke-width="2"${dash}/>`;
  const dots = points.map(([a, b]) => `<circle cx="${n(a)}" cy="${n(b)}" r="3" fill="${series.color}"/>`);
  return [line, ...dots].join('\n');
}

function legendSvg(series: Series, x: number, y: number): string {
  const dash = series.dash ? ` stroke-dasharray="${series.dash}"` : '';
  return `<line x1="${x}" x2="${x + 22}" y1="${y}" y2="${y}" stroke="${series.color}" stroke-width="2"${dash}/><text x="${x + 28}" y="${y + 4}" class="legend">${escapeXml(series.label)}</text>`;
}

/** The chart for the given measurements (one point per archive size), with a footnote. */
export function resultsChart(points: readonly ChartPoint[], footnote: string): string {
  const sorted = [...points].sort((a, b) => a.articles - b.articles);
  const sizes = sorted.map((point) => point.articles);
  const pick = (key: keyof ChartPoint) => sorted.map((point) => point[key]);
  const time: Panel = {
    title: 'Build time (median)',
    unit: 'seconds',
    series: [
      { label: 'ours, cold', color: OURS, values: pick('cold_build_s') },
      { label: 'ours, warm cache', color: OURS, dash: '6 4', values: pick('warm_build_s') },
      { label: 'ours, one article edited', color: OURS, dash: '2 3', values: pick('rebuild_one_s') },
      { label: 'npm run build (with search), cold', color: PUBLISH, values: pick('publish_cold_s') },
      { label: 'npm run build (with search), one edit', color: PUBLISH, dash: '2 3', values: pick('publish_one_s') },
      { label: 'floor, cold', color: FLOOR, values: pick('floor_build_s') },
      { label: 'floor, warm cache', color: FLOOR, dash: '6 4', values: pick('floor_warm_build_s') },
    ],
  };
  const memory: Panel = {
    title: 'Peak memory (build process tree)',
    unit: 'MB RSS',
    series: [
      { label: 'ours, cold', color: OURS, values: pick('peak_rss_mb') },
      { label: 'floor, cold', color: FLOOR, values: pick('floor_peak_rss_mb') },
    ],
  };
  const width = PANEL.width * 2 + 20;
  const height = PANEL.height + 24;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="chart-title chart-desc">
<title id="chart-title">Build time and peak memory against the number of articles</title>
<desc id="chart-desc">${escapeXml(sorted.map((p) => `${p.articles} articles: ours ${p.cold_build_s ?? '–'} s cold, floor ${p.floor_build_s ?? '–'} s; ${p.peak_rss_mb ?? '–'} MB vs ${p.floor_peak_rss_mb ?? '–'} MB`).join('; '))}</desc>
<style>
text { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; fill: #222; }
.title { font-size: 14px; font-weight: 600; }
.tick, .legend, .note { font-size: 11px; }
.axis { font-size: 11px; fill: #555; }
.grid { stroke: #ddd; stroke-width: 1; }
</style>
<rect width="100%" height="100%" fill="#fff"/>
${panelSvg(time, sizes, 0)}
${panelSvg(memory, sizes, PANEL.width + 20)}
<text x="${PANEL.left}" y="${height - 6}" class="note">${escapeXml(footnote)}</text>
</svg>
`;
}
