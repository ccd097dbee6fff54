/** The largest block the C allocator keeps per thread by exact size (glibc's tcache). */
const SMALL_BLOCK_LIMIT = 1_032;
/** Blocks of one small size a thread keeps for reuse (glibc's tcache holds 7). */
const BLOCKS_PER_SMALL_SIZE = 16;
/** Larger blocks, largest first, and how many bytes of each. */
const LARGE_PLAN: readonly (readonly [size: number, bytes: number])[] = [
  [65_536, 16 * 1024 * 1024],
  [16_384, 8 * 1024 * 1024],
  [4_096, 8 * 1024 * 1024],
  [1_024, 4 * 1024 * 1024],
  [256, 2 * 1024 * 1024],
  [96, 1024 * 1024],
];

/** A block from the C allocator (Node keeps buffers of 64 bytes or less in the JS heap). */
const zeroedBlock = (size: number) => Buffer.allocUnsafeSlow(size).fill(0);

/**
 * Overwrites what this thread freed. SQLite frees its page cache, rows and statement buffers
 * through the C allocator, which neither zeroes them nor returns small blocks to the system:
 * decrypted rows would stay readable in a retired thread's memory. Asking the same allocator,
 * from the same thread, for blocks of every small size (each size has its own free list) and
 * then of falling large sizes hands those freed blocks back, and they are zeroed. Run after the
 * database has closed, just before the thread exits. A measure of defence, not a guarantee: a
 * test scans a live process after a lock (tests/cli/lock-forgets.test.ts). Returns how many
 * blocks it asked for.
 */
export function scrubFreedMemory(): number {
  const held: Buffer[] = [];
  for (let size = 72; size <= SMALL_BLOCK_LIMIT; size += 8) {
    for (let index = 0; index < BLOCKS_PER_SMALL_SIZE; index += 1) held.push(zeroedBlock(size));
  }
  for (const [size, bytes] of LARGE_PLAN) {
    for (let used = 0; used < bytes; used += size) held.push(zeroedBlock(size));
  }
  // Released when this returns; the thread ends right after, its heap with it.
  return held.length;
}
