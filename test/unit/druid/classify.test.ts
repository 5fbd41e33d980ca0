import { classifyResponse, classifyTransportFailure, druidMessageOf } from '../../../src/druid/classify.js';
import {
  DruidAlreadyInStateError,
  DruidConnectionError,
  DruidForbiddenError,
  DruidNotFoundError,
  DruidRejectedError,
  DruidTransientError,
  DruidUnauthorizedError,
} from '../../../src/druid/errors.js';

const suspend = { method: 'POST', path: '/druid/indexer/v1/supervisor/events/suspend' };
const submit = { method: 'POST', path: '/druid/indexer/v1/supervisor' };
const jsonBody = (body: unknown) => ({ text: JSON.stringify(body), contentType: 'application/json' });

describe('classifyResponse', () => {
  test('an unknown supervisor is not found, with Druid text/plain message kept', () => {
    const error = classifyResponse(suspend, {
      status: 404,
      text: 'Cannot find any supervisor with id: [events]',
      contentType: 'text/plain',
    });
    expect(error).toBeInstanceOf(DruidNotFoundError);
    expect(error.druidMessage).toBe('Cannot find any supervisor with id: [events]');
    expect(error.message).toBe(
      'POST /druid/indexer/v1/supervisor/events/suspend: not found (HTTP 404). Druid said: Cannot find any supervisor with id: [events]',
    );
  });

  test('a history 404 in JSON is not found', () => {
    const error = classifyResponse(
      { method: 'GET', path: '/druid/indexer/v1/supervisor/x/history' },
      { status: 404, ...jsonBody({ error: 'No history for [x].' }) },
    );
    expect(error).toBeInstanceOf(DruidNotFoundError);
    expect(error.druidMessage).toBe('No history for [x].');
  });

  test('an HTML 404 hints at a Router whose management proxy is off', () => {
    const error = classifyResponse(suspend, {
      status: 404,
      text: '<html><head><title>Error 404 Not Found</title></head><body>nope</body></html>',
      contentType: 'text/html;charset=iso-8859-1',
    });
    expect(error.message).toContain('druid.router.managementProxy.enabled=true');
    expect(error.druidMessage).toBe('Not Found');
  });

  test.each([
    ['suspended', '[events] is already suspended'],
    ['running', '[events] is already running'],
  ])('400 "already %s" is its own error kind', (state, message) => {
    const error = classifyResponse(suspend, { status: 400, ...jsonBody({ error: message }) });
    expect(error).toBeInstanceOf(DruidAlreadyInStateError);
    expect((error as DruidAlreadyInStateError).state).toBe(state);
    expect(error.druidMessage).toBe(message);
  });

  test("a Jackson rejection keeps Druid's message verbatim", () => {
    const jackson =
      'Cannot deserialize value of type `java.lang.Long` from String "PT10M": not a valid `java.lang.Long` value';
    const error = classifyResponse(submit, { status: 400, ...jsonBody({ error: jackson }) });
    expect(error).toBeInstanceOf(DruidRejectedError);
    expect(error.druidMessage).toBe(jackson);
    expect(error.message).toBe(
      `POST /druid/indexer/v1/supervisor: Druid rejected the request (HTTP 400). Druid said: ${jackson}`,
    );
  });

  test('a 500 from a refused spec update is rejected; errorMessage wins over the error category', () => {
    const body = {
      error: 'druidException',
      errorCode: 'invalidInput',
      errorMessage:
        'Update of the input source stream from [a] to [b] is not supported for a running supervisor.',
    };
    const error = classifyResponse(submit, { status: 500, ...jsonBody(body) });
    expect(error).toBeInstanceOf(DruidRejectedError);
    expect(error.druidMessage).toBe(body.errorMessage);
  });

  test('a Jetty 500 page yields the exception from its title, entities decoded, status prefix dropped', () => {
    const page = [
      '<html>',
      '<head>',
      '<title>Error 500 org.apache.druid.error.DruidException: Stream[b] doesn&apos;t exist in the supervisor[KafkaSupervisor-a]. Supervisor is consuming stream[a] &amp; &quot;more&quot;</title>',
      '</head>',
      '<body><h2>HTTP ERROR 500 ...</h2></body>',
      '</html>',
    ].join('\n');
    const error = classifyResponse(submit, {
      status: 500,
      text: page,
      contentType: 'text/html;charset=iso-8859-1',
    });
    expect(error).toBeInstanceOf(DruidRejectedError);
    expect(error.druidMessage).toBe(
      'org.apache.druid.error.DruidException: Stream[b] doesn\'t exist in the supervisor[KafkaSupervisor-a]. Supervisor is consuming stream[a] & "more"',
    );
  });

  test('a 415 with no body is rejected', () => {
    const error = classifyResponse(submit, { status: 415, text: '' });
    expect(error).toBeInstanceOf(DruidRejectedError);
    expect(error.message).toBe('POST /druid/indexer/v1/supervisor: Druid rejected the request (HTTP 415)');
  });

  test('401 from a Jetty page and from the JSON form are unauthorized', () => {
    const page = classifyResponse(submit, {
      status: 401,
      text: '<html><head><title>Error 401 Unauthorized</title></head></html>',
      contentType: 'text/html',
    });
    expect(page).toBeInstanceOf(DruidUnauthorizedError);
    const bodyForm = classifyResponse(submit, {
      status: 401,
      ...jsonBody({ error: 'Unauthorized request', errorMessage: null, errorClass: null, host: null }),
    });
    expect(bodyForm).toBeInstanceOf(DruidUnauthorizedError);
    expect(bodyForm.druidMessage).toBe('Unauthorized request');
  });

  test('403 carries the Access-Check-Result', () => {
    const error = classifyResponse(submit, {
      status: 403,
      ...jsonBody({ 'Access-Check-Result': 'Unauthorized' }),
    });
    expect(error).toBeInstanceOf(DruidForbiddenError);
    expect(error.druidMessage).toBe('Unauthorized');
  });

  test('429 and 503 prove the request was not processed; 502 and 504 do not', () => {
    const processed = (code: number) =>
      (classifyResponse(submit, { status: code, text: '' }) as DruidTransientError).processed;
    expect([429, 503, 502, 504].map(processed)).toEqual(['no', 'no', 'unknown', 'unknown']);
    const limited = classifyResponse(submit, { status: 429, text: '', retryAfter: '7' });
    expect(limited).toBeInstanceOf(DruidTransientError);
    expect((limited as DruidTransientError).retryAfter).toBe('7');
  });

  test('a 503 with an empty body (SupervisorManager not ready) has no Druid message', () => {
    const error = classifyResponse(submit, { status: 503, text: '' });
    expect(error.druidMessage).toBeUndefined();
    expect(error.message).toBe(
      'POST /druid/indexer/v1/supervisor: Druid is unavailable (no leader elected yet, or not ready) (HTTP 503)',
    );
  });
});

