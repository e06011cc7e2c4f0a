// Costing engine budget: recomputing the largest EPCI (158 communes, 40 actions, 7 years) must fit
// in one frame. Run: npx tsx bench/costing.bench.ts — exits 1 when the median is over budget, or
// when the engine's result differs from the plain reference engine's.
import { isDeepStrictEqual } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import { computeCosting } from '../backend/src/domain/costing/index.js';
import type { CostingResult, Impact } from '../backend/src/domain/costing/types.js';
import { computeCosting as computeReferenceCosting } from '../backend/src/domain/costing/reference/engine.js';
import { buildPaysBasqueInput } from './fixtures/pays-basque.js';

const BUDGET_MEDIAN_MS = 10;
const WARM_UP_RUNS = 50;
const MEASURED_RUNS = 300;

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Median and p95 of `run` in ms, after warming up. */
function measure(run: () => void, warmUpRuns = WARM_UP_RUNS, measuredRuns = MEASURED_RUNS): { median: number; p95: number } {
  for (let i = 0; i < warmUpRuns; i++) run();
  const durations: number[] = [];
  for (let i = 0; i < measuredRuns; i++) {
    const start = performance.now();
    run();
    durations.push(performance.now() - start);
  }
  durations.sort((a, b) => a - b);
  return { median: percentile(durations, 0.5), p95: percentile(durations, 0.95) };
}

const input = buildPaysBasqueInput();
const full = measure(() => computeCosting(input));
// What one result keeps alive: the heap after a full collection, without it and with it (without
// collecting, a collection during the run made this read 0).
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;
collectGarbage();
const heapBefore = process.memoryUsage().heapUsed;
const result = computeCosting(input);
collectGarbage();
const heapAfter = process.memoryUsage().heapUsed;
// The floor: only allocating an output of the same shape (its objects and arrays as literals, the
// strings shared), with nothing computed. A generic deep copy (for…in into empty objects) measured
// 6–7 ms here: that was the cost of building dictionary-mode objects key by key, not of the shape.
const impactOf = (impact: Impact): Impact => ({ etpChange: impact.etpChange, operatingExpenseChangeCents: impact.operatingExpenseChangeCents });
function copyOf(r: CostingResult): CostingResult {
  return {
    mandate: { first: r.mandate.first, last: r.mandate.last },
    actions: r.actions.map((a) => ({
      actionId: a.actionId,
      title: a.title,
      kind: a.kind,
      years: a.years.map((y) => ({
        year: y.year,
        totalCents: y.totalCents,
        operatingCents: y.operatingCents,
        investmentCents: y.investmentCents,
        shares: y.shares.map((s) => ({ payer: s.payer, cents: s.cents, operatingCents: s.operatingCents, investmentCents: s.investmentCents, payment: s.payment, explanation: s.explanation })),
      })),
      totalCents: a.totalCents,
    })),
    communes: r.communes.map((c) => ({ insee: c.insee, name: c.name, population: c.population, years: c.years.map((f) => ({ ...f, impact: impactOf(f.impact) })), mandate: { ...c.mandate, impact: impactOf(c.mandate.impact) } })),
    epci: { years: r.epci.years.map((f) => ({ ...f, impact: impactOf(f.impact) })), mandate: { ...r.epci.mandate, impact: impactOf(r.epci.mandate.impact) } },
    totals: { years: r.totals.years.map((t) => ({ ...t })), mandate: { ...r.totals.mandate } },
  };
}
const floor = measure(() => copyOf(result));
// The plain engine, for comparison: what the fast paths buy (fewer runs: it is slow).
const referenceResult = computeReferenceCosting(input);
const reference = measure(() => computeReferenceCosting(input), 3, 9);
const shareCount = result.actions.reduce((sum, action) => sum + action.years.reduce((n, year) => n + year.shares.length, 0), 0);

console.log(`Costing engine — ${input.communes.length} communes, ${input.actions.length} actions, ${input.mandate.first}–${input.mandate.last}, ${shareCount} shares`);
console.table({
  'full recompute, median': { value: `${full.median.toFixed(2)} ms`, budget: `≤ ${BUDGET_MEDIAN_MS} ms` },
  'full recompute, p95': { value: `${full.p95.toFixed(2)} ms`, budget: '' },
  'floor: copying the output alone, median': { value: `${floor.median.toFixed(2)} ms`, budget: '' },
  'plain reference engine, median': { value: `${reference.median.toFixed(2)} ms`, budget: '' },
  'heap used': { value: megabytes(heapAfter), budget: '' },
  'heap kept by one result': { value: megabytes(Math.max(0, heapAfter - heapBefore)), budget: '' },
  'result as JSON': { value: megabytes(JSON.stringify(result).length), budget: '' },
});

if (!isDeepStrictEqual(result, referenceResult)) {
  console.error('The engine’s result differs from the reference engine’s (backend/src/domain/costing/reference/)');
  process.exit(1);
}
if (full.median > BUDGET_MEDIAN_MS) {
  console.error(`Over budget: full recompute median ${full.median.toFixed(2)} ms > ${BUDGET_MEDIAN_MS} ms`);
  process.exit(1);
}
console.log(`Within budget (${MEASURED_RUNS} runs after ${WARM_UP_RUNS} warm-up runs).`);
