import { addApiPart } from './edge/api-parts.ts';
import { createApp } from './http/app.ts';
import { rundownOpenApi } from './rundowns/openapi.ts';
import { rundownRoutes } from './rundowns/routes.ts';
import { webhookOpenApi } from './webhooks/openapi.ts';
import { webhookRoutes } from './webhooks/routes.ts';

export type { Env } from './bindings.ts';

addApiPart(webhookOpenApi);
addApiPart(rundownOpenApi);

const app = createApp();
app.route('/', webhookRoutes);
app.route('/', rundownRoutes);

/** One Durable Object per rundown (src/rundowns/room.ts). */
export { RundownRoom } from './rundowns/room.ts';

export default app;
