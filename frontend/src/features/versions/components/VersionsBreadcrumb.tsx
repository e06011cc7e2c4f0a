import { Link } from 'react-router';
import { schemePath } from '../../schemes/paths';
import { versionsPath } from '../paths';

interface VersionsBreadcrumbProps {
  epciId: string;
  scheme: { id: string; title: string };
  /** Whether the page is below the timeline (a version, a comparison), which it then links to. */
  belowTimeline?: boolean;
}

/** The way back from a versions page: the scheme, then its timeline. */
export function VersionsBreadcrumb({ epciId, scheme, belowTimeline = false }: VersionsBreadcrumbProps) {
  return (
    <p className="breadcrumb">
      <Link to={schemePath(epciId, scheme.id)}>{scheme.title}</Link>
      {belowTimeline && (
        <>
          <span aria-hidden="true"> › </span>
          <Link to={versionsPath(epciId, scheme.id)}>Versions</Link>
        </>
      )}
    </p>
  );
}
