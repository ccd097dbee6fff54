import type { PrintableModule } from '../printable-module';
import { GroupSubject } from '../pickers/GroupSubject';
import { Flyer, useFlyerFileTitle } from './Flyer';
import { GroundRulesPoster, usePosterFileTitle } from './GroundRulesPoster';

export const flyer: PrintableModule = {
  Document: Flyer,
  Subject: GroupSubject,
  useFileTitle: useFlyerFileTitle,
};

export const groundRules: PrintableModule = {
  Document: GroundRulesPoster,
  Subject: GroupSubject,
  useFileTitle: usePosterFileTitle,
};
