declare module '@20minutes/s3rver' {
  import type { Server } from 'node:http';

  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory?: string;
    resetOnClose?: boolean;
    vhostBuckets?: boolean;
    allowMismatchedSignatures?: boolean;
    configureBuckets?: { name: string; configs?: (string | Buffer)[] }[];
  }

  /** A Koa application: `middleware` is composed when the server starts. */
  export default class S3rver {
    constructor(options?: S3rverOptions);
    middleware: ((ctx: unknown, next: () => Promise<void>) => Promise<void>)[];
    httpServer?: Server;
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
    on(event: 'event', listener: (event: import('aws-lambda').S3Event) => void): this;
  }
}

declare module '@20minutes/s3rver/lib/models/account.js' {
  interface Account {
    createKeyPair(accessKeyId: string, secretAccessKey: string): void;
  }
  const AWSAccount: {
    registry: Map<string, { accessKeys: Map<string, string> }>;
    DUMMY_ACCOUNT: Account;
  };
  export default AWSAccount;
}
