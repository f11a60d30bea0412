/** The site's mark (same drawing as icon.svg, the favicon); decorative next to the site name. */
export const SiteLogo = () => (
  <svg aria-hidden="true" focusable="false" viewBox="0 0 32 32">
    <rect fill="#0b5cad" height="32" rx="7" width="32" />
    <path d="M9 9h14M9 14.5h14M9 20h9" stroke="#fff" strokeLinecap="round" strokeWidth="3" />
    <circle cx="23" cy="22" fill="#ffd33d" r="2.5" />
  </svg>
)
