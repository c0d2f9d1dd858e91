import { addApiPart } from './edge/api-parts.ts';
import { createApp } from './http/app.ts';
import { webhookOpenApi } from './webhooks/openapi.ts';
import { webhookRoutes } from './webhooks/routes.ts';

export type { Env } from './bindings.ts';

addApiPart(webhookOpenApi);

const app = createApp();
app.route('/', webhookRoutes);

export default app;
