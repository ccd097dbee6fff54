import type { Handlers } from '../core/handler-types';
import { listRota } from './list-rota';

export const rotaHandlers: Handlers<'listRota'> = { listRota };
