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
