/** SQLCipher raw keys are 256 bits. */
export const KEY_BYTES_FOR_VAULT = 32;
