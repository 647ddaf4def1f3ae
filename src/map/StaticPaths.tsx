import { memo } from 'react';

/** Inert paths that change only with the layout (neighbours, context provinces, islands): skipped on recolour. */
export const StaticPaths = memo(function StaticPaths({
  className,
  paths,
}: {
  className: string;
  paths: readonly string[] | undefined;
}) {
  return (
    <g className={className} aria-hidden="true">
      {paths?.map((d, i) => (
        <path key={i} d={d} />
      ))}
    </g>
  );
});
