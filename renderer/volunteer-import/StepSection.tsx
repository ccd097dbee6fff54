import { useEffect, useId, useRef, type ReactNode } from 'react';

interface StepSectionProps {
  title: string;
  /** Moves the focus to the heading when the step appears, so the next thing read is the step. */
  isFocusedOnArrival?: boolean;
  children: ReactNode;
}

/** One step of the import, a region named by its heading. */
export function StepSection({ title, isFocusedOnArrival = true, children }: StepSectionProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Read once: a step that stays must not pull the focus back at each change.
  const isFocused = useRef(isFocusedOnArrival);
  useEffect(() => {
    if (isFocused.current) headingRef.current?.focus();
  }, []);
  return (
    <section className="import-step" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Words saying what is going on, with a bar that moves while it lasts. */
export function BusyNote({ children }: { children: string }) {
  const wordsId = useId();
  return (
    <div className="import-busy" role="status">
      <p id={wordsId}>{children}</p>
      <progress aria-labelledby={wordsId} />
    </div>
  );
}
