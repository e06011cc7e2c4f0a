import type { CostingSummary } from '@mutualis/domain/costing/summary';
import { useId } from 'react';
import { formatEuros } from '../../format';

const WIDTH = 720;
const HEIGHT = 280;
const MARGIN = { top: 16, right: 16, bottom: 36, left: 96 };
const MAX_TICKS = 4;

/** A round step for the axis (1, 2 or 5 × a power of ten, in cents) and how many steps reach the top. */
function axisOf(max: number): { step: number; ticks: number } {
  const raw = Math.max(max, 100) / MAX_TICKS;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= raw)!;
  return { step, ticks: Math.max(1, Math.ceil(max / step)) };
}

const compactEuros = new Intl.NumberFormat('fr-FR', { notation: 'compact', maximumFractionDigits: 1, style: 'currency', currency: 'EUR' });

/**
 * The scheme's cost per year, split between the EPCI and the communes, as stacked bars. Plain SVG
 * (no chart library); the table it describes carries the same figures for screen readers.
 */
export default function YearsChart({ costing, tableId }: { costing: CostingSummary; tableId: string }) {
  const titleId = useId();
  const years = costing.totals.years;
  const { step, ticks } = axisOf(Math.max(...years.map((y) => y.totalCents)));
  const top = step * ticks;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const band = plotWidth / years.length;
  const barWidth = Math.min(56, band * 0.6);
  const y = (cents: number) => MARGIN.top + plotHeight - (Math.max(cents, 0) / top) * plotHeight;

  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId} aria-describedby={tableId}>
        <title id={titleId}>Coût du schéma par année : part de l’intercommunalité et part des communes</title>
        {Array.from({ length: ticks + 1 }, (_, i) => i * step).map((tick) => (
          <g key={tick} aria-hidden="true">
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} className="chart__grid" />
            <text x={MARGIN.left - 8} y={y(tick)} className="chart__axis" textAnchor="end" dominantBaseline="middle">
              {compactEuros.format(tick / 100)}
            </text>
          </g>
        ))}
        {years.map((year, i) => {
          const x = MARGIN.left + i * band + (band - barWidth) / 2;
          const epciTop = y(year.epciCents);
          const communesTop = y(Math.max(year.epciCents, 0) + Math.max(year.communesCents, 0));
          return (
            <g key={year.year}>
              <rect x={x} y={epciTop} width={barWidth} height={y(0) - epciTop} className="chart__epci">
                <title>{`${year.year}, intercommunalité : ${formatEuros(year.epciCents)}`}</title>
              </rect>
              <rect x={x} y={communesTop} width={barWidth} height={epciTop - communesTop} className="chart__communes">
                <title>{`${year.year}, communes : ${formatEuros(year.communesCents)}`}</title>
              </rect>
              <text x={x + barWidth / 2} y={HEIGHT - MARGIN.bottom + 20} className="chart__axis" textAnchor="middle" aria-hidden="true">
                {year.year}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="chart__legend">
        <span className="chart__key chart__key--epci" aria-hidden="true" /> Intercommunalité
        <span className="chart__key chart__key--communes" aria-hidden="true" /> Communes
        <span className="muted"> — les montants figurent dans le tableau ci-dessous.</span>
      </figcaption>
    </figure>
  );
}
