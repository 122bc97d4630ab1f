import { describe, expect, it } from 'vitest';
import { gradeLineup, gradeReason, gradeScaleText } from './grades';

describe('draft grades', () => {
  it('a close league gets close grades: a 7% spread is B+ to C, never A+ to F', () => {
    const lineups = [1035, 1020, 1010, 1000, 990, 980, 965];
    const average = lineups.reduce((a, b) => a + b, 0) / lineups.length;
    const grades = lineups.map((p) => gradeLineup(p, average).grade);
    expect(grades).toEqual(['B+', 'B', 'B', 'B', 'C+', 'C+', 'C']);
  });

  it('a lopsided league still spans the scale, by the same yardstick', () => {
    expect(gradeLineup(1100, 1000)).toEqual({ grade: 'A+', pctVsAverage: 10 });
    expect(gradeLineup(1060, 1000).grade).toBe('A');
    expect(gradeLineup(950, 1000).grade).toBe('C');
    expect(gradeLineup(930, 1000).grade).toBe('D');
    expect(gradeLineup(900, 1000).grade).toBe('F');
  });

  it('says what a grade is relative to, and the whole scale', () => {
    expect(gradeReason(gradeLineup(1031, 1000))).toBe("Grade B+: starting lineup 3.1% above the league's average lineup");
    expect(gradeReason(gradeLineup(1000, 1000))).toBe("Grade B: starting lineup level with the league's average lineup");
    expect(gradeScaleText()).toBe('A+ +8% or more · A +5% to +8% · B+ +2.5% to +5% · B 0% to +2.5% · C+ −2.5% to 0% · C −5% to −2.5% · D −8% to −5% · F below −8%');
  });
});
