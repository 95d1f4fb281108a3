import { Duration } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Construct } from 'constructs';
import { backgroundFunctions } from '../../functions/background.ts';
import type { ApiFunction } from './api-function.ts';
import type { AreaStack } from './area-stack.ts';

/** The cleanup function and the EventBridge rule that runs it every 5 minutes. */
export class CleanupSchedule extends Construct {
  readonly fn: ApiFunction;

  constructor(area: AreaStack, id: string) {
    super(area, id);
    this.fn = area.addFunction(backgroundFunctions.cleanup, {
      description: 'Expire overdue invitations, tidy stale records',
      timeout: Duration.seconds(60),
    });
    new Rule(this, 'Rule', {
      description: 'Runs the orgs cleanup job',
      schedule: Schedule.rate(Duration.minutes(5)),
      targets: [new LambdaFunction(this.fn.fn, { retryAttempts: 2 })],
    });
  }
}
