import assert from 'node:assert/strict';
import postgres from 'npm:postgres@3';
import { connectionLost, openConnections, throughTransactionPooler } from './db.ts';

const serverError = (fields: Record<string, string>) => Object.assign(new postgres.PostgresError(fields.message ?? ''), fields);
const coded = (code: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(code), { code, ...extra });

Deno.test('connectionLost: the connection is gone after socket errors, postgres.js connection errors and FATAL errors', () => {
  for (const code of ['CONNECTION_CLOSED', 'CONNECTION_DESTROYED', 'CONNECTION_ENDED', 'CONNECT_TIMEOUT', 'ECONNRESET', 'EPIPE']) {
    assert.equal(connectionLost(coded(code)), true, code);
  }
  assert.equal(connectionLost(coded('ERR_STREAM_WRITE_AFTER_END')), true);
  assert.equal(connectionLost(Object.assign(new Error('read failed'), { syscall: 'read' })), true);
  assert.equal(connectionLost(serverError({ code: '57P01', severity: 'FATAL', message: 'terminating connection' })), true);
  assert.equal(connectionLost(serverError({ code: '25P03', severity: 'FATAL', message: 'idle-in-transaction timeout' })), true);
});

Deno.test('connectionLost: the connection still works after a statement error or a value the driver could not encode', () => {
  assert.equal(connectionLost(serverError({ code: '22012', severity: 'ERROR', message: 'division by zero' })), false);
  assert.equal(connectionLost(serverError({ code: 'PT404', severity: 'ERROR', message: 'not found' })), false);
  assert.equal(connectionLost(serverError({ code: '57014', severity: 'ERROR', message: 'statement timeout' })), false);
  assert.equal(connectionLost(coded('MAX_PARAMETERS_EXCEEDED')), false);
  assert.equal(connectionLost(new TypeError('Do not know how to serialize a BigInt')), false);
  assert.equal(connectionLost(undefined), false);
});

Deno.test('throughTransactionPooler: port 6543 only', () => {
  assert.equal(throughTransactionPooler('postgresql://u:p@db.example.supabase.co:6543/postgres'), true);
  assert.equal(throughTransactionPooler('postgresql://u:p@db.example.supabase.co:5432/postgres'), false);
  assert.equal(throughTransactionPooler('not a url'), false);
});

Deno.test('openConnections: without SUPABASE_DB_URL it opens nothing and does not fail', async () => {
  const url = Deno.env.get('SUPABASE_DB_URL');
  try {
    Deno.env.delete('SUPABASE_DB_URL');
    assert.equal(await openConnections(), 0);
  } finally {
    if (url) Deno.env.set('SUPABASE_DB_URL', url);
  }
});
