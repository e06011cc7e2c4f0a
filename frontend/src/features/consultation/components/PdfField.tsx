import { useState, type ChangeEvent } from 'react';
import { pdfProblem } from '../model/pdf';

/** A chosen deliberation file and what is wrong with it, checked by its content as soon as it is chosen. */
export function usePdfChoice() {
  const [file, setFile] = useState<File>();
  const [problem, setProblem] = useState<string>();
  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    setFile(chosen);
    setProblem(chosen ? await pdfProblem(chosen) : undefined);
  }
  /** Whether the chosen file (if any) may be sent, even when the form is submitted before its check ended. */
  async function acceptable(): Promise<boolean> {
    const found = file ? await pdfProblem(file) : undefined;
    setProblem(found);
    return !found;
  }
  return { file, problem, choose, acceptable };
}

interface PdfFieldProps {
  id: string;
  label: string;
  error: string | undefined;
  /** Said when a file is already attached. */
  current?: string | undefined;
  choice: ReturnType<typeof usePdfChoice>;
}

/** A native file input for one PDF, labelled and described like the other fields. */
export function PdfField({ id, label, error, current, choice }: PdfFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const shownError = error ?? choice.problem;
  return (
    <div className="form-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="file"
        accept="application/pdf,.pdf"
        className="native-file"
        aria-invalid={shownError ? true : undefined}
        aria-describedby={shownError ? `${hintId} ${errorId}` : hintId}
        onChange={choice.choose}
      />
      <p id={hintId} className="field-hint">
        {current ?? 'Le fichier de la délibération au format PDF, 20 Mo au plus.'}
      </p>
      {shownError && (
        <p id={errorId} className="field-error">
          {shownError}
        </p>
      )}
    </div>
  );
}
