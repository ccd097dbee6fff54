// Once per e2e run, before any test file: the small demo centre, made as IT staff would (`init`,
// then `demo-data --size small`). Test files that start from it get a copy of its folder
// (prepareDemoCentre), so the 10 s of key derivation and demo data are paid once, not per file.
import { rmSync } from 'node:fs';
import { buildDemoCentreTemplate, DEMO_TEMPLATE_DIR } from './demo-centre';

export default async function globalSetup(): Promise<void> {
  rmSync(DEMO_TEMPLATE_DIR, { recursive: true, force: true });
  await buildDemoCentreTemplate();
}
