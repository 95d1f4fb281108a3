import { CfnOutput, Duration, Stack } from 'aws-cdk-lib';
import { HttpLambdaAuthorizer, HttpLambdaResponseType } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { type IFunction, Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { ApiFunction } from './api-function.ts';

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

export interface ApiKeyAuthorizerProps {
  /** The verification function (functions/authorizers/api-key.ts) with its route-table grants. */
  readonly fn: ApiFunction;
}

/**
 * The API key verification as an HTTP API Lambda authorizer (payload 2.0) for the
 * platform's other services: its ARN is a stack output (and export), API Gateway
 * of this account may invoke it, and `authorizer` attaches it in this app.
 * Another stack or app attaches it with `ApiKeyAuthorizer.fromArn(scope, id, arn)`.
 */
export class ApiKeyAuthorizer extends Construct {
  readonly authorizer: HttpLambdaAuthorizer;
  readonly functionArn: string;

  constructor(scope: Construct, id: string, props: ApiKeyAuthorizerProps) {
    super(scope, id);
    const { fn } = props.fn;
    this.functionArn = fn.functionArn;
    // any HTTP API of this account: the platform's services attach it from their own stacks
    fn.addPermission('InvokeByApiGateway', {
      principal: new ServicePrincipal('apigateway.amazonaws.com'),
      sourceAccount: Stack.of(this).account,
      sourceArn: Stack.of(this).formatArn({ service: 'execute-api', resource: '*' }),
    });
    this.authorizer = apiKeyAuthorizer(fn);
    new CfnOutput(Stack.of(this), 'ApiKeyAuthorizerArn', {
      value: fn.functionArn,
      description: 'Lambda authorizer (HTTP API, payload 2.0, simple responses) verifying orgs API keys',
      exportName: `${Stack.of(this).stackName}-ApiKeyAuthorizerArn`,
    });
  }

  /** For another service's stack: the exported function, attached with the same settings. */
  static fromArn(scope: Construct, id: string, functionArn: string): HttpLambdaAuthorizer {
    return apiKeyAuthorizer(LambdaFunction.fromFunctionArn(scope, id, functionArn));
  }
}
