import type { CSSProperties } from 'react';
import { usePrint } from '../print-context';
import { LtrText } from '../../ui/LtrText';

/** Longer names get fewer, wider tabs, so the name stays large enough to read. */
export function tabCountFor(name: string): number {
  return name.length > 60 ? 8 : 10;
}

/** Type steps by the name's length: a long name wraps onto more lines in smaller type. */
function nameSize(name: string): 'short' | 'medium' | 'long' {
  if (name.length <= 30) return 'short';
  return name.length <= 60 ? 'medium' : 'long';
}

/** Scissors, drawn: a font may not have the ✂ sign, and the PDF must show it anyway. */
function Scissors() {
  return (
    <svg className="flyer__scissors" viewBox="0 0 24 24" aria-hidden="true">
      <g fill="none" stroke="#000" strokeWidth="1.8">
        <circle cx="6" cy="6" r="3" />
        <circle cx="6" cy="18" r="3" />
        <path d="M8.5 7.5 21 18M8.5 16.5 21 6" />
      </g>
    </svg>
  );
}

/**
 * The strip along the bottom edge: tabs to cut apart and tear off, each with the group's name
 * and the phone number, written up the tab so it reads when held on its own.
 */
export function TearOffTabs({ name, phone }: { name: string; phone: string }) {
  const { t } = usePrint();
  const count = tabCountFor(name);
  return (
    <div className="flyer__tear-off">
      <p className="flyer__cut-hint">
        <Scissors />
        {t('printGroup.flyer.tabsHint')}
      </p>
      <ul
        className={`flyer__tabs flyer__tabs--${nameSize(name)}`}
        style={{ '--tab-count': count } as CSSProperties}
      >
        {Array.from({ length: count }, (_, index) => (
          <li key={index} className="flyer__tab">
            <span className="flyer__tab-text">
              <span className="flyer__tab-name">{name}</span>
              <LtrText className="flyer__tab-phone">{phone}</LtrText>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
