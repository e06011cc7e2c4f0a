import type { DocumentFieldsFragment } from '../../../gql/graphql';
import { formatBytes } from '../model/consultation';

/** A deliberation's PDF to download, with its size so that the reader knows what comes. */
export function DocumentLink({ document, label }: { document: DocumentFieldsFragment; label: string }) {
  return (
    <>
      <a href={document.url} download>
        {label}
      </a>{' '}
      <span className="muted">({formatBytes(document.byteSize)})</span>
    </>
  );
}
