// Draft grades: a team's projected starting lineup against the league's average lineup, in
// percent. A z-score (the old way) spread A+ to F across any league, however close: with
// every lineup within 7% of the others, someone still got an F. A fixed percentage scale
// says what a grade means in points, and a close draft gets close grades.

export interface GradeStep {
  grade: string;
  /** The lowest difference from the league average, in percent, that earns this grade. */
  minPct: number;
}

/** Best first; below the last step is an F. */
export const GRADE_SCALE: readonly GradeStep[] = [
  { grade: 'A+', minPct: 8 },
  { grade: 'A', minPct: 5 },
  { grade: 'B+', minPct: 2.5 },
  { grade: 'B', minPct: 0 },
  { grade: 'C+', minPct: -2.5 },
  { grade: 'C', minPct: -5 },
  { grade: 'D', minPct: -8 },
];

export interface LineupGrade {
  grade: string;
  /** Percent above (positive) or below the league's average starting lineup. */
  pctVsAverage: number;
}

/** The grade of a lineup projecting `points` where the league's lineups average `average`. */
export function gradeLineup(points: number, average: number): LineupGrade {
  const pctVsAverage = average > 0 ? ((points - average) / average) * 100 : 0;
  const grade = GRADE_SCALE.find((s) => pctVsAverage >= s.minPct)?.grade ?? 'F';
  return { grade, pctVsAverage };
}

const signed = (pct: number) => `${pct > 0 ? '+' : pct < 0 ? '−' : ''}${Math.abs(pct)}%`;

/** The scale in words, for the results page: "A+ +8% or more · A +5% to +8% · … · F below −8%". */
export function gradeScaleText(): string {
  const parts = GRADE_SCALE.map((s, i) => {
    const above = GRADE_SCALE[i - 1];
    return above ? `${s.grade} ${signed(s.minPct)} to ${signed(above.minPct)}` : `${s.grade} ${signed(s.minPct)} or more`;
  });
  parts.push(`F below ${signed(GRADE_SCALE.at(-1)!.minPct)}`);
  return parts.join(' · ');
}

/** One line saying what a team's grade is relative to. */
export function gradeReason(g: LineupGrade): string {
  const pct = Math.round(g.pctVsAverage * 10) / 10;
  const where = pct === 0 ? 'level with' : `${Math.abs(pct)}% ${pct > 0 ? 'above' : 'below'}`;
  return `Grade ${g.grade}: starting lineup ${where} the league's average lineup`;
}
