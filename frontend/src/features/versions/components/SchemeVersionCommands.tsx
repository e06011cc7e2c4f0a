import '../versions.css';
import { Link } from 'react-router';
import { useVersionAccess } from '../hooks/useVersionAccess';
import { versionsPath } from '../paths';
import { FreezeVersionButton } from './FreezeVersionButton';

interface SchemeVersionCommandsProps {
  epciId: string;
  schemeId: string;
  revision: number;
  reload: () => Promise<unknown>;
  onFrozen: (success: string) => void;
}

/** The way from the draft to its versions, and for drafters the freeze of the draft as it is. */
export function SchemeVersionCommands({ epciId, schemeId, revision, reload, onFrozen }: SchemeVersionCommandsProps) {
  const { canFreeze } = useVersionAccess(epciId);
  return (
    <div className="row-actions version-commands">
      <Link className="button-link" to={versionsPath(epciId, schemeId)}>
        Versions
      </Link>
      {canFreeze && <FreezeVersionButton schemeId={schemeId} revision={revision} reload={reload} onFrozen={onFrozen} />}
    </div>
  );
}
