/**
 * zod/mini's issue messages in English (`Too big: expected number to be <=60`), as classic zod
 * sets them by itself; without this zod/mini says only `Invalid input`. Every module that builds a
 * schema imports this one for its side effect (scripts/check-layers.mjs checks it), so a message
 * never depends on which module happened to load first.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());
