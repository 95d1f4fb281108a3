import { inject } from 'vitest';

// Tests that call handlers and repositories directly get the shared stack's environment.
Object.assign(process.env, inject('stack').env);
