import { PROBLEM_TYPES, type ProblemSlug } from '../edge/errors.ts';
import { openApiComponents } from '../edge/problem-schema.ts';
import { MAX_SCREENS, MESSAGE_RATE } from './room.ts';
import { rundownSchemas } from './schemas.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };
type JsonObject = { [key: string]: Json | undefined };

/** The components generated from the schemas: request bodies as sent, answers as given. */
function generated(): JsonObject {
  const { settings, cmsStory, order, created, summary, state, rundown } = rundownSchemas();
  const requests = openApiComponents(
    { RundownSettings: settings, RundownCmsStory: cmsStory, RundownOrder: order },
    'input',
  );
  const answers = openApiComponents({
    RundownCreated: created,
    RundownStorySummary: summary,
    PrompterState: state,
    Rundown: rundown,
  });
  return { ...requests, ...answers } as JsonObject;
}

/**
 * OpenAPI 3.1 paths, schemas and the security scheme of the rundown routes and pages, for the API
 * document to include (like the webhooks' own). They refer to the document's `Problem` schema.
 */
export function rundownOpenApi(): {
  paths: JsonObject;
  schemas: JsonObject;
  securitySchemes: JsonObject;
} {
  const ref = (name: string): JsonObject => ({ $ref: `#/components/schemas/${name}` });
  const problem = (...slugs: ProblemSlug[]): JsonObject => ({
    description: slugs
      .map((slug) => `\`${slug}\`: ${PROBLEM_TYPES[slug].description}`)
      .join('\n\n'),
    content: { 'application/problem+json': { schema: ref('Problem') } },
  });
  const json = (description: string, schema: string): JsonObject => ({
    description,
    content: { 'application/json': { schema: ref(schema) } },
  });
  const id: JsonObject = {
    name: 'id',
    in: 'path',
    required: true,
    description: 'The rundown id (64 hex digits).',
    schema: { type: 'string', pattern: '^[0-9a-f]{64}$' },
  };
  const story: JsonObject = {
    name: 'story',
    in: 'path',
    required: true,
    description: 'A story id of the rundown.',
    schema: { type: 'string' },
  };
  const security = [{ rundownToken: [] }];
  const access = {
    '401': problem('unauthorized'),
    '403': problem('forbidden'),
    '404': problem('not-found'),
  };
  const storyBody: JsonObject = {
    required: true,
    description:
      'A `/v1/format` request body (any of its content types and options; `output` is ignored), or `{"cmsStory": "<id>"}` for a story the CMS webhook stored (its latest revision, followed as new ones arrive; it needs a stored `json` output).',
    content: {
      'text/plain': { schema: { type: 'string' } },
      'text/html': { schema: { type: 'string' } },
      'application/x-subrip': { schema: { type: 'string' } },
      'text/vtt': { schema: { type: 'string' } },
      'application/json': {
        schema: { oneOf: [ref('FormatJsonRequest'), ref('RundownCmsStory')] },
      },
    },
  };
  const storyErrors = {
    ...access,
    '413': problem('payload-too-large'),
    '415': problem('unsupported-media-type'),
    '422': problem('empty-text', 'invalid-options'),
    '429': problem('rate-limited'),
  };
  const page = (summary: string, description: string): JsonObject => ({
    get: {
      operationId: `page${summary.replace(/[^A-Za-z]/g, '')}`,
      summary,
      description,
      tags: ['rundowns'],
      parameters: description.includes('{id}') ? [id] : [],
      responses: {
        '200': {
          description: 'The page.',
          content: { 'text/html': { schema: { type: 'string' } } },
        },
        '404': problem('not-found'),
      },
    },
  });
  return {
    securitySchemes: {
      rundownToken: {
        type: 'http',
        scheme: 'bearer',
        description:
          'A rundown capability from `POST /v1/rundowns`: the operator token (controls) or the talent token (reads). Also accepted as `?token=`.',
      },
    },
    schemas: {
      // Generated from the schemas the routes check and the rundown answers with
      // (src/rundowns/schemas.ts).
      ...generated(),
      PrompterCommand: {
        type: 'object',
        required: ['action'],
        properties: {
          action: {
            type: 'string',
            enum: [
              'play',
              'pause',
              'toggle',
              'faster',
              'slower',
              'speed',
              'top',
              'next-block',
              'previous-block',
              'next-story',
              'previous-story',
              'jump',
            ],
          },
          step: { type: 'integer', description: '`speed`: the step.' },
          story: { type: 'string', description: '`jump`: the story id.' },
          block: { type: 'integer', description: '`jump`: the block index.' },
          offset: { type: 'number', description: '`jump`: the fraction of the block.' },
        },
      },
    },
    paths: {
      '/v1/rundowns': {
        post: {
          operationId: 'createRundown',
          summary: 'Create a rundown',
          description:
            'Creates a rundown (one Durable Object) and answers its operator token (store it: only its hash is kept), its talent token and the page links.',
          tags: ['rundowns'],
          requestBody: {
            required: false,
            content: { 'application/json': { schema: ref('RundownSettings') } },
          },
          responses: {
            '201': json('The rundown and its capabilities.', 'RundownCreated'),
            '400': problem('malformed-request'),
            '415': problem('unsupported-media-type'),
            '422': problem('invalid-options'),
            '429': problem('rate-limited'),
          },
        },
      },
      '/v1/rundowns/{id}': {
        get: {
          operationId: 'getRundown',
          summary: 'A rundown: stories, read times, back-time, state',
          description: 'Any token. Operators also get each story’s text and the talent token.',
          tags: ['rundowns'],
          security,
          parameters: [id],
          responses: { '200': json('The rundown.', 'Rundown'), ...access },
        },
        patch: {
          operationId: 'updateRundown',
          summary: 'Rename, re-date or back-time a rundown',
          description: 'Operator token. Screens update at once.',
          tags: ['rundowns'],
          security,
          parameters: [id],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('RundownSettings') } },
          },
          responses: {
            '200': json('The rundown.', 'Rundown'),
            ...access,
            '422': problem('invalid-options'),
          },
        },
      },
      '/v1/rundowns/{id}/stories': {
        post: {
          operationId: 'addRundownStory',
          summary: 'Add a story',
          description:
            'Operator token. The story is rendered as `/v1/format` renders the prompter and goes at the end of the rundown.',
          tags: ['rundowns'],
          security,
          parameters: [id],
          requestBody: storyBody,
          responses: { '201': json('The story.', 'RundownStorySummary'), ...storyErrors },
        },
      },
      '/v1/rundowns/{id}/stories/{story}': {
        put: {
          operationId: 'replaceRundownStory',
          summary: 'Replace a story’s text, on air too',
          description:
            'Operator token. Every screen re-renders the story and keeps the words that were on the eye-line there.',
          tags: ['rundowns'],
          security,
          parameters: [id, story],
          requestBody: storyBody,
          responses: { '200': json('The story.', 'RundownStorySummary'), ...storyErrors },
        },
        delete: {
          operationId: 'dropRundownStory',
          summary: 'Drop a story',
          description: 'Operator token. On air, the prompter moves on to the next story.',
          tags: ['rundowns'],
          security,
          parameters: [id, story],
          responses: { '200': json('The rundown.', 'Rundown'), ...access },
        },
      },
      '/v1/rundowns/{id}/order': {
        put: {
          operationId: 'reorderRundown',
          summary: 'Reorder the stories',
          description: 'Operator token. `order` lists every story id once.',
          tags: ['rundowns'],
          security,
          parameters: [id],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: ref('RundownOrder'),
              },
            },
          },
          responses: {
            '200': json('The rundown.', 'Rundown'),
            ...access,
            '422': problem('invalid-options'),
          },
        },
      },
      '/v1/rundowns/{id}/control': {
        post: {
          operationId: 'controlPrompter',
          summary: 'Send a prompter command',
          description:
            'Operator token only (the talent token gets 403). The same commands travel over the WebSocket as `{"type":"command","command":{…}}`.',
          tags: ['rundowns'],
          security,
          parameters: [id],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('PrompterCommand') } },
          },
          responses: {
            '200': {
              description: 'The new state.',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      type: { type: 'string', const: 'state' },
                      state: ref('PrompterState'),
                      elapsedMs: { type: 'integer' },
                      version: { type: 'integer' },
                    },
                  },
                },
              },
            },
            ...access,
            '422': problem('invalid-options'),
          },
        },
      },
      '/v1/rundowns/{id}/ws': {
        get: {
          operationId: 'joinRundown',
          summary: 'A screen’s WebSocket',
          description: [
            'Upgrade with `?token=` (operator or talent). The server sends `hello`, then `script`',
            '(every story’s prompter blocks and the state) and a `state` on every change; screens',
            'send `ping`, `sync` and (operator only) `command`. At most',
            `${MAX_SCREENS} screens per rundown (close code 4409) and ${MESSAGE_RATE.perSecond}`,
            `messages a second after a burst of ${MESSAGE_RATE.capacity} (close code 4429).`,
          ].join(' '),
          tags: ['rundowns'],
          security,
          parameters: [
            id,
            { name: 'token', in: 'query', required: true, schema: { type: 'string' } },
          ],
          responses: {
            '101': { description: 'Switching protocols: the screen is joined.' },
            '400': problem('malformed-request'),
            ...access,
          },
        },
      },
      '/rundowns': page('New rundown', 'The page that creates a rundown.'),
      '/rundowns/{id}': page(
        'Manage a rundown',
        'Stories, read times, back-time, reorder and drop, add stories. Open `/rundowns/{id}#token=<operatorToken>`.',
      ),
      '/rundowns/{id}/talent': page(
        'Talent prompter',
        'The prompter screen (`/rundowns/{id}/talent#token=<talentToken>`): follows the rundown; mirror, flip, text size and margin are kept on the screen.',
      ),
      '/rundowns/{id}/operator': page(
        'Prompter operator',
        'The whole rundown, current story and block, speed, jump, edit on air (`/rundowns/{id}/operator#token=<operatorToken>`).',
      ),
      '/rundowns/{id}/remote': page(
        'Prompter remote',
        'A phone page with big controls (`/rundowns/{id}/remote#token=<operatorToken>`).',
      ),
    },
  };
}
