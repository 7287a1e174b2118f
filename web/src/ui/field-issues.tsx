import { createContext, useContext } from 'react';

/** A problem with one answer, already in the user's language, at its schema path (`certificates[0].obtainedOn`). */
export interface FieldProblem {
  path: string;
  text: string;
}

/**
 * The problems of the answers being edited, so each is said next to the part of the form it concerns (a list's
 * record, a section) rather than only in a list far from it. Empty outside the calculator.
 */
export const FieldProblems = createContext<readonly FieldProblem[]>([]);

/** The problems under a path: the path itself, its fields (`x.y`) and its records (`x[0]`). */
export function FieldProblemList({ at }: { at: readonly string[] }) {
  const problems = useContext(FieldProblems).filter((p) =>
    at.some((a) => p.path === a || p.path.startsWith(`${a}.`) || p.path.startsWith(`${a}[`)),
  );
  if (!problems.length) return null;
  return (
    <ul className="field-problems" data-testid="field-problems">
      {problems.map((p) => (
        <li key={p.path}>{p.text}</li>
      ))}
    </ul>
  );
}
