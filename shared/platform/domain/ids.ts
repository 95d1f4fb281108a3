import { randomBytes } from 'node:crypto';

/** Opaque ids: a type prefix and random bytes (160 bits; invitation ids travel in email links). */
export const newId = (
  prefix:
    | 'org'
    | 'ws'
    | 'inv'
    | 'xfer'
    | 'key'
    | 'whep'
    | 'upl'
    | 'dom'
    | 'jr'
    | 'scimtok'
    | 'scimusr'
    | 'scimgrp',
) => `${prefix}_${randomBytes(20).toString('base64url')}`;
