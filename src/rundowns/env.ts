import type { RundownRoom } from './room.ts';

/** The binding the rundown routes need (wrangler.toml `[[durable_objects.bindings]]`). */
export interface RundownEnv {
  /** One `RundownRoom` Durable Object per rundown. */
  RUNDOWNS?: DurableObjectNamespace<RundownRoom>;
}
