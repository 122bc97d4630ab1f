// The Model view's navigation icon (a scatter with its diagonal), drawn like the shell's
// icons: 24-unit grid, 1.75 stroke, currentColor, hidden from assistive tech.
import type { SVGProps } from 'react';

export function IconModel(props: SVGProps<SVGSVGElement>) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      <path d="M3.5 3.5v17h17" />
      <path d="M7 17L19 5" strokeDasharray="2 2.5" />
      <circle cx="9" cy="11.5" r="1.3" fill="currentColor" stroke="none" />
      <circle cx="12.5" cy="14.5" r="1.3" fill="currentColor" stroke="none" />
      <circle cx="15" cy="8" r="1.3" fill="currentColor" stroke="none" />
      <circle cx="18" cy="12" r="1.3" fill="currentColor" stroke="none" />
    </svg>
  );
}
