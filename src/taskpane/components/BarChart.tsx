import type { PaneChart } from '../model';

/**
 * A plain SVG bar chart for the narrow task pane (no chart library: two small charts do not justify
 * one in the bundle). Horizontal bars list the categories top to bottom; columns group the series by
 * category. Every bar carries its value as text, so the chart reads without colour too.
 */

const COLOURS = ['#2E75B6', '#C55A11', '#70AD47', '#FFC000'];
const WIDTH = 320;
/** What fits left of the bars at 9 px (the full name is the label's tooltip). */
const LABEL_CHARS = 24;

const label = (v: number | null, percent?: boolean): string => (v === null ? '—' : `${Math.round(v)}${percent ? ' %' : ''}`);

const Bars = ({ chart }: { chart: PaneChart }) => {
  const max = chart.percent ? 100 : Math.max(1, ...chart.series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const row = 30;
  const left = 150;
  const height = chart.categories.length * row + 8;
  return (
    <svg width="100%" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={chart.title}>
      {chart.categories.map((category, i) => {
        const v = chart.series[0]?.values[i] ?? null;
        const w = v === null ? 0 : ((WIDTH - left - 34) * Math.max(0, v)) / max;
        return (
          <g key={category} transform={`translate(0 ${i * row + 4})`}>
            <text x={left - 4} y={row / 2} textAnchor="end" dominantBaseline="middle" fontSize="9">
              <title>{category}</title>
              {category.length > LABEL_CHARS ? `${category.slice(0, LABEL_CHARS - 1)}…` : category}
            </text>
            <rect x={left} y={5} width={w} height={row - 10} fill={COLOURS[0]} />
            <text x={left + w + 3} y={row / 2} dominantBaseline="middle" fontSize="9">
              {label(v, chart.percent)}
            </text>
          </g>
        );
      })}
    </svg>
  );
};

const Columns = ({ chart }: { chart: PaneChart }) => {
  const max = chart.percent ? 100 : Math.max(1, ...chart.series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const height = 170;
  const plot = 130;
  const group = WIDTH / Math.max(1, chart.categories.length);
  const bar = Math.min(28, (group - 12) / Math.max(1, chart.series.length));
  return (
    <svg width="100%" viewBox={`0 0 ${WIDTH} ${height + 16}`} role="img" aria-label={chart.title}>
      {chart.categories.map((category, i) => (
        <g key={category} transform={`translate(${i * group + (group - bar * chart.series.length) / 2} 0)`}>
          {chart.series.map((s, k) => {
            const v = s.values[i] ?? null;
            const h = v === null ? 0 : (plot * Math.max(0, v)) / max;
            return (
              <g key={s.name}>
                <rect x={k * bar} y={plot + 14 - h} width={bar - 2} height={h} fill={COLOURS[k % COLOURS.length]}>
                  <title>{`${s.name}, ${category}: ${label(v, chart.percent)}`}</title>
                </rect>
                <text x={k * bar + bar / 2 - 1} y={plot + 10 - h} textAnchor="middle" fontSize="9">
                  {label(v, chart.percent)}
                </text>
              </g>
            );
          })}
          <text x={(bar * chart.series.length) / 2} y={plot + 28} textAnchor="middle" fontSize="10">
            {category}
          </text>
        </g>
      ))}
      <g transform={`translate(4 ${height + 8})`}>
        {chart.series.map((s, k) => (
          <g key={s.name} transform={`translate(${k * 70} 0)`}>
            <rect width={8} height={8} y={-7} fill={COLOURS[k % COLOURS.length]} />
            <text x={11} fontSize="10">
              {s.name}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
};

export const BarChart = ({ chart }: { chart: PaneChart }) => (
  <figure className="opora-chart" style={{ margin: '8px 0' }}>
    <figcaption style={{ fontSize: 12, fontWeight: 600, marginBottom: 4 }}>{chart.title}</figcaption>
    {chart.kind === 'bar' ? <Bars chart={chart} /> : <Columns chart={chart} />}
  </figure>
);
