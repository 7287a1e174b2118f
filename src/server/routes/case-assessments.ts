import { createRoute, z } from '@hono/zod-openapi';
import type { Applicant } from '../../applicant/index.ts';
import { renderAssessment } from '../../explain/render.ts';
import { callerOf } from '../auth/require-role.ts';
import { hukouOf } from '../cases/hukou.ts';
import { standingOf } from '../cases/standing.ts';
import type { Db } from '../db/types.ts';
import { applicant } from '../http/applicant-schema.ts';
import { assessOptionsShape, type ResolvedOptions, resolveOptions } from '../http/assess-options.ts';
import { assessmentSchema } from '../http/assessment-schema.ts';
import { audit } from '../http/audit.ts';
import { caseConflict } from '../http/case-conflict.ts';
import {
  assertCase,
  caseLabelSchema,
  caseReferenceSchema,
  caseSchema,
  storedAssessmentSchema,
  storedAssessmentSummarySchema,
} from '../http/case-schemas.ts';
import { actorId } from '../http/env.ts';
import { renderStored, sameResult } from '../http/localise.ts';
import { JSON_BODY, MEMBER_READ, MEMBER_WRITE, SIGNED_IN, SIGNED_IN_WRITE } from '../http/openapi-access.ts';
import { ProblemError } from '../http/problem.ts';
import { runAssess } from '../http/run-assess.ts';
import { idParam, json, jsonBody, pageQuery, pageSchema, problems } from '../http/schemas.ts';
import { getAssessment, listAssessments, storeAssessment } from '../repos/assessments.ts';
import { getCase, updateCase } from '../repos/cases.ts';
import type { Services } from '../services.ts';
import { caseRouter } from './case-router.ts';

const params = idParam.extend({ assessmentId: z.string().max(64) });

/** The assessment of the facts, with the case's standing and the 居转户 answer on the same facts and date, ready to store (pure: runs before any write). */
function assessFacts(facts: Applicant, options: ResolvedOptions) {
  const result = runAssess(facts, options);
  const input = { date: options.date, version: options.version ?? null, readings: options.readings, applicant: facts };
  return { input, result, standing: standingOf(facts, result, options.readings), hukou: hukouOf(facts, options.date) };
}

function store(db: Db, orgId: string, caseId: string, userId: string, assessed: ReturnType<typeof assessFacts>) {
  return storeAssessment(db, orgId, caseId, userId, assessed.input, assessed.result, assessed.standing, assessed.hukou);
}

