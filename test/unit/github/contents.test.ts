import { GitHubSpecSource } from '../../../src/github/index.js';
import { fakeGateway } from '../../support/github-fake/client-options.js';
import { useGitHubFake } from '../../support/github-fake/jest.js';

const github = useGitHubFake();

const text = (bytes: Uint8Array | undefined) => Buffer.from(bytes ?? []).toString('utf8');

describe('files at a ref, through the contents API', () => {
  test('a folder is listed recursively at the ref asked for, not at another', async () => {
    github().commit('main', {
      'supervisors/a.json': '{}',
      'supervisors/team/b.yaml': 'x: 1',
      'README.md': '',
    });
    const pr = github().openPullRequest({ head: 'feature', files: { 'supervisors/c.yml': 'y: 2' } });
    const { gateway } = fakeGateway(github());

    const paths = async (ref: string, folder: string) =>
      (await gateway.listFiles(ref, folder))?.map((entry) => entry.path);
    expect(await paths('main', 'supervisors')).toEqual(['supervisors/a.json', 'supervisors/team/b.yaml']);
    expect(await paths('feature', 'supervisors/')).toEqual([
      'supervisors/a.json',
      'supervisors/c.yml',
      'supervisors/team/b.yaml',
    ]);
    expect(pr).toBe(1);
  });

  test('a file is read as bytes (GitHub sends base64 in 60-character lines)', async () => {
    const spec = JSON.stringify({ type: 'kafka', spec: { dataSchema: { dataSource: 'x'.repeat(200) } } });
    const sha = github().commit('main', { 'supervisors/a.json': spec });
    const { gateway } = fakeGateway(github());

    const file = await gateway.readFile(sha, 'supervisors/a.json');

    expect(text(file?.bytes)).toBe(spec);
    expect(file?.sha).toMatch(/^[0-9a-f]{40}$/);
  });

  test('a file of 1 MB or more, which the contents API sends without content, is read from its blob', async () => {
    const big = `{"pad":"${'x'.repeat(1024 * 1024)}"}`;
    github().commit('main', { 'supervisors/big.json': big });
    const { gateway } = fakeGateway(github());

    const file = await gateway.readFile('main', 'supervisors/big.json');

    expect(text(file?.bytes)).toBe(big);
    expect(github().requests.map((r) => r.operationId)).toEqual(['repos/get-content', 'git/get-blob']);
  });

  test('a path or ref that does not exist reads as undefined; a folder read as a file is an error', async () => {
    github().commit('main', { 'supervisors/a.json': '{}' });
    const { gateway } = fakeGateway(github());

    expect(await gateway.readFile('main', 'supervisors/missing.json')).toBeUndefined();
    expect(await gateway.listFiles('main', 'nowhere')).toBeUndefined();
    expect(await gateway.readFile('no-such-branch', 'supervisors/a.json')).toBeUndefined();
    await expect(gateway.readFile('main', 'supervisors')).rejects.toThrow(
      'supervisors at main is a folder, not a file',
    );
  });

  test('a single file path lists as itself', async () => {
    github().commit('main', { 'supervisors/a.json': '{}' });
    const { gateway } = fakeGateway(github());
    const [entry] = (await gateway.listFiles('main', 'supervisors/a.json')) ?? [];
    expect(entry?.path).toBe('supervisors/a.json');
    expect(entry?.sha).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe('the files a pull request changes', () => {
  test('every page of them, with their status', async () => {
    const files: Record<string, string> = { 'supervisors/keep.json': '{}', 'supervisors/drop.json': '{}' };
    github().commit('main', files);
    const changed: Record<string, string> = { 'supervisors/keep.json': '{"changed":true}' };
    for (let i = 0; i < 130; i++)
      changed[`supervisors/new-${String(i).padStart(3, '0')}.json`] = `{"i":${i}}`;
    github().commit('feature', { 'supervisors/keep.json': '{}', ...changed });
    const number = github().openPullRequest({ head: 'feature' });
    const { gateway } = fakeGateway(github());

    const result = await gateway.listPullRequestFiles(number);

    expect(result).toHaveLength(132);
    expect(result).toContainEqual({ path: 'supervisors/drop.json', status: 'removed' });
    expect(result).toContainEqual({ path: 'supervisors/keep.json', status: 'modified' });
    expect(result).toContainEqual({ path: 'supervisors/new-129.json', status: 'added' });
    expect(github().requests.filter((r) => r.operationId === 'pulls/list-files')).toHaveLength(2);
  });
});

describe('the spec source over the contents API', () => {
  test('spec files at a ref through the contents API: spec extensions only, no dot-folders, sorted', async () => {
    github().commit('main', {
      'supervisors/b.yaml': 'b: 1',
      'supervisors/a.json': '{"a":1}',
      'supervisors/notes.md': '# not a spec',
      'supervisors/.drafts/c.json': '{}',
      'other/d.yml': 'd: 1',
      'README.md': '',
    });
    const source = new GitHubSpecSource(fakeGateway(github()).gateway);

    const files = await source.files('main', ['supervisors', 'other', 'missing']);

    expect(files.map((file) => [file.path, Buffer.from(file.bytes).toString()])).toEqual([
      ['other/d.yml', 'd: 1'],
      ['supervisors/a.json', '{"a":1}'],
      ['supervisors/b.yaml', 'b: 1'],
    ]);
  });

  test('the base and head of a change read each distinct file once, as blobs', async () => {
    const unchanged: Record<string, string> = {};
    for (let i = 0; i < 20; i++) unchanged[`supervisors/s${String(i).padStart(2, '0')}.json`] = `{"i":${i}}`;
    github().commit('main', unchanged);
    github().commit('feature', { ...unchanged, 'supervisors/s00.json': '{"i":"changed"}' });
    const source = new GitHubSpecSource(fakeGateway(github()).gateway);

    const [base, head] = [
      await source.files('main', ['supervisors']),
      await source.files('feature', ['supervisors']),
    ];

    expect(base).toHaveLength(20);
    expect(Buffer.from(head[0]!.bytes).toString()).toBe('{"i":"changed"}');
    expect(Buffer.from(head[1]!.bytes).toString()).toBe('{"i":1}');
    const blobReads = github().requests.filter((request) => request.operationId === 'git/get-blob');
    expect(blobReads).toHaveLength(21);
  });
});
