import { getMember } from '../../../shared/members/access.ts';
import { toMemberResponse } from '../../../shared/members/domain/membership.ts';
import { notFound } from '../../../shared/platform/errors.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { membersRoutes } from './routes.ts';

export const handler = route(membersRoutes.getMember, async ({ actor, params }) => {
  const member = params.userId === actor.userId ? actor : await getMember(params.orgId, params.userId);
  if (!member) throw notFound('Member');
  return { body: toMemberResponse(member) };
});
