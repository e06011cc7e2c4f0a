import { Button } from '@gouvfr-lasuite/cunningham-react';
import { formatInteger } from '../format/french';

interface PagerProps {
  /** What the pages are of, for the navigation landmark, e.g. « Pages de résultats ». */
  label: string;
  offset: number;
  pageSize: number;
  total: number;
  onOffsetChange: (offset: number) => void;
}

/** Previous / next pages of a list paginated by the server. */
export function Pager({ label, offset, pageSize, total, onOffsetChange }: PagerProps) {
  if (total <= pageSize) return null;
  const last = Math.min(offset + pageSize, total);
  return (
    <nav className="pager" aria-label={label}>
      <Button
        size="small"
        variant="bordered"
        color="neutral"
        disabled={offset === 0}
        onClick={() => onOffsetChange(Math.max(0, offset - pageSize))}
      >
        Page précédente
      </Button>
      <span>
        {formatInteger(offset + 1)} à {formatInteger(last)} sur {formatInteger(total)}
      </span>
      <Button
        size="small"
        variant="bordered"
        color="neutral"
        disabled={last >= total}
        onClick={() => onOffsetChange(offset + pageSize)}
      >
        Page suivante
      </Button>
    </nav>
  );
}
