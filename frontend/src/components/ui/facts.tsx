import type { ComponentPropsWithoutRef, ReactNode } from 'react';

/** A term and its value; a falsy entry is left out (a fact that only sometimes applies). */
export type Fact = readonly [term: string, value: ReactNode];

interface FactsProps extends ComponentPropsWithoutRef<'dl'> {
  facts: (Fact | false | null | undefined | '')[];
  /** Each term above its value (in a narrow column), rather than beside it. */
  stacked?: boolean;
}

/** Facts as a description list: "Runs: 1 Mar – 30 Nov 2026", "Places: 3 of 12 left". */
export function Facts({ facts, stacked, ...dl }: FactsProps) {
  return (
    <dl className={stacked ? 'lcp-facts lcp-facts-stacked' : 'lcp-facts'} {...dl}>
      {facts
        .filter((fact): fact is Fact => Boolean(fact))
        .map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
