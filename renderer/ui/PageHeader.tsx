import { useEffect, useRef, type ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  /** One short sentence under the title. */
  intro?: ReactNode;
  actions?: ReactNode;
}

/**
 * The screen's one h1. Focus moves to it on arrival so screen readers announce the new screen:
 * in the next frame, so the move does not force the browser to lay out the page in the middle
 * of drawing it (focus needs a layout) while the screen's data may be about to arrive.
 */
export function PageHeader({ title, intro, actions }: PageHeaderProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Circlekeeper`;
  }, [title]);
  useEffect(() => {
    const frame = requestAnimationFrame(() => headingRef.current?.focus({ preventScroll: true }));
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <header className="page-header">
      <div>
        <h1 ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
        {intro && <p className="page-header__intro">{intro}</p>}
      </div>
      {actions && <div className="page-header__actions">{actions}</div>}
    </header>
  );
}
