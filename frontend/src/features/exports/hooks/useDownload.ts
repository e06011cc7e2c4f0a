import { useCallback, useRef, useState } from 'react';
import { fileNameOf } from '../paths';

export type DownloadState =
  | { kind: 'IDLE' }
  /** `received` bytes so far; `total` when the server announced it. */
  | { kind: 'RUNNING'; label: string; received: number; total: number | null }
  | { kind: 'FAILED'; message: string };

const IDLE: DownloadState = { kind: 'IDLE' };

/**
 * Downloads a generated file with the session cookie, reporting the bytes as they arrive (the
 * largest workbooks take a moment to generate), then hands it to the browser under the server's name.
 */
export function useDownload() {
  const [state, setState] = useState<DownloadState>(IDLE);
  const running = useRef(false);

  const download = useCallback(async (url: string, label: string, fallbackName: string) => {
    if (running.current) return;
    running.current = true;
    setState({ kind: 'RUNNING', label, received: 0, total: null });
    try {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok || !response.body) {
        const problem = (await response.json().catch(() => null)) as { message?: string } | null;
        throw new Error(problem?.message ?? 'Le fichier n’a pas pu être préparé. Réessayez dans un instant.');
      }
      const length = response.headers.get('content-length');
      const total = length ? Number(length) : null;
      const reader = response.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      for (let part = await reader.read(); !part.done; part = await reader.read()) {
        chunks.push(part.value);
        received += part.value.length;
        setState({ kind: 'RUNNING', label, received, total });
      }
      const blob = new Blob(chunks, { type: response.headers.get('content-type') ?? 'application/octet-stream' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = fileNameOf(response.headers.get('content-disposition'), fallbackName);
      link.click();
      // After the click has been handled: revoking at once can cancel the download in some browsers.
      setTimeout(() => URL.revokeObjectURL(link.href), 0);
      setState(IDLE);
    } catch (problem) {
      setState({ kind: 'FAILED', message: problem instanceof TypeError ? 'Le serveur ne répond pas : vérifiez la connexion puis réessayez.' : (problem as Error).message });
    } finally {
      running.current = false;
    }
  }, []);

  return { state, download };
}
