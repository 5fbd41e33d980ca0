import fc from 'fast-check';
import type { ChangePlan, SupervisorPlan } from '../../../src/diff/plan.js';
import { renderReview } from '../../../src/report/review-markdown.js';

function supervisor(
  id: string,
  changes: number,
  findings: number,
  verdict: SupervisorPlan['verdict']['verdict'],
): SupervisorPlan {
  return {
    id,
    action: 'update',
    file: `supervisors/${id}.json`,
    changes: Array.from({ length: changes }, (_, index) => ({
      pointer: `/spec/dataSchema/dimensionsSpec/dimensions/${index}`,
      kind: 'added' as const,
      after: { name: `dim_${index}`, type: 'string', createBitmapIndex: true },
    })),
    schema: { overall: 'compatible', items: [] },
    impacts: [{ kind: 'restart', severity: 'info', message: 'The supervisor restarts.' }],
    findings: Array.from({ length: findings }, (_, index) => ({
      rule: 'druid/unknown-key',
      severity: 'warning' as const,
      message: `Druid does not know "k${index}" <b>here</b> @someone`,
      pointer: `/spec/k${index}`,
      line: index + 1,
      column: 3,
    })),
    preexisting: [],
    verdict: {
      verdict,
      reasons:
        verdict === 'safe'
          ? []
          : [
              {
                verdict: 'needs-attention',
                source: 'finding',
                text: 'druid/unknown-key: Dimension "x" is removed: a',
              },
              { verdict: 'breaking', source: 'schema', text: 'Dimension "x" is removed: b' },
            ],
    },
  };
}

const plan = (supervisors: SupervisorPlan[]): ChangePlan => ({
  supervisors,
  unreadable: [],
  druidVersion: '35.0.0',
});

describe('renderReview', () => {
  test('never exceeds its budget, whatever the size of the plan', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.nat(60), fc.nat(40), fc.constantFrom('safe', 'needs-attention', 'breaking', 'blocked')),
          { maxLength: 120 },
        ),
        fc.integer({ min: 200, max: 70_000 }),
        (rows, budget) => {
          const text = renderReview(
            plan(
              rows.map(([changes, findings, verdict], index) =>
                supervisor(`s${index}`, changes, findings, verdict as never),
              ),
            ),
            { budget, fullReportHint: 'See the job summary.' },
          );
          expect(text.length).toBeLessThanOrEqual(budget);
        },
      ),
      { numRuns: 60 },
    );
  });

  test('the first screen is the table; entries read by name and type, not every default; a reason is given once', () => {
    const text = renderReview(plan([supervisor('clicks', 2, 1, 'breaking')]), { budget: 65_536 });
    expect(text.indexOf('| Supervisor |')).toBeLessThan(text.indexOf('<details'));
    expect(text).toContain('+ /spec/dataSchema/dimensionsSpec/dimensions/0: "dim_0" (string)');
    expect(text).not.toContain('createBitmapIndex');
    expect(text.match(/Dimension "x" is removed/g)).toHaveLength(1);
    expect(text).not.toContain('<b>');
    expect(text).not.toContain('@someone');
  });

  test('degrades to the table and points to the job summary when the details do not fit', () => {
    const many = Array.from({ length: 40 }, (_, index) => supervisor(`s${index}`, 50, 30, 'needs-attention'));
    const text = renderReview(plan(many), {
      budget: 8_000,
      fullReportHint: 'The job summary has everything.',
    });
    expect(text).toContain('The job summary has everything.');
    expect(text.length).toBeLessThanOrEqual(8_000);
  });
});
