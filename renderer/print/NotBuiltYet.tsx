import { PrintSheet } from './PrintDocument';
import { usePrint } from './print-context';

/** Placeholder until a printable's slice of issue 11 lands. */
export function NotBuiltYet() {
  const { t, printable } = usePrint();
  return (
    <PrintSheet>
      <h1>{t(`print.printables.${printable}.title`)}</h1>
    </PrintSheet>
  );
}
