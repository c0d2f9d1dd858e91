/**
 * A CMS story in a rundown: read from what the CMS webhook stored in R2 (src/webhooks/store.ts),
 * always the latest committed revision. The rundown's Durable Object looks again on an alarm,
 * so a new revision reaches the screens on air (editing on air, from the CMS side).
 */
import type { ScriptDocument } from '../core/document.ts';
import { optionsSchema } from '../options.ts';
import { keys, readLatestRevision, readManifest } from '../webhooks/store.ts';
import { compileStory, type RundownStory } from './story.ts';

/** How often a rundown with CMS stories looks for new revisions, in ms. */
export const CMS_POLL_MS = 5_000;

export type CmsStoryInput = Omit<RundownStory, 'id'>;

/** Text an operator can edit, from a stored document: its blocks, speakers tagged. */
function documentText(document: ScriptDocument): string {
  const names = new Map(document.speakers.map((speaker) => [speaker.id, speaker.name]));
  return document.blocks
    .map((block) => {
      const name = block.speaker ? names.get(block.speaker) : undefined;
      return name && block.type === 'speech' ? `${name.toUpperCase()}: ${block.text}` : block.text;
    })
    .join('\n\n');
}

/**
 * The latest revision of CMS story `storyId` as a rundown story, `null` when the story has no
 * revision (or none newer than `knownRevision`), or a sentence saying why it cannot be used.
 */
export async function loadCmsStory(
  bucket: R2Bucket,
  storyId: string,
  knownRevision: string | null = null,
): Promise<CmsStoryInput | null | string> {
  const revision = await readLatestRevision(bucket, storyId);
  if (revision === null) return null;
  if (revision === knownRevision) return null;
  const manifest = await readManifest(bucket, storyId, revision);
  if (!manifest) return null;
  if (!manifest.outputs.some((output) => output.output === 'json')) {
    return `CMS story ${storyId} revision ${revision} has no stored json output: deliver it with "json" among its outputs.`;
  }
  const object = await bucket.get(keys.output(storyId, revision, 'json'));
  if (!object) return null;
  const document = await object.json<ScriptDocument>();
  const options = optionsSchema().parse({});
  return {
    ...compileStory(document, options),
    source: { kind: 'cms', storyId, revision },
    text: documentText(document),
    inputFormat: 'text',
    options: {},
  };
}
