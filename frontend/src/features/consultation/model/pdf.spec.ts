import { describe, expect, it } from '@jest/globals';
import { MAX_PDF_BYTES, pdfProblem } from './pdf';

describe('pdfProblem', () => {
  it('accepts a file that starts as a PDF does', async () => {
    await expect(pdfProblem(new Blob(['%PDF-1.7\n%%EOF\n']))).resolves.toBeUndefined();
  });
  it('refuses a PNG renamed as a PDF, by its content', async () => {
    const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], { type: 'application/pdf' });
    await expect(pdfProblem(png)).resolves.toBe('Le fichier choisi n’est pas un PDF : joignez la délibération au format PDF.');
  });
  it('refuses a file over 20 MB', async () => {
    const big = new Blob(['%PDF-', new Uint8Array(MAX_PDF_BYTES)]);
    await expect(pdfProblem(big)).resolves.toBe('Le fichier dépasse 20 Mo : joignez une version plus légère de la délibération.');
  });
});
