// Icons as inline SVG components: local, themeable (currentColor), no icon font and no
// network. 16px on a 24-unit grid, 1.75 stroke; aria-hidden because every icon sits next
// to a text label (or the button carries an aria-label).
import type { ReactNode, SVGProps } from 'react';

export type IconComponent = (props: SVGProps<SVGSVGElement>) => ReactNode;

function icon(paths: ReactNode): IconComponent {
  return function Icon(props) {
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
        {paths}
      </svg>
    );
  };
}

export const IconPlayers = icon(
  <>
    <circle cx="9" cy="8" r="3.5" />
    <path d="M2.5 20c.6-3.6 3.2-5.5 6.5-5.5s5.9 1.9 6.5 5.5" />
    <path d="M16 4.8a3.3 3.3 0 0 1 0 6.4" />
    <path d="M18 14.8c2 .6 3.2 2.4 3.5 5.2" />
  </>,
);

export const IconRankings = icon(
  <>
    <path d="M10 6h10M10 12h10M10 18h10" />
    <path d="M4 5l1.5-1v5" />
    <path d="M3.5 14.5c.3-.9 1-1.3 1.8-1.3 1 0 1.7.7 1.7 1.5 0 1.4-3.5 2.6-3.5 4.3H7" />
  </>,
);

export const IconDraft = icon(
  <>
    <rect x="3" y="3" width="18" height="18" rx="2" />
    <path d="M3 9h18M3 15h18M9 3v18M15 3v18" />
  </>,
);

export const IconLeagues = icon(
  <>
    <path d="M8 21h8M12 17v4" />
    <path d="M7 4h10v5a5 5 0 0 1-10 0V4z" />
    <path d="M17 6h2.5a1.5 1.5 0 0 1 0 3.5c-.8 1.6-1.6 2.3-3 2.5M7 6H4.5a1.5 1.5 0 0 0 0 3.5c.8 1.6 1.6 2.3 3 2.5" />
  </>,
);

export const IconFeedback = icon(
  <>
    <path d="M20 15a2 2 0 0 1-2 2H8l-4 4V5a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v10z" />
    <path d="M8 8h8M8 12h5" />
  </>,
);

export const IconData = icon(
  <>
    <ellipse cx="12" cy="5.5" rx="8" ry="2.5" />
    <path d="M4 5.5v13c0 1.4 3.6 2.5 8 2.5s8-1.1 8-2.5v-13" />
    <path d="M4 12c0 1.4 3.6 2.5 8 2.5s8-1.1 8-2.5" />
  </>,
);

export const IconSettings = icon(
  <>
    <path d="M4 6h9M17 6h3M4 12h3M11 12h9M4 18h11M19 18h1" />
    <circle cx="15" cy="6" r="2" />
    <circle cx="9" cy="12" r="2" />
    <circle cx="17" cy="18" r="2" />
  </>,
);

export const IconAbout = icon(
  <>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 11v6M12 7.5v.01" />
  </>,
);

export const IconSun = icon(
  <>
    <circle cx="12" cy="12" r="4" />
    <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
  </>,
);

export const IconMoon = icon(<path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z" />);

export const IconMonitor = icon(
  <>
    <rect x="3" y="4" width="18" height="12" rx="2" />
    <path d="M8 20h8M12 16v4" />
  </>,
);

export const IconWarning = icon(
  <>
    <path d="M10.3 3.9L2.4 18a2 2 0 0 0 1.7 3h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z" />
    <path d="M12 9v4M12 17v.01" />
  </>,
);

export const IconClose = icon(<path d="M6 6l12 12M18 6L6 18" />);

export const IconCopy = icon(
  <>
    <rect x="9" y="9" width="12" height="12" rx="2" />
    <path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1" />
  </>,
);

export const IconCheck = icon(<path d="M5 12.5l4.5 4.5L19 7.5" />);

export const IconKeyboard = icon(
  <>
    <rect x="2" y="6" width="20" height="12" rx="2" />
    <path d="M6 10h.01M10 10h.01M14 10h.01M18 10h.01M7 14h10" />
  </>,
);

/** The app mark: a gridiron with a scouting crosshair. */
export function LogoMark(props: SVGProps<SVGSVGElement>) {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false" {...props}>
      <rect x="1.5" y="1.5" width="21" height="21" rx="5" fill="var(--accent)" />
      <path d="M6 8h12M6 12h12M6 16h12" stroke="var(--accent-fg)" strokeOpacity="0.45" strokeWidth="1.5" />
      <circle cx="12" cy="12" r="4.2" fill="none" stroke="var(--accent-fg)" strokeWidth="1.9" />
      <circle cx="12" cy="12" r="1.3" fill="var(--accent-fg)" />
    </svg>
  );
}

/** The Model view: a scatter with its diagonal (projected against actual). */
export const IconModel = icon(
  <>
    <path d="M3.5 3.5v17h17" />
    <path d="M7 17L19 5" strokeDasharray="2 2.5" />
    <circle cx="9" cy="11.5" r="1.3" fill="currentColor" stroke="none" />
    <circle cx="12.5" cy="14.5" r="1.3" fill="currentColor" stroke="none" />
    <circle cx="15" cy="8" r="1.3" fill="currentColor" stroke="none" />
    <circle cx="18" cy="12" r="1.3" fill="currentColor" stroke="none" />
  </>,
);
