import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createSecretKey } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { SqliteEventStore, sqliteFile } from '@redress/event-store';
import { mintToken } from '../../apps/api/src/auth/mint-token';

const ROOT = resolve(__dirname, '../..');
const SECRET = 'built-api-test-secret-built-api-test-secret';
const ACKNOWLEDGEMENTS = 120;

/**
 * The api as `npm start` runs it: built by the Nest CLI and started from dist/ on the embedded
 * default. Only the build shows that every thread's entry was compiled beside the code that
 * starts it (the store's writer thread, the background worker, the dashboard's counting thread),
 * and only a killed process shows that what the api acknowledged was on disk: the whole api is
 * killed with SIGKILL while officers log complaints, and every complaint it answered 201 for is
 * in the file, with its reference, when the api starts again.
 */
describe('the built api on the embedded default', () => {
  let dataDir: string;
  let api: ChildProcess | undefined;

  beforeAll(() => {
    const build = spawnSync('npx', ['nest', 'build', 'api'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0)
      throw new Error(`nest build api failed: ${build.stdout}${build.stderr}`);
    dataDir = mkdtempSync(join(tmpdir(), 'redress-built-'));
  }, 240_000);
  afterEach(() => api?.kill('SIGKILL'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every complaint it acknowledged when killed mid-load, and starts again', async () => {
    const { base, process: first } = await start(dataDir);
    api = first;
    const token = await mintToken(createSecretKey(Buffer.from(SECRET)), 'officer-1', 'officer');
    const acknowledged = new Map<string, string>();
    let killed = false;
    const officer = async () => {
      while (!killed) {
        let answer: { id: string; reference: string };
        try {
          const response = await fetch(`${base}/complaints`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ channel: 'EMAIL', residentRef: 'R-1', description: 'Leak' }),
          });
          if (response.status !== 201) throw new Error(`logging answered ${response.status}`);
          answer = (await response.json()) as typeof answer;
        } catch (error) {
          // A request the kill cut off was never acknowledged; anything else is a failure.
          if (killed) return;
          throw error;
        }
        acknowledged.set(answer.id, answer.reference);
        if (acknowledged.size >= ACKNOWLEDGEMENTS && !killed) {
          killed = true;
          first.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, officer));
    if (first.exitCode === null && first.signalCode === null) {
      await new Promise((r) => first.once('exit', r));
    }

    // The file as the next start finds it: each acknowledged complaint and its reference.
    const store = new SqliteEventStore(sqliteFile(dataDir));
    for (const [id, reference] of acknowledged) {
      const events = await store.readStream(`complaint-${id}`);
      expect(events[0]?.type).toBe('ComplaintReceived');
      const year = reference.split('-')[1];
      const revision = BigInt(Number(reference.split('-')[2]) - 1);
      const [allocation] = await store.readStream(`reference-${year}`, {
        fromRevision: revision,
        maxCount: 1,
      });
      expect(allocation?.data).toMatchObject({ complaintId: id });
    }
    await store.close();

    const again = await start(dataDir);
    api = again.process;
    const [someId, someReference] = [...acknowledged][0]!;
    const response = await fetch(`${again.base}/complaints/${someId}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: someId, reference: someReference });
  }, 120_000);
});

async function start(dataDir: string): Promise<{ base: string; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/apps/api/apps/api/src/main.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      REDRESS_DATA_DIR: dataDir,
      REDRESS_JWT_SECRET: SECRET,
      REDRESS_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((ready, fail) => {
    child.once('exit', (code) => fail(new Error(`the api exited with ${code}: ${stderr}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (/listening/.test(line)) ready();
    });
  });
  return { base: `http://127.0.0.1:${port}`, process: child };
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}
