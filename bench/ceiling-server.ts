import http from 'node:http';

/**
 * The HTTP ceiling: a bare node:http server that answers every request with the bytes the real service answered
 * for the same method and URL (recorded by the runner just before), after reading the request body as the
 * service must. Whatever the service does beyond this — routing, validation, SQL, serialisation — is its cost.
 * Run by the runner as a child process; it receives the recordings over IPC.
 */

export interface RecordedResponse {
  key: string;
  status: number;
  headers: Record<string, string>;
  /** base64 */
  body: string;
}

export type CeilingMessage = { type: 'load'; responses: RecordedResponse[] };

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const answers = new Map<string, Answer>();
const missing: Answer = { status: 404, headers: { 'content-type': 'application/json' }, body: Buffer.from('{"error":{"code":"NOT_RECORDED"}}') };

const server = http.createServer((request, response) => {
  const answer = answers.get(`${request.method} ${request.url}`) ?? missing;
  request.on('data', () => undefined);
  request.on('end', () => {
    response.writeHead(answer.status, answer.headers);
    response.end(answer.body);
  });
});
// As Fastify does: idle keep-alive connections are kept longer than the load's pauses.
server.keepAliveTimeout = 72_000;

process.on('message', (message: CeilingMessage) => {
  if (message.type !== 'load') return;
  for (const recorded of message.responses) {
    answers.set(recorded.key, { status: recorded.status, headers: recorded.headers, body: Buffer.from(recorded.body, 'base64') });
  }
  process.send?.({ type: 'loaded', count: answers.size });
});
process.on('disconnect', () => process.exit(0));

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ type: 'listening', port: typeof address === 'object' && address ? address.port : 0 });
});
