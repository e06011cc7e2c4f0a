import { useApolloClient } from '@apollo/client/react';
import { Button } from '@gouvfr-lasuite/cunningham-react';
import { useState } from 'react';
import { downloadTextFile } from '../../../shared/files/textFiles';
import { apiErrorMessage } from '../../../shared/graphql/errors';
import { DeliberationsCsvQuery } from '../graphql/consultation';

/**
 * The version's deliberations — the council's and the communes' — as the open-data file French
 * authorities publish (SCDL « Délibérations »). A missing SIRET is refused with a message saying whose.
 */
export function DeliberationsCsvButton({ versionId }: { versionId: string }) {
  const client = useApolloClient();
  const [failure, setFailure] = useState<string>();

  async function download() {
    setFailure(undefined);
    try {
      // Read afresh: an opinion or a SIRET may have been recorded since.
      const { data } = await client.query({ query: DeliberationsCsvQuery, variables: { versionId }, fetchPolicy: 'network-only' });
      const file = data!.deliberationsCsv;
      downloadTextFile(file.fileName, file.content, 'text/csv;charset=utf-8');
    } catch (error) {
      setFailure(apiErrorMessage(error));
    }
  }

  return (
    <div className="csv-download">
      <Button size="small" color="neutral" variant="bordered" onClick={download}>
        Télécharger les délibérations (CSV open data)
      </Button>
      <div role="alert">{failure && <p className="field-error">{failure}</p>}</div>
    </div>
  );
}
