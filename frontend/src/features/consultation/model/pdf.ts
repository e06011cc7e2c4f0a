/** The server's limit for a deliberation's PDF; checked here too, to spare a 20 MB upload that would be refused. */
export const MAX_PDF_BYTES = 20 * 1024 * 1024;

const PDF_SIGNATURE = '%PDF-';

export const opinionPdfPath = (opinionId: string) => `/api/opinions/${encodeURIComponent(opinionId)}/deliberation.pdf`;
export const decisionPdfPath = (decisionId: string) => `/api/decisions/${encodeURIComponent(decisionId)}/deliberation.pdf`;

/**
 * Why a chosen file cannot be sent as a deliberation, or undefined when it can. A PDF is known by
 * its first bytes, not its name: a renamed image is refused here as the server refuses it.
 */
export async function pdfProblem(file: Blob): Promise<string | undefined> {
  if (file.size > MAX_PDF_BYTES) return 'Le fichier dépasse 20 Mo : joignez une version plus légère de la délibération.';
  const head = new TextDecoder('latin1').decode(await file.slice(0, PDF_SIGNATURE.length).arrayBuffer());
  return head === PDF_SIGNATURE ? undefined : 'Le fichier choisi n’est pas un PDF : joignez la délibération au format PDF.';
}

/** Sends the PDF as the raw body of the route; the server's French message when it refuses. */
export async function uploadPdf(path: string, file: Blob): Promise<void> {
  let response: Response;
  try {
    response = await fetch(path, { method: 'PUT', headers: { 'Content-Type': 'application/pdf' }, body: file, credentials: 'same-origin' });
  } catch {
    throw new Error('Le service ne répond pas : la délibération n’a pas été envoyée. Vérifiez votre connexion puis réessayez.');
  }
  if (response.ok) return;
  const answer = (await response.json().catch(() => null)) as { message?: unknown } | null;
  throw new Error(typeof answer?.message === 'string' ? answer.message : 'La délibération n’a pas pu être envoyée. Réessayez.');
}
