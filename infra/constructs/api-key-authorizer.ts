import { Duration, Stack } from 'aws-cdk-lib';
import { HttpLambdaAuthorizer, HttpLambdaResponseType } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { type IFunction, Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { apiKeyAuthorizerFunction } from '../../functions/background.ts';
import type { ApiFunction } from './api-function.ts';
import type { AreaStack } from './area-stack.ts';

/** The settings every attachment uses: the Authorization header, simple responses, no caching. */
export function apiKeyAuthorizer(handler: IFunction, name = 'orgs-api-key'): HttpLambdaAuthorizer {
  return new HttpLambdaAuthorizer(name, handler, {
    authorizerName: name,
    identitySource: ['$request.header.Authorization'],
    responseTypes: [HttpLambdaResponseType.SIMPLE],
    // caching off: a revoked or suspended key is refused on the very next call
    resultsCacheTtl: Duration.seconds(0),
  });
}

/**
 * The API key verification (functions/authorizers/api-key.ts, the same code as the `/v1`
 * middleware) as an HTTP API Lambda authorizer (payload 2.0) for the platform's other
 * services: its own function with its route-table grants, invocable by API Gateway of this
 * account, its ARN a stack output (and export). Another stack attaches it with
 * `ApiKeyAuthorizer.fromArn(scope, id, arn)`; in this app, `authorizer`.
 */
export class ApiKeyAuthorizer extends Construct {
  readonly fn: ApiFunction;
  readonly authorizer: HttpLambdaAuthorizer;

  constructor(area: AreaStack, id: string) {
    super(area, id);
    this.fn = area.addFunction(apiKeyAuthorizerFunction, {
      description: 'HTTP API Lambda authorizer: verifies orgs API keys (payload 2.0, simple responses)',
    });
    const { fn } = this.fn;
    fn.addPermission('InvokeByApiGateway', {
      principal: new ServicePrincipal('apigateway.amazonaws.com'),
      sourceAccount: Stack.of(this).account,
      sourceArn: Stack.of(this).formatArn({ service: 'execute-api', resource: '*' }),
    });
    this.authorizer = apiKeyAuthorizer(fn);
    const main = Stack.of(area.resources.api);
    area.resources.addOutput('ApiKeyAuthorizerArn', {
      value: fn.functionArn,
      description:
        'Lambda authorizer (HTTP API, payload 2.0, simple responses, no caching) verifying orgs API keys',
      exportName: `${main.stackName}-ApiKeyAuthorizerArn`,
    });
  }

  /** For another service's stack: the exported function, attached with the same settings. */
  static fromArn(scope: Construct, id: string, functionArn: string): HttpLambdaAuthorizer {
    return apiKeyAuthorizer(LambdaFunction.fromFunctionArn(scope, id, functionArn));
  }
}
