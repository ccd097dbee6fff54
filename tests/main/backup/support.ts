import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { MethodOutput } from '../../../shared/api/contract';
import { vaultPaths } from '../../../main/vault/vault';
import { withRawVaultDatabase } from '../../support/raw-database';
import { everyTableRow } from '../../support/table-rows';
import {
  ADMIN,
  createSetUpCore,
  makeTempDir,
  sampleGroup,
  type TestCore,
} from '../../support/temp-core';

export type SetUpCore = TestCore & { recoveryKey: string };

/** A centre with a few records in several tables, and a folder standing in for a USB drive. */
export async function centreWithData(): Promise<{ test: SetUpCore; usb: string }> {
  const test = await createSetUpCore();
  const location = await test.call('createLocation', { name: 'Main Hall' });
  for (const name of ['Thursday Grief Circle', 'Carers Café', 'Recovery Tuesdays']) {
    await test.call('createGroup', sampleGroup({ name, locationId: location.id }));
  }
  await test.call('createUser', {
    username: 'cora',
    displayName: 'Cora',
    role: 'coordinator',
    password: 'meadow-lark-31',
  });
  const usb = path.join(makeTempDir('ck-usb-'), 'KINGSTON');
  mkdirSync(usb);
  return { test, usb };
}

export async function backUp(test: SetUpCore, usb: string): Promise<MethodOutput<'createBackup'>> {
  return test.call('createBackup', { targetDir: usb });
}

/** Every row of every table, read behind the core's back (the core must be locked or closed). */
export async function everyRow(dataDir: string): Promise<Record<string, unknown[]>> {
  return withRawVaultDatabase(dataDir, ADMIN, everyTableRow);
}

/** The bytes of the database and key-slot file: "untouched" means these are unchanged. */
export function liveFiles(dataDir: string): {
  database: Buffer;
  keySlots: string;
  names: string[];
} {
  const paths = vaultPaths(dataDir);
  return {
    database: readFileSync(paths.database),
    keySlots: readFileSync(paths.keySlots, 'utf8'),
    names: readdirSync(dataDir).sort(),
  };
}

export const ADMIN_SECRET = {
  kind: 'password',
  username: ADMIN.username,
  password: ADMIN.password,
} as const;
