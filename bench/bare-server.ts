// The baseline: a bare Fastify route on the same machine, to which Reintegra's figures are compared.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/bare', async () => ({ status: 'ok' }));
await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address() as { port: number };
console.log(`http://localhost:${port}`);
