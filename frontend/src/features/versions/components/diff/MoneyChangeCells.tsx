import type { MoneyChange } from '../../model/versions';
import { formatEuros, formatEurosChange } from '../../../schemes/format';
import { TrendMark } from './TrendMark';

/** The headings of an amount in two versions: before, after, difference, direction. */
export function MoneyChangeHeadings({ fromLabel, toLabel }: { fromLabel: string; toLabel: string }) {
  return (
    <>
      <th scope="col" className="numeric">
        {fromLabel}
      </th>
      <th scope="col" className="numeric">
        {toLabel}
      </th>
      <th scope="col" className="numeric">
        Écart
      </th>
      <th scope="col">Sens</th>
    </>
  );
}

/** An amount in two versions, under MoneyChangeHeadings. */
export function MoneyChangeCells({ money }: { money: MoneyChange }) {
  return (
    <>
      <td className="numeric">{formatEuros(money.before)}</td>
      <td className="numeric">{formatEuros(money.after)}</td>
      <td className="numeric">{formatEurosChange(money.difference)}</td>
      <td>
        <TrendMark difference={money.difference} />
      </td>
    </>
  );
}
