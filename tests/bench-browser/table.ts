/**
 * The browser benchmark's one table: every figure with its median, 95th percentile, the same figure without
 * Margin where there is one, and whether it meets the goal.
 */
import { median, p95 } from './stats';

export interface Row {
  figure: string;
  unit: string;
  /** Samples with Margin. */
  samples: number[];
  /** The same figure in the browser without Margin, when one exists. */
  baseline?: number[];
  /** The value the goal is judged on, from the samples (p95 by default). */
  judge?: 'median' | 'p95' | 'max';
  goal: { max: number; text: string };
  /** Anything a reader needs to read the figure right. */
  note?: string;
}

const fmt = (value: number, unit: string): string => {
  if (!Number.isFinite(value)) return String(value);
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
};

export function judged(row: Row): number {
  if (row.judge === 'median') return median(row.samples);
  if (row.judge === 'max') return Math.max(...row.samples);
  return p95(row.samples);
}

export function meets(row: Row): boolean {
  return row.samples.length > 0 && judged(row) <= row.goal.max;
}

export function printTable(rows: readonly Row[]): string {
  const header = ['figure', 'median', 'p95', 'without Margin', 'ratio', 'goal', 'meets'];
  const lines = rows.map((row) => {
    const base = row.baseline && row.baseline.length > 0 ? median(row.baseline) : undefined;
    const ratio = base !== undefined && base !== 0 ? `${(median(row.samples) / base).toFixed(2)}×` : '';
    return [
      row.figure + (row.note ? ` (${row.note})` : ''),
      fmt(median(row.samples), row.unit),
      fmt(p95(row.samples), row.unit),
      base === undefined ? '' : fmt(base, row.unit),
      ratio,
      row.goal.text,
      row.samples.length === 0 ? 'not measured' : meets(row) ? 'yes' : 'NO',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]!.length)));
  const render = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [render(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(render)].join('\n');
}

/** One line a figure: the earlier build's median and p95, then this build's, and whether each meets the goal. */
export function printComparison(before: readonly Row[], after: readonly Row[]): string {
  const cell = (row: Row | undefined) =>
    !row || row.samples.length === 0 ? 'not measured' : `${fmt(median(row.samples), row.unit)}; ${fmt(p95(row.samples), row.unit)}${meets(row) ? '' : ' ✗'}`;
  const lines = after.map((row) => [row.figure, cell(before.find((other) => other.figure === row.figure)), cell(row), row.goal.text]);
  const header = ['figure', 'before', 'after', 'goal'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]!.length)));
  const render = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [render(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(render)].join('\n');
}
