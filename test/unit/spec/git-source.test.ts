import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LocalGitSource, MissingRefError } from '../../../src/spec/git-source.js';

function repository(files: Record<string, string | Buffer>): { cwd: string; commit: string } {
  const cwd = mkdtempSync(path.join(tmpdir(), 'druid-gitops-git-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
  git('init', '-q');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(cwd, name)), { recursive: true });
    writeFileSync(path.join(cwd, name), content);
  }
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'specs');
  return { cwd, commit: git('rev-parse', 'HEAD') };
}

describe('spec files at a git ref', () => {
  test('every spec file under the folders, byte for byte and sorted; no dot-folders, no other files', async () => {
    const bytes = Buffer.from([0x7b, 0x0a, 0xff, 0x00, 0x0a, 0x7d]); // not UTF-8, with a NUL and newlines
    const { cwd, commit } = repository({
      'supervisors/b.json': '{"b": 1}\n',
      'supervisors/nested/a é.yaml': 'a: 1\n',
      'supervisors/raw.json': bytes,
      'supervisors/empty.yml': '',
      'supervisors/.hidden/x.json': '{}',
      'supervisors/notes.md': '# not a spec',
      'other/c.json': '{}',
    });

    const files = await new LocalGitSource(cwd).files(commit, ['supervisors']);

    expect(files.map((file) => file.path)).toEqual([
      'supervisors/b.json',
      'supervisors/empty.yml',
      'supervisors/nested/a é.yaml',
      'supervisors/raw.json',
    ]);
    expect(Buffer.from(files[0]?.bytes ?? []).toString('utf8')).toBe('{"b": 1}\n');
    expect(files[1]?.bytes).toHaveLength(0);
    expect(Buffer.from(files[3]?.bytes ?? []).equals(bytes)).toBe(true);
  });

  test('a folder with no specs gives none; a commit git does not have is a MissingRefError', async () => {
    const { cwd, commit } = repository({ 'README.md': 'hi' });
    await expect(new LocalGitSource(cwd).files(commit, ['supervisors'])).resolves.toEqual([]);
    await expect(new LocalGitSource(cwd).files('0'.repeat(40), ['supervisors'])).rejects.toThrow(
      MissingRefError,
    );
  });
});