describe('druidMessageOf', () => {
  test('plain text is kept; very long text is clipped with its length', () => {
    expect(druidMessageOf('  boom \n')).toBe('boom');
    const long = 'x'.repeat(5000);
    expect(druidMessageOf(long)).toMatch(/^x{4000}… \(5000 characters\)$/);
  });

  test('JSON without a known message field is shown as it is', () => {
    expect(druidMessageOf('{"weird":1}')).toBe('{"weird":1}');
  });
});

describe('classifyTransportFailure', () => {
  const label = { method: 'GET', path: '/status' };
  const failure = (code: string, message = code) => Object.assign(new Error(message), { code });
  const classify = (error: unknown, timeoutMs?: number) =>
    classifyTransportFailure(label, error, timeoutMs, (text) => text.replaceAll('hunter2', '***'));

  test('refused connections were not processed; resets may have been', () => {
    expect(classify(failure('ECONNREFUSED'))).toMatchObject({ kind: 'transient', processed: 'no' });
    expect(classify(failure('ECONNRESET'))).toMatchObject({ kind: 'transient', processed: 'unknown' });
  });

  test('the code is found on a wrapped cause', () => {
    const wrapped = new Error('fetch failed', { cause: failure('ECONNREFUSED') });
    expect(classify(wrapped)).toMatchObject({ kind: 'transient', processed: 'no' });
  });

  test('our own timeout is transient with unknown processing', () => {
    const error = classify(new Error('This operation was aborted'), 250);
    expect(error).toMatchObject({ kind: 'transient', processed: 'unknown' });
    expect(error.message).toBe('GET /status: no answer within 250 ms');
  });

  test('TLS failures and unknown hosts are connection errors, with a hint for a private CA', () => {
    const tls = classify(
      failure('UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'unable to verify the first certificate'),
    );
    expect(tls).toBeInstanceOf(DruidConnectionError);
    expect(tls.message).toContain('private CA');
    expect(classify(failure('ENOTFOUND'))).toBeInstanceOf(DruidConnectionError);
  });

  test('secrets in a transport message are scrubbed', () => {
    expect(classify(failure('ECONNRESET', 'reset while sending hunter2')).message).not.toContain('hunter2');
  });
});
