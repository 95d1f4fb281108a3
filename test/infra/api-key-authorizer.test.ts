/**
 * CDK assertions on the API key authorizer: it exists in OrgsStack with only the grants
 * of its route-table entry, API Gateway may invoke it, its ARN is an exported output,
 * and attached to an HTTP API route (as another service does) it is a payload 2.0
 * REQUEST authorizer on the Authorization header with simple responses and caching off.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { HttpApi, HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUrlIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiKeyAuthorizerFunction } from '../../functions/background.ts';
import { ApiKeyAuthorizer } from '../../infra/constructs/api-key-authorizer.ts';
import { type OrgsStack, projectRoot } from '../../infra/orgs-stack.ts';
import { logicalId, synthApp } from './app-template.ts';

const AUTHORIZER_SETTINGS = {
  AuthorizerType: 'REQUEST',
  AuthorizerPayloadFormatVersion: '2.0',
  EnableSimpleResponses: true,
  IdentitySource: ['$request.header.Authorization'],
  AuthorizerResultTtlInSeconds: 0,
};

describe('API key authorizer (CDK)', () => {
  let stack: OrgsStack;
  let template: Template;

  beforeAll(() => {
    ({ stack, template } = synthApp());
  }, 120_000);

  it('is a function of its own, built from functions/authorizers/api-key.ts', () => {
    expect(existsSync(join(projectRoot, apiKeyAuthorizerFunction.handler))).toBe(true);
    expect(stack.functions.get(apiKeyAuthorizerFunction.id)).toBeDefined();
  });

  it('has exactly the table actions verification needs, nothing to write but lastUsedAt', () => {
    expect([...apiKeyAuthorizerFunction.tableActions].sort()).toEqual([
      'BatchGetItem',
      'GetItem',
      'UpdateItem',
    ]);
    const fn = stack.functions.get(apiKeyAuthorizerFunction.id);
    if (!fn) throw new Error('no authorizer function');
    const roleRef = { Ref: logicalId(fn.role) };
    const policies = Object.values(template.findResources('AWS::IAM::Policy')).filter((policy) =>
      JSON.stringify(policy.Properties.Roles).includes(JSON.stringify(roleRef)),
    );
    // allowed actions (every role also carries the Deny on webhook secrets' leading key)
    const actions = policies
      .flatMap(
        (policy) =>
          policy.Properties.PolicyDocument.Statement as { Effect: string; Action: string | string[] }[],
      )
      .filter((statement) => statement.Effect === 'Allow')
      .flatMap((statement) => (Array.isArray(statement.Action) ? statement.Action : [statement.Action]));
    expect(actions.filter((action) => action.startsWith('dynamodb:')).sort()).toEqual([
      'dynamodb:BatchGetItem',
      'dynamodb:GetItem',
      'dynamodb:UpdateItem',
    ]);
    expect(actions.some((action) => action.startsWith('secretsmanager:'))).toBe(false);
  });

  it('may be invoked by API Gateway of this account only, and its ARN is an exported output', () => {
    const fn = stack.functions.get(apiKeyAuthorizerFunction.id);
    if (!fn) throw new Error('no authorizer function');
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'apigateway.amazonaws.com',
      FunctionName: { 'Fn::GetAtt': [logicalId(fn.fn), 'Arn'] },
      SourceAccount: Match.anyValue(),
      SourceArn: Match.anyValue(),
    });
    expect(Stack.of(fn.fn)).not.toBe(stack); // it lives in its area's nested stack
    const outputs = template.findOutputs('ApiKeyAuthorizerArn');
    expect(Object.keys(outputs)).toHaveLength(1);
    expect(outputs.ApiKeyAuthorizerArn?.Export).toBeDefined();
  });

  it('attached by another service from the exported ARN: payload 2.0, Authorization header, simple responses, caching off', () => {
    const app = new App({ builtinCloudFormationValidation: false });
    const service = new Stack(app, 'WorkflowsService');
    const api = new HttpApi(service, 'WorkflowsApi');
    api.addRoutes({
      path: '/workflows',
      methods: [HttpMethod.POST],
      integration: new HttpUrlIntegration('Backend', 'https://backend.example.com/workflows'),
      authorizer: ApiKeyAuthorizer.fromArn(
        service,
        'OrgsApiKeyAuthorizer',
        'arn:aws:lambda:eu-central-1:123456789012:function:orgs-apiKeyAuthorizer',
      ),
    });
    const attached = Template.fromStack(service);
    attached.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', AUTHORIZER_SETTINGS);
    attached.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: 'POST /workflows',
      AuthorizationType: 'CUSTOM',
    });
  }, 60_000);
});
