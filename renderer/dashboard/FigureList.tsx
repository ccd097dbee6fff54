import { useTranslation } from '../i18n/use-translation';
import { numberFormat } from '../ui/intl-cache';

interface Figure {
  label: string;
  value: number;
}

/** Key numbers as a definition list: each label is read with its number. */
export function FigureList({ figures }: { figures: Figure[] }) {
  const { i18n } = useTranslation();
  const format = numberFormat(i18n.language);
  return (
    <dl className="figures">
      {figures.map((figure) => (
        <div key={figure.label} className="figure">
          <dt>{figure.label}</dt>
          <dd>{format.format(figure.value)}</dd>
        </div>
      ))}
    </dl>
  );
}
