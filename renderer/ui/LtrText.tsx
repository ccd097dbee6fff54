import type { ReactNode } from 'react';

interface LtrTextProps {
  children: ReactNode;
  className?: string;
}

/**
 * A phone number, email, web address, user name or code: always read left to right, even inside
 * Arabic text ("+44 20 7946 0000" must not come out as "0000 7946 20 44+"). <bdi> also keeps the
 * text around it in its own direction.
 */
export function LtrText({ children, className }: LtrTextProps) {
  return (
    <bdi dir="ltr" className={className}>
      {children}
    </bdi>
  );
}

/**
 * The same for a value placed inside a translated sentence, where no element can go: Unicode's
 * left-to-right isolate marks do what <bdi dir="ltr"> does.
 */
export function isolateLtr(text: string): string {
  return `\u2066${text}\u2069`;
}

/**
 * A name or other typed text placed inside a translated sentence, in whichever direction it is
 * written: first-strong isolate marks keep "Ruth Jones" from turning an Arabic sentence left to
 * right, and an Arabic name from turning an English one.
 */
export function isolateTyped(text: string): string {
  return `\u2068${text}\u2069`;
}
