import type { ReactNode } from 'react';

/** An error the user must notice: announced at once by screen readers. */
export function ErrorAlert({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <div role="alert" className="alert alert--error">
      {children}
    </div>
  );
}

/** Good news or a neutral note, announced politely. */
export function StatusNote({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="alert alert--info">
      {children}
    </div>
  );
}
