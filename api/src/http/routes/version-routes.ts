import {
  type ComparedBlock,
  CreateDeedVersionRequestSchema,
  DeedCompareQuerySchema,
  DeedCompareResponseSchema,
  DeedComparisonSchema,
  DeedHistorySchema,
  DeedVersionListSchema,
  DeedVersionSchema,
  DeedVersionSummarySchema,
  ErrorBodySchema,
  IdSchema,
} from '@deedroom/shared';
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { compareDeedVersions } from '../../services/versions/compare-deed-versions';
import { createDeedVersion } from '../../services/versions/create-deed-version';
import { getDeedHistory } from '../../services/versions/get-deed-history';
import { getDeedVersion } from '../../services/versions/get-deed-version';
import { listDeedVersions } from '../../services/versions/list-deed-versions';
import { restoreDeedVersion } from '../../services/versions/restore-deed-version';
import type { ApiApp } from '../app-env';
import { ERROR_RESPONSES, jsonBody, jsonResponse, SESSION_SECURITY } from '../openapi-responses';
import { presentVersion, presentVersionSummary } from '../presenters/present-deed-version';
import { requireActor } from '../require-actor';

/**
 * The redline as documented: its blocks nest to any depth, which the OpenAPI generator cannot
 * follow, so they are documented as objects (`ComparedBlock` of @deedroom/shared is their shape).
 */
const DeedCompareResponseDocSchema = DeedCompareResponseSchema.extend({
  comparison: DeedComparisonSchema.extend({
    blocks: z.array(z.unknown() as z.ZodType<ComparedBlock>),
  }),
});

const DeedParamsSchema = z.object({ deedId: IdSchema });
const VersionParamsSchema = z.object({ deedId: IdSchema, versionId: IdSchema });
const CONFLICT_RESPONSE = { 409: jsonResponse(ErrorBodySchema, 'The deed is locked (CONFLICT)') };

/** Named versions of a deed, restoring one, comparing two, and the deed's history. */
export function registerVersionRoutes(app: ApiApp): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/deeds/{deedId}/versions',
      tags: ['versions'],
      summary: 'Versions of the deed, newest first, with the hash of its text now',
      security: SESSION_SECURITY,
      request: { params: DeedParamsSchema },
      responses: { 200: jsonResponse(DeedVersionListSchema, 'Versions'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const view = await listDeedVersions(c.get('deps'), requireActor(c), c.req.valid('param').deedId);
      const byId = new Map(view.versions.map((v) => [v.id, v]));
      return c.json(
        {
          versions: view.versions.map((v) => presentVersionSummary(v, view.people, byId)),
          currentHash: view.currentHash,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/deeds/{deedId}/versions',
      tags: ['versions'],
      summary: '« Enregistrer une version »: save the text now under a name and a note',
      security: SESSION_SECURITY,
      request: { params: DeedParamsSchema, ...jsonBody(CreateDeedVersionRequestSchema) },
      responses: { 201: jsonResponse(DeedVersionSummarySchema, 'Version saved'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const deps = c.get('deps');
      const actor = requireActor(c);
      const { deedId } = c.req.valid('param');
      const version = await createDeedVersion(deps, actor, deedId, c.req.valid('json'));
      const { content: _content, ...summary } = presentVersion(
        await getDeedVersion(deps, actor, deedId, version.id),
      );
      return c.json(summary, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/deeds/{deedId}/versions/{versionId}',
      tags: ['versions'],
      summary: 'One version with its content (ProseMirror JSON), to read it',
      security: SESSION_SECURITY,
      request: { params: VersionParamsSchema },
      responses: { 200: jsonResponse(DeedVersionSchema, 'The version'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const { deedId, versionId } = c.req.valid('param');
      return c.json(
        presentVersion(await getDeedVersion(c.get('deps'), requireActor(c), deedId, versionId)),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/deeds/{deedId}/versions/{versionId}/restore',
      tags: ['versions'],
      summary: 'Make a version the current text again, as a new version (history is kept)',
      security: SESSION_SECURITY,
      request: { params: VersionParamsSchema },
      responses: {
        201: jsonResponse(DeedVersionSummarySchema, 'The new version « Restauration de Vn »'),
        ...ERROR_RESPONSES,
        ...CONFLICT_RESPONSE,
      },
    }),
    async (c) => {
      const deps = c.get('deps');
      const actor = requireActor(c);
      const { deedId, versionId } = c.req.valid('param');
      const restored = await restoreDeedVersion(deps, actor, deedId, versionId);
      const { content: _content, ...summary } = presentVersion(
        await getDeedVersion(deps, actor, deedId, restored.id),
      );
      return c.json(summary, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/deeds/{deedId}/compare',
      tags: ['versions'],
      summary: 'Redline between two versions, or a version and the text now (`current`)',
      security: SESSION_SECURITY,
      request: { params: DeedParamsSchema, query: DeedCompareQuerySchema },
      responses: { 200: jsonResponse(DeedCompareResponseDocSchema, 'The comparison'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const { from, to } = c.req.valid('query');
      const view = await compareDeedVersions(
        c.get('deps'),
        requireActor(c),
        c.req.valid('param').deedId,
        from,
        to,
      );
      const present = (v: typeof view.from) => v && presentVersionSummary(v, view.people, new Map());
      return c.json({ from: present(view.from), to: present(view.to), comparison: view.comparison }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/deeds/{deedId}/history',
      tags: ['versions'],
      summary: 'Who changed what and when: versions, approvals, lock, and edits per author',
      security: SESSION_SECURITY,
      request: { params: DeedParamsSchema },
      responses: { 200: jsonResponse(DeedHistorySchema, 'History, newest first'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const history = await getDeedHistory(c.get('deps'), requireActor(c), c.req.valid('param').deedId);
      return c.json(history, 200);
    },
  );
}
