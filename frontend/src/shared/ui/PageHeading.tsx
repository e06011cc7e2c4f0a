import { useEffect, useRef } from 'react';

// The first page of a visit keeps the browser's natural focus; after that every page change
// moves the focus to the new page's h1 so that screen readers announce it.
let isFirstPage = true;

/** The page's h1; also sets the document title. */
export function PageHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${children} – Mutualis`;
  }, [children]);

  useEffect(() => {
    if (isFirstPage) isFirstPage = false;
    else ref.current?.focus();
  }, []);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
