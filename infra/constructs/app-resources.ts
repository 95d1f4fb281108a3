import type { AreaResources, AreaStack } from './area-stack.ts';

/**
 * What the main stack shares with every area (nested) stack and with the constructs in
 * `infra/extensions.ts`: the resources every area gets (`AreaResources`, area-stack.ts)
 * and the way to the area stacks themselves. Using one of these in an area stack makes
 * CDK pass it as a nested-stack parameter; nothing else is needed.
 */
export interface AppResources extends AreaResources {
  /** The area stack of an area name, created on first use. */
  readonly areaStack: (area: string) => AreaStack;
}
