import { validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { webhookOpenApi } from '../../src/webhooks/openapi.ts';
import { deliverySchema } from '../../src/webhooks/payload.ts';

describe('webhookOpenApi', () => {
  it('is a valid OpenAPI 3.1 document once placed in one (with Problem, Message, ScriptDocument and bearerAuth)', async () => {
    const { paths, schemas } = webhookOpenApi();
    // The stored outputs' messages refer to the document's Message component, not a copy of it.
    expect(schemas.Message).toBeUndefined();
    expect(JSON.stringify(schemas.StoredOutput)).toContain('"#/components/schemas/Message"');
    const document = {
      openapi: '3.1.1',
      info: { title: 'scriptdesk webhooks', version: '1.0.0' },
      paths,
      components: {
        schemas: {
          ...schemas,
          Problem: { type: 'object' },
          Message: { type: 'object' },
          ScriptDocument: { type: 'object' },
        },
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } },
      },
    };
    // The parser's types want every optional member; the document is checked at run time.
    const result = await validate(structuredClone(document) as Parameters<typeof validate>[0]);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it('documents the delivery schema that validates deliveries', () => {
    const delivery = webhookOpenApi().schemas.CmsDelivery as {
      required: string[];
      properties: { story: { required: string[]; properties: { id: { anyOf: object[] } } } };
    };
    expect(delivery.required).toEqual(['story']);
    expect(delivery.properties.story.required).toEqual(['id', 'body']);
    // The id's pattern is documented, not lost behind the number-to-string transform.
    expect(JSON.stringify(delivery.properties.story.properties.id)).toContain('"pattern"');
    expect(deliverySchema().safeParse({ story: { id: 42, revision: 7, body: 'x' } }).data).toEqual({
      story: { id: '42', revision: '7', body: 'x' },
    });
  });
});
