/** Says how many items a filter leaves ("8 terms"), to the eye and to a screen reader; silent while unfiltered. */
export function FilterCount({ filter, count, one, many }: { filter: string; count: number; one: string; many: string }) {
  return (
    <p class="filter-count" role="status">
      {filter.trim() === '' ? '' : `${count} ${count === 1 ? one : many}`}
    </p>
  );
}
