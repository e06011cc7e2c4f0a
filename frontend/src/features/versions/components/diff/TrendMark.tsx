import { TREND_LABELS, trendOf, type Trend } from '../../model/versions';

const ICONS: Record<Trend, string> = { rise: 'trending_up', fall: 'trending_down', none: 'trending_flat' };

/** « hausse » or « baisse » in words, the icon only repeating it. */
export function TrendMark({ difference }: { difference: number }) {
  const trend = trendOf(difference);
  return (
    <span className={`trend trend--${trend}`}>
      <span className="material-icons" aria-hidden="true">
        {ICONS[trend]}
      </span>
      {TREND_LABELS[trend]}
    </span>
  );
}
