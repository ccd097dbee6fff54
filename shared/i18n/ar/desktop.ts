import type { Catalogue } from '../en';

// Arabic messages of the 'desktop' block. Spread into ar.ts.
export const desktop: Catalogue['desktop'] = {
  fileSaved: 'حُفظ الملف.',
  fileFailed: 'تعذّر حفظ الملف. لم يُكتب شيء. حاول مرة أخرى، أو اختر مجلدًا آخر.',
};
