import { spawnSync } from 'node:child_process';

export class JavaMissingError extends Error {
  constructor() {
    super(
      'Java is required for DynamoDB Local but `java` was not found: install a JRE 17+ (e.g. `apt-get install openjdk-17-jre-headless` or `brew install openjdk@17`) and try again.',
    );
    this.name = 'JavaMissingError';
  }
}

export function assertJava(javaCommand = process.env.JAVA ?? 'java'): void {
  const result = spawnSync(javaCommand, ['-version'], { stdio: 'ignore' });
  if (result.error || result.status !== 0) throw new JavaMissingError();
}
