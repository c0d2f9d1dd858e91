// Module-level work for startup.test.ts to find: a lazy pattern used at import.
import { lazyRegExp } from '../../src/core/lazy.ts';

export const startsCapital = lazyRegExp(String.raw`^\p{Lu}`, 'u').test('Ana');
