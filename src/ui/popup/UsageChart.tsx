import type { InventoryDay } from '../../contracts/events';
import { strings } from '../strings';

const W = 300;
const H = 64;
const GAP = 2;

/** Text summary of the series: what the chart's aria-label says. */
export function chartSummary(days: readonly InventoryDay[]): string {
  let prompts = 0;
  let findings = 0;
  let visits = 0;
  let busiest: InventoryDay | null = null;
  for (const d of days) {
    prompts += d.promptsChecked;
    findings += d.findings;
    visits += d.visits;
    const use = d.promptsChecked + d.visits;
    if (use > 0 && (!busiest || use > busiest.promptsChecked + busiest.visits)) busiest = d;
  }
  return strings.popup.chartSummary(days.length, prompts, findings, visits, busiest?.day ?? null);
}

/**
 * Use over the last 30 days as an inline SVG: one bar per day (prompts checked, or visits when
 * no prompt was checked), the part with findings darker. Accessible: `role="img"` with a summary
 * as its label, and the same numbers in a visually hidden table.
 */
export function UsageChart({ days }: { days: readonly InventoryDay[] }) {
  const max = Math.max(1, ...days.map((d) => Math.max(d.promptsChecked, d.visits)));
  const bw = days.length > 0 ? (W - GAP * (days.length - 1)) / days.length : W;
  const summary = chartSummary(days);
  return (
    <figure class="chart">
      <svg role="img" aria-label={summary} viewBox={`0 0 ${W} ${H}`} width={W} height={H} data-testid="usage-chart">
        <title>{summary}</title>
        <line x1="0" y1={H - 0.5} x2={W} y2={H - 0.5} class="axis" />
        {days.map((d, i) => {
          const total = Math.max(d.promptsChecked, d.visits);
          const h = total === 0 ? 0 : Math.max(2, (total / max) * (H - 4));
          const withFindings = d.promptsChecked === 0 ? 0 : Math.min(h, (Math.min(d.findings, d.promptsChecked) / max) * (H - 4));
          const x = i * (bw + GAP);
          return (
            <g key={d.day}>
              {h > 0 && <rect x={x} y={H - h} width={bw} height={h} class="bar" />}
              {withFindings > 0 && <rect x={x} y={H - withFindings} width={bw} height={withFindings} class="bar-findings" />}
            </g>
          );
        })}
      </svg>
      <figcaption class="legend" aria-hidden="true">
        <span class="swatch bar" /> {strings.popup.chartLegendPrompts} <span class="swatch bar-findings" /> {strings.popup.chartLegendFindings}
      </figcaption>
      <table class="visually-hidden">
        <caption>{strings.popup.chartHeading}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.popup.colDay}</th>
            <th scope="col">{strings.popup.colVisits}</th>
            <th scope="col">{strings.popup.colPrompts}</th>
            <th scope="col">{strings.popup.colFindings}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.day}>
              <th scope="row">{d.day}</th>
              <td>{d.visits}</td>
              <td>{d.promptsChecked}</td>
              <td>{d.findings}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
