/**
 * A country's (or organisation's) code as a small outlined chip: "US", "GB", "EU", "UNDP". Text rather than a flag:
 * regional-indicator emoji render as two letters on Windows and as boxes on Linux without an emoji font, and a set
 * of flag images would add weight to every page for a detail the country name already gives. The chip's styles
 * (`.dl-cc`) are in the in-page stylesheet and the popup's.
 */
export function CountryCode({ code }: { code: string }) {
  return (
    <span class="dl-cc" aria-hidden="true" data-code={code}>
      {code}
    </span>
  );
}
