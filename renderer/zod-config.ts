// Imported first by main.tsx, before any schema is built: zod probes for eval() to compile
// validators, and the CSP forbids eval, so tell it not to try.
import { z } from 'zod';

z.config({ jitless: true });
