import * as z from 'zod';

export const DeleteOrgSchema = z
  .strictObject({
    confirmName: z.string().min(1).max(200).meta({
      description: 'The organization’s name, exactly as shown: guards against deleting the wrong one',
    }),
  })
  .meta({ id: 'DeleteOrganizationRequest', example: { confirmName: 'Acme GmbH' } });
