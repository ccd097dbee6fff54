// A missing, truncated, swapped or tampered keyslots.json: refused clearly, the database untouched,
// and everything back once the original key file is put back.
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ErrorCode } from '../../../shared/api/errors';
import { vaultPaths } from '../../../main/vault/vault';
import { expectAccepted, expectCliRefusal, expectRefused } from '../expect';
import type { Scenario } from '../harness';
import type { PreparedVault } from '../prepared-vault';
import { ADMIN, openCoreWorker, runCli } from '../product';
import { copyDataDir, fingerprint, lookInside, rowDifferences } from '../vault-files';

interface KeyFileFault {
  name: string;
  /** Damages `keySlots`; `foreign` is another data folder's key file. */
  damage(keySlots: string, foreign: string): void;
  /** What signing in must say. */
  logInCodes: readonly ErrorCode[];
  /** What setup (API and `circlekeeper init`) must say: it refuses, whatever the fault. */
  setUpCodes: readonly ErrorCode[];
}

interface SlotFile {
  slots: { kind: string; kdf: { N: number }; cipher: { ciphertext: string } }[];
}

function editAdminSlot(keySlots: string, edit: (slot: SlotFile['slots'][number]) => void): void {
  const file = JSON.parse(readFileSync(keySlots, 'utf8')) as SlotFile;
  const admin = file.slots.find((slot) => slot.kind === 'password');
  if (!admin) throw new Error('the key file has no password slot');
  edit(admin);
  writeFileSync(keySlots, JSON.stringify(file, null, 2));
}

const FAULTS: KeyFileFault[] = [
  {
    name: 'missing key file',
    damage: (keySlots) => rmSync(keySlots),
    logInCodes: ['KEY_FILE_PROBLEM'],
    setUpCodes: ['KEY_FILE_PROBLEM'],
  },
  {
    name: 'truncated key file',
    damage: (keySlots) => {
      const content = readFileSync(keySlots);
      writeFileSync(keySlots, content.subarray(0, Math.floor(content.length / 2)));
    },
    logInCodes: ['KEY_FILE_PROBLEM'],
    setUpCodes: ['KEY_FILE_PROBLEM'],
  },
  {
    // Same admin name and password in both folders: the foreign slot unwraps, to the wrong key.
    name: "swapped key file (another data folder's)",
    damage: (keySlots, foreign) => copyFileSync(foreign, keySlots),
    logInCodes: ['KEY_FILE_PROBLEM'],
    // The key file records the database's salt, so a foreign one is known before any key is tried.
    setUpCodes: ['KEY_FILE_PROBLEM'],
  },
  {
    // A scrypt cost far beyond the allowed maximum would exhaust memory if it were obeyed.
    name: 'tampered key file (hostile scrypt cost)',
    damage: (keySlots) => editAdminSlot(keySlots, (slot) => (slot.kdf.N = 2 ** 30)),
    logInCodes: ['KEY_FILE_PROBLEM'],
    setUpCodes: ['KEY_FILE_PROBLEM'],
  },
  {
    // AES-GCM cannot tell an altered slot from a wrong password; it must simply not open.
    name: 'tampered key file (altered wrapped key)',
    damage: (keySlots) =>
      editAdminSlot(keySlots, (slot) => {
        const bytes = Buffer.from(slot.cipher.ciphertext, 'base64');
        bytes[0] = bytes[0]! ^ 0xff;
        slot.cipher.ciphertext = bytes.toString('base64');
      }),
    logInCodes: ['WRONG_CREDENTIALS'],
    setUpCodes: ['KEY_FILE_PROBLEM', 'ALREADY_SET_UP'],
  },
];

const SET_UP_INPUT = {
  organisationName: 'Someone Else',
  timeZone: 'Europe/London',
  language: 'en',
  admin: { username: 'intruder', displayName: 'Intruder', password: 'another-long-pass-99' },
};

function keyFileScenario(
  fault: KeyFileFault,
  vault: PreparedVault,
  foreignDir: string,
  workDir: string,
): Scenario {
  return {
    name: fault.name,
    async run(context) {
      const dataDir = path.join(workDir, `key-file-${fault.name.replace(/\W+/g, '-')}`);
      copyDataDir(vault.dir, dataDir);
      const { keySlots } = vaultPaths(dataDir);
      const before = lookInside(dataDir, vault.key);
      const original = readFileSync(keySlots);
      fault.damage(keySlots, vaultPaths(foreignDir).keySlots);
      const damaged = fingerprint(dataDir);

      const worker = openCoreWorker(dataDir);
      try {
        const status = await worker.call('getVaultStatus', {});
        context.log(`getVaultStatus → ${JSON.stringify(status.ok ? status.value : status.error)}`);
        context.check(status.ok, 'getVaultStatus should still answer');
        await expectRefused(context, worker, 'logIn', ADMIN, fault.logInCodes);
        await expectRefused(context, worker, 'setUpVault', SET_UP_INPUT, fault.setUpCodes);
      } finally {
        await worker.close();
      }
      const init = await runCli(
        ['init', '--data-dir', dataDir, '--org', 'Someone Else', '--admin', 'intruder'],
        `${SET_UP_INPUT.admin.password}\n${SET_UP_INPUT.admin.password}\n`,
      );
      expectCliRefusal(context, 'init', init, fault.setUpCodes);
      context.check(
        fingerprint(dataDir) === damaged,
        'the database and key file must be byte-identical after the refused sign-in and setup',
      );

      writeFileSync(keySlots, original);
      context.log('put the original keyslots.json back');
      const again = openCoreWorker(dataDir);
      try {
        await expectAccepted(context, again, 'logIn', ADMIN);
      } finally {
        await again.close();
      }
      const after = lookInside(dataDir, vault.key);
      const differences = rowDifferences(before.rows, after.rows);
      context.check(differences === '', `rows changed: ${differences}`);
      context.check(after.integrity === 'ok', `integrity_check says: ${after.integrity}`);
      context.log(`data intact: integrity ${after.integrity}, every row as before`);
    },
  };
}

/** `foreignDir`: another data folder, set up with the same admin name and password. */
export function keyFileScenarios(
  vault: PreparedVault,
  foreignDir: string,
  workDir: string,
): Scenario[] {
  return FAULTS.map((fault) => keyFileScenario(fault, vault, foreignDir, workDir));
}