export function caseAssessmentRoutes(svc: Services) {
  const { router, viewer, staff, common } = caseRouter(svc);

  const run = createRoute({
    ...common,
    method: 'post',
    path: '/cases/{id}/assessments',
    operationId: 'assessCase',
    security: MEMBER_WRITE,
    summary: "Assess the case's current facts and store the result (staff, owners)",
    description:
      'Stores the date, the version pinned and applied, the reading switches and a snapshot of the facts with the result, so it can be reproduced later, ' +
      'and beside it the hukou answer (residence permit to Shanghai hukou) on the same facts and date (`hukou`: the hukou rules in force that day, their default readings).',
    middleware: staff,
    request: {
      params: idParam,
      body: { content: { 'application/json': { schema: z.object(assessOptionsShape) } }, required: false },
    },
    responses: {
      201: json(storedAssessmentSchema, 'Stored'),
      ...problems(...JSON_BODY, ...SIGNED_IN_WRITE, 'forbidden', 'notFound'),
    },
  });

  const reassess = createRoute({
    ...common,
    method: 'post',
    path: '/cases/{id}/reassess',
    operationId: 'reassessCase',
    security: MEMBER_WRITE,
    summary: 'Save edited facts as a new revision and assess them, in one step (staff, owners)',
    description:
      "Both or neither: the facts (and the label and reference, when given) replace the case's (revision + 1) and their assessment is stored, in one transaction. " +
      '`revision` is the revision the edit started from; if the case changed since (a colleague saved), nothing is saved and the ' +
      'answer is 409 with `currentRevision` and `current` (the case to GET, to set beside the edit, which the client still holds).',
    middleware: staff,
    request: {
      params: idParam,
      ...jsonBody(
        z.object({
          facts: applicant,
          label: caseLabelSchema.optional(),
          reference: caseReferenceSchema.nullable().optional(),
          revision: z.number().int().describe('the revision the edited facts were loaded from'),
          ...assessOptionsShape,
        }),
      ),
    },
    responses: {
      201: json(z.object({ case: caseSchema, assessment: storedAssessmentSchema }), 'The case as saved and its stored assessment'),
      ...problems(...JSON_BODY, ...SIGNED_IN_WRITE, 'forbidden', 'notFound', 'conflict'),
    },
  });

  const history = createRoute({
    ...common,
    method: 'get',
    path: '/cases/{id}/assessments',
    operationId: 'listCaseAssessments',
    security: MEMBER_READ,
    summary: 'Stored assessments of a case, newest first',
    middleware: viewer,
    request: { params: idParam, query: pageQuery },
    responses: {
      200: json(pageSchema(storedAssessmentSummarySchema), 'A page of assessments'),
      ...problems(...SIGNED_IN, 'validation', 'notFound'),
    },
  });

  const get = createRoute({
    ...common,
    method: 'get',
    path: '/cases/{id}/assessments/{assessmentId}',
    operationId: 'getCaseAssessment',
    security: MEMBER_READ,
    summary: 'One stored assessment, with its input snapshot',
    middleware: viewer,
    request: { params },
    responses: { 200: json(storedAssessmentSchema, 'The stored assessment'), ...problems(...SIGNED_IN, 'notFound') },
  });

  const reproduce = createRoute({
    ...common,
    method: 'get',
    path: '/cases/{id}/assessments/{assessmentId}/reproduction',
    operationId: 'reproduceCaseAssessment',
    security: MEMBER_READ,
    summary: 'Run a stored assessment again from its snapshot and compare',
    description: '`identical` is false when the engine or the policy data changed the result since it was stored.',
    middleware: viewer,
    request: { params },
    responses: {
      200: json(z.object({ identical: z.boolean(), stored: assessmentSchema, now: assessmentSchema }), 'Both results'),
      ...problems(...SIGNED_IN, 'notFound'),
    },
  });

  router.openapi(run, async (c) => {
    const caller = callerOf(c);
    const { id } = c.req.valid('param');
    const options = resolveOptions(c.req.valid('json') ?? {});
    const found = await getCase(svc.db, caller.orgId, id);
    if (!found) throw new ProblemError('notFound');
    const stored = await store(svc.db, caller.orgId, id, actorId(caller), assessFacts(found.facts, options));
    await audit(c, svc, caller, 'assessment.create', 'assessment', stored.id);
    return c.json(renderStored(stored), 201);
  });

  router.openapi(reassess, async (c) => {
    const caller = callerOf(c);
    const { id } = c.req.valid('param');
    const { facts, label, reference, revision, ...asked } = c.req.valid('json');
    const options = resolveOptions(asked);
    // Assessed before the transaction opens (pure; a refusal is a 422 before anything is written); the writes are both or neither.
    const assessed = assessFacts(facts, options);
    const outcome = await svc.db.transaction().execute(async (trx) => {
      const updated = await updateCase(trx, caller.orgId, id, actorId(caller), { facts, label, reference, revision });
      if (!updated.ok) return updated;
      const stored = await store(trx, caller.orgId, id, actorId(caller), assessed);
      // Read again: storing copied the new standing (points and 居转户) onto the case.
      return { ...updated, case: (await getCase(trx, caller.orgId, id)) ?? updated.case, stored };
    });
    if (!outcome.ok && outcome.reason === 'notFound') throw new ProblemError('notFound');
    if (!outcome.ok) throw caseConflict(id, revision, (await getCase(svc.db, caller.orgId, id))?.revision ?? revision);
    await audit(c, svc, caller, 'case.update', 'case', id);
    await audit(c, svc, caller, 'assessment.create', 'assessment', outcome.stored.id);
    return c.json({ case: outcome.case, assessment: renderStored(outcome.stored) }, 201);
  });

  router.openapi(history, async (c) => {
    const caller = callerOf(c);
    const { id } = c.req.valid('param');
    await assertCase(svc.db, caller.orgId, id);
    const page = await listAssessments(svc.db, caller.orgId, id, c.req.valid('query'));
    await audit(c, svc, caller, 'assessment.list', 'case', id);
    return c.json(page, 200);
  });

  router.openapi(get, async (c) => {
    const caller = callerOf(c);
    const { id, assessmentId } = c.req.valid('param');
    const stored = await getAssessment(svc.db, caller.orgId, id, assessmentId);
    if (!stored) throw new ProblemError('notFound');
    await audit(c, svc, caller, 'assessment.read', 'assessment', assessmentId);
    return c.json(renderStored(stored), 200);
  });

  router.openapi(reproduce, async (c) => {
    const caller = callerOf(c);
    const { id, assessmentId } = c.req.valid('param');
    const stored = await getAssessment(svc.db, caller.orgId, id, assessmentId);
    if (!stored) throw new ProblemError('notFound');
    const now = runAssess(stored.input, { date: stored.date, version: stored.versionPinned ?? undefined, readings: stored.readings });
    await audit(c, svc, caller, 'assessment.reproduce', 'assessment', assessmentId);
    return c.json(
      { identical: sameResult(now, stored.result), stored: renderAssessment(stored.result, 'all'), now: renderAssessment(now, 'all') },
      200,
    );
  });

  return router;
}
