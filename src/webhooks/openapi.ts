import * as z from 'zod/mini';
import '../core/zod-messages.ts';
import { messageSchema } from '../core/document.ts';
import type { ApiPart, JsonObject } from '../edge/api-parts.ts';
import { PROBLEM_TYPES, type ProblemSlug } from '../edge/errors.ts';
import { openApiComponents } from '../edge/problem-schema.ts';
import { OUTPUTS } from '../options.ts';
import { deliverySchema } from './payload.ts';
import { deliveryAnswerSchema, manifestSchema, storedOutputSchema } from './store.ts';

/**
 * OpenAPI 3.1 paths and component schemas of the webhook and story routes, which `src/index.ts`
 * adds to the API document (`addApiPart`). They refer to the document's `Problem`, `Message` and
 * `ScriptDocument` schemas and `bearerAuth` scheme. Every schema here is generated from a zod
 * schema the code uses: the delivery from the one that validates deliveries, the answer, manifest
 * and stored output from the ones that type what is stored (`store.ts`), so none can drift apart.
 */
export function webhookOpenApi(): ApiPart {
  const ref = (name: string): JsonObject => ({ $ref: `#/components/schemas/${name}` });
  const problem = (...slugs: ProblemSlug[]): JsonObject => ({
    description: slugs
      .map((slug) => `\`${slug}\`: ${PROBLEM_TYPES[slug].description}`)
      .join('\n\n'),
    content: { 'application/problem+json': { schema: ref('Problem') } },
  });
  const header = (name: string, description: string, pattern?: string): JsonObject => ({
    name,
    in: 'header',
    required: true,
    description,
    schema: pattern ? { type: 'string', pattern } : { type: 'string' },
  });
  const { $schema: _dialect, ...delivery } = z.toJSONSchema(deliverySchema(), {
    io: 'input',
    // `options` is checked by a function (it keeps the object as sent); its meta says object.
    unrepresentable: 'any',
  });
  const storyPath: JsonObject[] = [
    { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
    {
      name: 'revision',
      in: 'query',
      required: false,
      description: 'A stored revision; the latest when absent.',
      schema: { type: 'string' },
    },
  ];
  const readErrors = {
    '401': problem('unauthorized'),
    '404': problem('not-found'),
    '429': problem('rate-limited'),
    '503': problem('not-configured', 'storage-unavailable'),
  };

  return {
    schemas: {
      CmsDelivery: delivery as JsonObject,
      // Generated from the schemas of what is stored and answered (src/webhooks/store.ts); the
      // messages refer to the document's `Message` component.
      ...(openApiComponents(
        {
          CmsDeliveryAnswer: deliveryAnswerSchema(),
          StoryManifest: manifestSchema(),
          StoredOutput: storedOutputSchema(),
        },
        'output',
        { Message: messageSchema() },
      ) as JsonObject),
    },
    paths: {
      '/v1/webhooks/cms': {
        post: {
          operationId: 'cmsWebhook',
          summary: 'CMS webhook: render a story and store every output',
          description: [
            'A Standard Webhooks delivery (https://www.standardwebhooks.com). The signature is',
            'HMAC-SHA256 over `webhook-id.webhook-timestamp.body` with the `whsec_` secret, verified',
            'on the raw body; the timestamp may be 5 minutes off at most. Each output is rendered',
            'as `/v1/format` renders it and stored before the answer. A redelivered `webhook-id`',
            'gets the first answer again and stores nothing; a stored revision never changes.',
          ].join(' '),
          tags: ['cms'],
          parameters: [
            header('webhook-id', 'Unique message id; redeliveries repeat it.'),
            header('webhook-timestamp', 'Unix time in seconds.', '^[0-9]+$'),
            header(
              'webhook-signature',
              'Space-separated `v1,<base64>` signatures (several while a secret rotates); other versions are ignored.',
            ),
          ],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('CmsDelivery') } },
          },
          responses: {
            '200': {
              description: 'Every output is stored (now, or by the first delivery of this id).',
              content: { 'application/json': { schema: ref('CmsDeliveryAnswer') } },
            },
            '400': problem('malformed-request'),
            '401': problem('unauthorized'),
            '409': problem('webhook-id-reused', 'revision-conflict', 'delivery-in-progress'),
            '413': problem('payload-too-large'),
            '422': problem(
              'invalid-delivery',
              'invalid-options',
              'output-not-available',
              'unknown-template',
              'too-many-blocks',
              'output-too-large',
            ),
            '429': problem('rate-limited'),
            '503': problem('not-configured', 'storage-unavailable'),
          },
        },
      },
      '/v1/stories/{id}': {
        get: {
          operationId: 'getStoryManifest',
          summary: 'What is stored for a story revision',
          description: 'The manifest of the latest revision, or of `revision`.',
          tags: ['cms'],
          security: [{ bearerAuth: [] }],
          parameters: storyPath,
          responses: {
            '200': {
              description: 'The manifest.',
              content: { 'application/json': { schema: ref('StoryManifest') } },
            },
            ...readErrors,
          },
        },
      },
      '/v1/stories/{id}/{output}': {
        get: {
          operationId: 'getStoryOutput',
          summary: 'A stored output of a CMS story',
          description:
            'The stored bytes of the latest revision, or of `revision`; `ETag` is the SHA-256 of the bytes and `If-None-Match` answers 304. `Content-Location` names the revision served.',
          tags: ['cms'],
          security: [{ bearerAuth: [] }],
          parameters: [
            ...storyPath,
            {
              name: 'output',
              in: 'path',
              required: true,
              schema: { type: 'string', enum: [...OUTPUTS] },
            },
          ],
          responses: {
            '200': {
              description:
                'The stored output, in its content type: the JSON document for `json`, text or ' +
                'bytes for the others.',
              content: {
                'application/json': { schema: ref('ScriptDocument') },
                '*/*': { schema: { type: 'string' } },
              },
            },
            '304': { description: 'Not modified (`If-None-Match` matched the ETag).' },
            ...readErrors,
          },
        },
      },
    },
  };
}
